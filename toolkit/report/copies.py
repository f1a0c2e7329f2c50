"""Editable copies of the report notebooks, for JupyterLab: ``python -m toolkit notebooks --copy DIR``.

The packaged notebooks (``toolkit/notebooks/``) are the source the reports render from; a user
edits copies. ``copy_notebooks`` writes them and remembers, in ``DIR/.toolkit-notebooks.json``,
the SHA-256 of what it wrote, so copying again refreshes copies nobody touched but refuses to
overwrite one that was edited (unless ``force``).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from toolkit.report.catalog import NOTEBOOK_DIR, NOTEBOOKS

__all__ = ["copy_notebooks"]

_RECORD = ".toolkit-notebooks.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _edited(target: Path, fresh: bytes, written: dict) -> bool:
    """True when ``target`` exists and is neither the packaged notebook nor what was last copied there."""
    if not target.exists():
        return False
    current = _sha(target.read_bytes())
    return current not in {_sha(fresh), written.get(target.name)}


def copy_notebooks(dest, *, force: bool = False) -> list[Path]:
    """Copy the five report notebooks into the folder ``dest`` (made when missing); returns the copies.

    A copy that was edited since it was written (or a different file of the same name) is not
    overwritten: ``FileExistsError`` names it and says to pass ``force=True`` (``--force``);
    nothing is written then. ``dest`` being a file raises ``NotADirectoryError``.

    >>> import tempfile
    >>> [p.name for p in copy_notebooks(tempfile.mkdtemp())][:2]
    ['01_corpus_overview.ipynb', '02_outlook_sentiment.ipynb']
    """
    dest = Path(dest).expanduser()
    if dest.exists() and not dest.is_dir():
        raise NotADirectoryError(f"--copy {dest} is a file; give a folder for the notebooks")
    record = dest / _RECORD
    written = json.loads(record.read_text(encoding="utf-8")) if record.is_file() else {}
    sources = {f"{stem}.ipynb": (NOTEBOOK_DIR / f"{stem}.ipynb").read_bytes() for stem in NOTEBOOKS}
    edited = [name for name, data in sources.items() if _edited(dest / name, data, written)]
    if edited and not force:
        raise FileExistsError(f"{dest / edited[0]} was edited since it was copied"
                              f"{f' (and {len(edited) - 1} more)' if len(edited) > 1 else ''}; "
                              "pass --force to overwrite, or copy into another folder")
    dest.mkdir(parents=True, exist_ok=True)
    for name, data in sources.items():
        (dest / name).write_bytes(data)
    record.write_text(json.dumps({name: _sha(data) for name, data in sources.items()}, indent=2) + "\n",
                      encoding="utf-8")
    return [dest / name for name in sources]
