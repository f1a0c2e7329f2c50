"""simplemma's English answers, kept in the cache folder: a form -> lemma table (private).

simplemma loads its English dictionary on first use: about 0.3 s with the import, in every process
and every pool worker, even when all it is asked are words it was asked yesterday. So its answers --
``lemmatize(form)`` and ``is_known(form)`` -- are kept in ``simplemma-<version>-en.json`` in
:func:`toolkit.cache.cache_folder` (``$TOOLKIT_CACHE_DIR``, ...; never ``../shared`` or a corpus
folder), and simplemma is imported only for a form that table does not hold yet.

- keyed on simplemma's version (a new version starts a new table, the answers may differ);
- a table that cannot be read (truncated, edited, another format) is rebuilt, with a warning;
- a cache folder that cannot be written costs only the speed (one warning per process);
- written atomically (a temporary file, then a rename), merged with what another process wrote
  meanwhile; at most about :data:`MAX_FORMS` forms are kept (a full table starts again from the
  forms of the process writing it), so reading the table stays fast (~30 ms);
- written when a process first learns new forms, then at most every :data:`FLUSH_SECONDS` or
  :data:`FLUSH_FORMS` new forms, and at exit (many small ``tokens`` calls do not rewrite it each time).

The toolkit's own lemma rules (the economic exceptions, acronyms) are applied by
:mod:`toolkit.tokenizing.tokens` on top of these answers, so they are not part of the table.
"""
from __future__ import annotations

import atexit
import json
import os
import time
import tempfile
import warnings
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

__all__: list[str] = []

#: the most forms the table keeps (about 6 MB; a larger table would take longer to read than simplemma)
MAX_FORMS = 200_000
#: new answers are written when this many are pending, or this long after the last write, or at exit
FLUSH_FORMS, FLUSH_SECONDS = 1_000, 10.0
_FORMAT = 1
_LANG = "en"
_memory: dict[str, dict] = {}  # "lemma"/"known" -> {form: answer}, once read from disk in this process
_state = {"loaded": False, "warned_write": False, "batch": 0, "written_at": None, "atexit": False}
_pending: dict[str, dict] = {}  # answers not yet written to disk
# a forked pool worker writes what it learns at once: it leaves by os._exit, without running atexit
os.register_at_fork(after_in_child=lambda: _state.update(written_at=None, atexit=False))


def _reset() -> None:
    """Forget what this process read or warned about (tests that switch the cache folder)."""
    _memory.clear()
    _pending.clear()
    _state.update(loaded=False, warned_write=False, batch=0, written_at=None)


@contextmanager
def batch():
    """Write the answers found inside the block together, at its end (many one-form questions, e.g.
    the plurals of every term of a theme dictionary)."""
    _state["batch"] += 1
    try:
        yield
    finally:
        _state["batch"] -= 1
        _maybe_flush()


def flush() -> None:
    """Write the pending answers now (also run at exit)."""
    if _pending:
        _pending.clear()
        _state["written_at"] = time.monotonic()
        _save()


def _maybe_flush() -> None:
    if _state["batch"] or not _pending:
        return
    if not _state["atexit"]:
        _state["atexit"] = True
        atexit.register(flush)
    last = _state["written_at"]
    if last is None or sum(map(len, _pending.values())) >= FLUSH_FORMS or time.monotonic() - last >= FLUSH_SECONDS:
        flush()


def table_path() -> Path:
    """Where the table of the installed simplemma lives (in :func:`toolkit.cache.cache_folder`)."""
    from toolkit.cache import cache_folder

    return cache_folder() / f"simplemma-{metadata.version('simplemma')}-{_LANG}.json"


def lemmatize(forms: list[str]) -> list[str]:
    """``simplemma.lemmatize(form, lang="en")`` for each form: from the table, else from simplemma."""
    return _answers("lemma", forms)


def is_known(form: str) -> bool:
    """``simplemma.is_known(form, lang="en")``: from the table, else from simplemma."""
    return _answers("known", [form])[0]


def _answers(kind: str, forms: list[str]) -> list:
    table = _table(kind)
    missing = [f for f in dict.fromkeys(forms) if f not in table]
    if missing:
        import simplemma

        ask = simplemma.lemmatize if kind == "lemma" else simplemma.is_known
        new = {f: ask(f, lang=_LANG) for f in missing}
        table.update(new)
        _pending.setdefault(kind, {}).update(new)
        _maybe_flush()
    return [table[f] for f in forms]


def _table(kind: str) -> dict:
    if not _state["loaded"]:
        _state["loaded"] = True
        _memory.update(_read(table_path(), warn=True))
    return _memory.setdefault(kind, {})


def _read(path: Path, warn: bool) -> dict[str, dict]:
    """The tables stored at ``path`` (empty when there is none; rebuilt with a warning when unreadable)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except OSError as exc:
        if warn:
            warnings.warn(f"the lemma table {str(path)!r} cannot be read ({exc}); asking simplemma instead.",
                          UserWarning, stacklevel=5)
        return {}
    try:
        data = json.loads(raw)
        ok = data.get("format") == _FORMAT and all(isinstance(data.get(k), dict) for k in ("lemma", "known"))
    except (ValueError, AttributeError):
        ok = False
    if not ok:
        if warn:
            warnings.warn(
                f"the lemma table {str(path)!r} is not a readable table of this toolkit (corrupt or from another "
                "version); it is rebuilt from simplemma. Delete the file if this repeats.",
                UserWarning,
                stacklevel=5,
            )
        return {}
    return {"lemma": data["lemma"], "known": data["known"]}


def _save() -> None:
    """Write the table on disk: what is there now (another process's answers) merged with what this
    process knows, its new answers included (they are in ``_memory`` as soon as simplemma gives them)."""
    path = table_path()
    merged = _read(path, warn=False)
    if sum(map(len, merged.values())) >= MAX_FORMS:
        merged = {}  # full: start again from what this process uses
    merged.setdefault("lemma", {})
    merged.setdefault("known", {})
    for k in ("lemma", "known"):
        merged[k].update(_memory.get(k, {}))
    body = json.dumps({"format": _FORMAT, **merged}, ensure_ascii=False, separators=(",", ":"))
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if not _state["warned_write"]:
            _state["warned_write"] = True
            warnings.warn(
                f"the lemma table cannot be written to {str(path.parent)!r} ({exc}); lemmas stay right but each "
                "new process loads simplemma again. Set TOOLKIT_CACHE_DIR to a writable folder.",
                UserWarning,
                stacklevel=5,
            )
