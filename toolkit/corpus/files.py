"""Which entries of a corpus folder are read: a sorted recursive walk, exclusion patterns, symlink loops.

:func:`iter_files` yields every entry ``load_corpus`` sees, in the order it sees them: ``(path, None)``
for a file it reads, ``(path, reason)`` for one it skips (excluded, hidden, a folder already visited
through a link, an unreadable folder, a broken link). Symbolic links are followed, each real folder
once.
"""
from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path
from typing import Iterator

from toolkit.corpus.options import DEFAULT_EXCLUDE, LICENCE_NAMES, make_options
from toolkit.corpus.paths import rel_posix

__all__ = ["iter_files", "corpus_root", "entries", "exclude_reason"]


def corpus_root(path) -> str:
    """``path`` as the loader uses it: ``~`` expanded, a folder without its trailing separator.

    >>> corpus_root("data/")
    'data'
    """
    root = os.path.expanduser(os.fspath(path))
    if os.path.isdir(root):
        root = root.rstrip("/" + os.sep) or root
    return root


def exclude_reason(name: str, rel: str, patterns: tuple[str, ...], is_dir: bool) -> str | None:
    """Why ``name`` (relative path ``rel``) is not read, or None. Patterns with a "/" match ``rel``.

    >>> exclude_reason("LICENSE", "LICENSE", DEFAULT_EXCLUDE, False)
    'not an article: licence/metadata file'
    """
    for pat in patterns:
        if fnmatch.fnmatchcase(rel if "/" in pat else name, pat):
            if pat == ".*":
                return "hidden folder, not searched" if is_dir else "hidden file"
            if pat == "_meta":
                return "not an article: metadata folder (_meta), not searched"
            if pat in LICENCE_NAMES:
                return "not an article: licence/metadata file"
            if pat in DEFAULT_EXCLUDE:
                return "not an article: system file"
            return f"excluded by pattern {pat!r}" + (", not searched" if is_dir else "")
    return None


def _matcher(patterns: list[str]):
    """One compiled ``match`` for a list of glob patterns (None for no patterns)."""
    return re.compile("|".join(fnmatch.translate(p) for p in patterns)).match if patterns else None


def _walk(root: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, str | None]]:
    """Entries below the folder ``root``: sorted by name, files of a folder before its subfolders."""
    seen_dirs: set[str] = set()
    name_rx = _matcher([p for p in patterns if "/" not in p])
    path_rx = _matcher([p for p in patterns if "/" in p])

    def visit(d: str):
        real = os.path.realpath(d)
        if real in seen_dirs:
            yield d, "folder already visited (symlink loop or second link), not searched again"
            return
        seen_dirs.add(real)
        try:
            with os.scandir(d) as it:
                found = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield d, f"unreadable folder: {exc.strerror or exc}"
            return
        subdirs = []
        for e in found:
            try:
                is_dir = e.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            rel = rel_posix(e.path, root) if path_rx is not None else e.name
            if (name_rx is not None and name_rx(e.name)) or (path_rx is not None and path_rx(rel)):
                yield e.path, exclude_reason(e.name, rel, patterns, is_dir) or "excluded"
            elif is_dir:
                subdirs.append(e.path)
            elif e.is_file():
                yield e.path, None
            else:
                yield e.path, "not a regular file (broken link, socket or device)"
        for s in subdirs:
            yield from visit(s)

    return visit(root)


def entries(root: str, exclude: tuple[str, ...]) -> Iterator[tuple[str, str | None]]:
    """The entries of ``root`` (a :func:`corpus_root`): a folder walked, a file as itself.

    Raises ``FileNotFoundError`` when it is iterated and ``root`` does not exist (``load_corpus``,
    ``corpus_key`` and ``load_corpus_partitions`` check first, with their own message).
    """
    if not os.path.exists(root):
        raise FileNotFoundError(f"iter_files: {root!r} does not exist (looked in {Path.cwd()}); "
                                "give a file or a folder of articles")
    if os.path.isdir(root):
        yield from _walk(root, exclude)
    else:
        yield root, None


def iter_files(path, **options) -> Iterator[tuple[str, str | None]]:
    """The entries ``load_corpus(path, **options)`` sees: ``(path, None)`` to read, ``(path, reason)`` skipped.

    ``options`` are those of :func:`toolkit.load_corpus` (only ``exclude`` changes the entries); they are
    checked when this is called (an unknown option is a ``TypeError``, as in ``load_corpus``), the path
    when the iterator is first used (``FileNotFoundError``). A table file is one entry however many
    rows it holds; an excluded folder is one entry, not searched. Pass the files and the same ``path``
    to :func:`toolkit.corpus.parse_files`.

    >>> from toolkit.corpus import iter_files
    >>> next(iter_files("data/"))
    ('data/000_bc21e2d4d2f283e7.txt', None)
    """
    opts = make_options(dict(options))
    return entries(corpus_root(path), opts.exclude)
