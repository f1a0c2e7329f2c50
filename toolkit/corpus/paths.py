"""File paths as the corpus table shows them: ``doc_id`` from the path, and names that are not UTF-8.

A file name that is not UTF-8 (GBK from a Chinese Windows machine, Latin-1) comes from the file
system with surrogate escapes; :func:`printable` turns it into text pandas can store and HTML can show.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from toolkit.corpus.normalize import looks_cjk

__all__ = ["rel_id", "rel_posix", "has_surrogates", "printable", "printable_rows", "folder_above"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def rel_posix(path: str, root: str) -> str:
    """``path`` relative to ``root`` with "/" separators (a single file: its name).

    >>> rel_posix("/data/fomc/2020/a.txt", "/data/fomc"), rel_posix("/data/a.txt", "/data/a.txt")
    ('2020/a.txt', 'a.txt')
    """
    if path == root:
        rel = os.path.basename(path)
    elif path.startswith(root) and path[len(root): len(root) + 1] in (os.sep, "/"):
        rel = path[len(root) + 1:]
    elif root.endswith(os.sep) and path.startswith(root):
        rel = path[len(root):]
    else:
        rel = os.path.relpath(path, root)
    if os.sep != "/":
        rel = rel.replace(os.sep, "/")
    return rel


def rel_id(path: str, root: str) -> str:
    """doc_id of ``path`` below ``root``: relative POSIX path without extension (a single file: its stem).

    >>> rel_id("/data/beige/2020/05/2020-05-ny.txt", "/data/beige")
    '2020/05/2020-05-ny'
    """
    return os.path.splitext(rel_posix(path, root))[0]


def has_surrogates(name: str) -> bool:
    """True when ``name`` holds surrogate escapes (it came from a file name that is not UTF-8)."""
    return not name.isascii() and bool(_SURROGATE.search(name))


def printable(name: str) -> str:
    """``name`` without surrogate escapes, so pandas can store it and HTML can show it.

    Each path part with surrogate escapes is decoded as GB18030 when its high bytes look like
    double-byte Chinese, else its undecodable bytes are shown as ``\\xNN``.

    >>> printable(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    if name.isascii() or not _SURROGATE.search(name):
        return name
    parts = []
    for part in name.split("/"):
        if _SURROGATE.search(part):
            raw = os.fsencode(part)
            try:
                part = raw.decode("gb18030") if looks_cjk(raw) else raw.decode("utf-8", "backslashreplace")
            except UnicodeDecodeError:
                part = raw.decode("utf-8", "backslashreplace")
        parts.append(part)
    return "/".join(parts)


def printable_rows(rows: list[dict]) -> list[dict]:
    """Rows of a file whose name is not UTF-8: every name-derived text made printable, the fact noted."""
    for r in rows:
        for k, v in r.items():
            if isinstance(v, str):
                r[k] = printable(v)
        note = "file name is not UTF-8 (path shows it decoded)"
        r["problems"] = f"{r['problems']}; {note}" if r.get("problems") else note
    return rows


@lru_cache(maxsize=8192)
def folder_above(path: str, merged: re.Pattern) -> str:
    """The folder of ``path``, with each folder whose whole name ``merged`` matches (a year, a month)
    merged into the one above it: the folder whose files a folder-wide step compares.

    >>> folder_above("banks/israel/2019/july.md", re.compile(r"(?:19|20)\\d{2}"))
    'banks/israel'
    """
    folder = os.path.dirname(path)
    while folder and merged.fullmatch(os.path.basename(folder)):
        folder = os.path.dirname(folder)
    return folder
