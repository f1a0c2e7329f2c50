"""The report notebooks: their names and titles, the parameters they take, where they are installed.

The notebooks ship inside the package (``toolkit/notebooks/*.ipynb``, package data), so
:data:`NOTEBOOK_DIR` is found with ``importlib.resources`` and ``python -m toolkit report`` works
from an installed package, from any folder.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["NOTEBOOKS", "PARAMETERS", "NOTEBOOK_DIR", "resolve_notebooks"]

#: The report notebooks, in reading order: file stem -> (title, one-line description).
NOTEBOOKS: dict[str, tuple[str, str]] = {
    "01_corpus_overview": (
        "Corpus overview",
        "What was loaded and skipped, releases over time, document lengths and sources.",
    ),
    "02_outlook_sentiment": (
        "Outlook sentiment",
        "Tone by release with intervals, the most positive and negative sentences and why, "
        "uncertainty and forward-looking share, VADER side by side.",
    ),
    "03_theme_frequency": (
        "Theme frequency",
        "Theme heatmap and trends, key terms, collocations, word clouds and theme coverage.",
    ),
    "04_release_comparison": (
        "Release comparison",
        "Latest release against the previous one: redline, what moved the tone, keyness, "
        "and the largest shifts over the timeline.",
    ),
    "05_validation": (
        "Validation",
        "How well the scorers agree with labelled data, confusion matrices and their limits.",
    ),
}

#: Relative run time of the notebooks (FOMC 2006-2025), to start the slow ones first.
_COST = {"04_release_comparison": 5, "03_theme_frequency": 4, "02_outlook_sentiment": 3, "01_corpus_overview": 2,
         "05_validation": 1}

#: Parameters every notebook's ``parameters`` cell defines (``--param key=value`` sets them).
PARAMETERS = ("corpus", "start", "end", "source", "old_release", "new_release", "interactive")

#: The folder holding the installed notebooks (package data of ``toolkit``).
NOTEBOOK_DIR = Path(str(resources.files("toolkit") / "notebooks"))


def resolve_notebooks(notebooks) -> list[Path]:
    """Names ("01", "01_corpus_overview") or paths to .ipynb files -> paths, in the order given.

    No names means all five, in reading order. An unknown name raises ``ValueError`` listing the
    names there are; a path that does not exist raises ``FileNotFoundError``.

    >>> [p.name for p in resolve_notebooks(["02", "01_corpus_overview"])]
    ['02_outlook_sentiment.ipynb', '01_corpus_overview.ipynb']
    """
    if not notebooks:
        notebooks = list(NOTEBOOKS)
    found = []
    for item in notebooks:
        item = str(item)
        path = Path(item)
        if path.suffix == ".ipynb":
            if not path.is_file():
                raise FileNotFoundError(f"notebook not found: {path}")
            found.append(path.resolve())
            continue
        matches = [NOTEBOOK_DIR / f"{stem}.ipynb" for stem in NOTEBOOKS if stem == item or stem.split("_")[0] == item]
        if not matches:
            raise ValueError(f"unknown notebook {item!r}; choose from {', '.join(NOTEBOOKS)} or give a path to a .ipynb file")
        if not matches[0].is_file():
            raise FileNotFoundError(f"notebook {matches[0]} is missing from the installed toolkit; "
                                    "reinstall the package (pip install .)")
        found.append(matches[0])
    return found
