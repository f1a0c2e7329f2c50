"""The loader's rule data: boilerplate paragraphs to remove, and the known source names of the seed format.

Both come from data files inside the package (``toolkit/data/boilerplate.tsv``,
``toolkit/data/known_sources.txt``), extended per call through the ``boilerplate=`` and
``sources=`` options of :func:`toolkit.load_corpus`.
"""
from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

__all__ = ["DATA_FILES", "data_path", "load_known_sources", "parse_boilerplate_tsv", "load_boilerplate",
           "strip_boilerplate"]

#: the bundled data files the loader reads (paths below the ``toolkit`` package)
DATA_FILES = ("data/boilerplate.tsv", "data/known_sources.txt")


def data_path(name: str):
    """The bundled data file ``toolkit/data/<name>`` (an importlib.resources Traversable)."""
    return resources.files("toolkit") / "data" / name


def _read_lines(text: str) -> list[str]:
    return [ln.rstrip("\n\r") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def load_known_sources(extra: Iterable[str] | str | os.PathLike | None) -> tuple[str, ...]:
    """The bundled source names plus ``extra`` (a name, a list of names or a file of one per line),
    longest first, so "China Daily Global" wins over "China Daily".

    >>> "China Daily" in load_known_sources(None), load_known_sources("Metal Weekly")[-1] != ""
    (True, True)
    """
    names = _read_lines(data_path("known_sources.txt").read_text(encoding="utf-8"))
    if extra is not None:
        if isinstance(extra, (str, os.PathLike)) and Path(extra).is_file():
            names += _read_lines(Path(extra).read_text(encoding="utf-8"))
        elif isinstance(extra, str):
            names.append(extra)
        else:
            names += [str(s) for s in extra]
    names = [n.strip() for n in names if n.strip()]
    return tuple(sorted(dict.fromkeys(names), key=lambda s: (-len(s), s)))


def parse_boilerplate_tsv(text: str, origin: str) -> list[tuple[str, str]]:
    """(column, regex) pairs from ``<column><TAB><regex>`` lines; ``origin`` names the file in errors.

    >>> parse_boilerplate_tsv("# a comment\\neditor\\t\\\\(Edited by (.+)\\\\)\\n", "x.tsv")
    [('editor', '\\\\(Edited by (.+)\\\\)')]
    """
    rules = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise ValueError(f"{origin} line {n}: expected '<column><TAB><regex>', got {line!r}; "
                             "separate the column name and the expression with a tab")
        col, pattern = line.split("\t", 1)
        rules.append((col.strip(), pattern.strip()))
    return rules


def _extra_rules(extra) -> list[tuple[str, Any]]:
    """The rules of the ``boilerplate=`` option: a TSV path, or a list of regexes / (column, regex)."""
    if isinstance(extra, (str, os.PathLike)):
        p = Path(extra)
        if not p.is_file():
            raise FileNotFoundError(f"boilerplate file {str(p)!r} not found; pass a TSV of "
                                    "'<column><TAB><regex>' lines or a list of (column, regex) pairs")
        return parse_boilerplate_tsv(p.read_text(encoding="utf-8"), str(p))
    rules = []
    for item in extra:
        if isinstance(item, str):
            rules.append(("-", item))
        else:
            col, pattern = item
            rules.append((str(col), pattern))
    return rules


def load_boilerplate(extra) -> tuple[tuple[str, Any], ...]:
    """The bundled boilerplate rules plus ``extra``, compiled (case-insensitive): ((column, regex), ...)."""
    rules = parse_boilerplate_tsv(data_path("boilerplate.tsv").read_text(encoding="utf-8"), "boilerplate.tsv")
    if extra is not None:
        rules += _extra_rules(extra)
    compiled = []
    for col, pattern in rules:
        try:
            rx = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
        except re.error as exc:
            raise ValueError(f"boilerplate pattern {pattern!r} for column {col!r} is not a valid regular "
                             f"expression ({exc}); fix it or escape special characters with re.escape") from None
        compiled.append((col, rx))
    return tuple(compiled)


def strip_boilerplate(paras: list[str], rules, meta: dict) -> list[str]:
    """``paras`` without the paragraphs (≤ 400 characters) a rule matches in full.

    A rule whose column is not ``"-"`` keeps its first group (or the paragraph) in ``meta[column]``;
    a second match is appended after ``"; "``.

    >>> meta = {}
    >>> strip_boilerplate(["Output rose.", "(Edited by Li)"], load_boilerplate(None), meta), meta
    (['Output rose.'], {'editor': 'Li'})
    """
    keep = []
    for p in paras:
        if len(p) <= 400:
            for col, rx in rules:
                m = rx.fullmatch(p)
                if m:
                    if col != "-":
                        value = m.group(1) if rx.groups else p
                        if col in meta and meta[col]:
                            meta[col] = f"{meta[col]}; {value}"
                        else:
                            meta[col] = value
                    break
            else:
                keep.append(p)
        else:
            keep.append(p)
    return keep
