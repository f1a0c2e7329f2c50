"""Files to rows: each file read by the reader of its extension, in this process or a pool of workers.

:func:`parse_files` is what ``load_corpus`` does between walking the folder (:func:`~toolkit.corpus.iter_files`)
and building the table (:func:`~toolkit.corpus.build_frame`): ``(rows, skipped)``, one dict per article
and one ``(path, reason)`` per file not loaded.
"""
from __future__ import annotations

import os
from typing import Iterable

from toolkit.corpus.dates_folder import resolve_dates
from toolkit.corpus.files import corpus_root
from toolkit.corpus.folders import finish_rows
from toolkit.corpus.options import LoadOptions, make_options
from toolkit.corpus.readers import SkipFile, reader_for

__all__ = ["load_file", "parse", "parse_files"]


def load_file(path, root, options) -> tuple[list[dict], str | None]:
    """Load one file: (rows, None), or ([], reason) when it is skipped.

    A pure function of its arguments (``options`` is a :class:`~toolkit.corpus.options.LoadOptions`;
    a dict of ``load_corpus`` options is accepted too), so it can run in a worker process.
    """
    path, root = os.fspath(path), os.fspath(root)
    opts = options if isinstance(options, LoadOptions) else make_options(dict(options or {}))
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return [], f"unreadable: {exc.strerror or exc}"
    if not data.strip():
        return [], "empty file"
    try:
        return reader_for(os.path.splitext(path)[1].lower())(path, root, data, opts), None
    except SkipFile as exc:
        return [], str(exc)


def _progress(it, total: int, show: bool, forced: bool = False):
    """A tqdm bar; automatic bars stay off when stderr is not a terminal, ``progress=True`` forces one."""
    if not show:
        return it
    from tqdm.auto import tqdm
    return tqdm(it, total=total, desc="load_corpus", unit="file", disable=False if forced else None)


def _results(files: list[str], root: str, opts: LoadOptions, workers, progress) -> Iterable[tuple[list[dict], str | None]]:
    """``load_file`` of every file, in order: lazily here, or all at once from a process pool."""
    n_files = len(files)
    show = (n_files > 200) if progress is None else bool(progress)
    forced = progress is True
    workers = _workers(files, workers)
    if workers > 1 and n_files > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(workers) as pool:
            chunk = max(1, n_files // (workers * 8))
            return list(_progress(pool.map(load_file, files, [root] * n_files, [opts] * n_files,
                                           chunksize=chunk), n_files, show, forced))
    return (load_file(f, root, opts) for f in _progress(files, n_files, show, forced))


def _workers(files: list[str], workers) -> int:
    """``workers`` as given, else a pool for 5 MB of files and more when cores are free
    (:func:`toolkit.pool.pool_workers`; ``workers=1`` or ``$TOOLKIT_WORKERS=1`` keep one process)."""
    from toolkit.pool import POOL_MIN_CHARS, pool_workers

    if workers is None and len(files) > 1:
        size = 0
        for f in files:
            try:
                size += os.path.getsize(f)
            except OSError:  # reported by load_file, file by file
                pass
            if size >= POOL_MIN_CHARS:
                break
        return pool_workers(size, None)
    return max(1, int(workers or 1))


def parse(files: list[str], root: str, opts: LoadOptions, workers=None, progress=None
          ) -> tuple[list[dict], list[tuple[str, str]]]:
    """:func:`parse_files` with options already resolved and ``root`` already a :func:`corpus_root`."""
    rows: list[dict] = []
    skipped: list[tuple[str, str]] = []
    for f, (file_rows, reason) in zip(files, _results(files, root, opts, workers, progress)):
        if reason is not None:
            skipped.append((f, reason))
        else:
            rows.extend(file_rows)
    return resolve_dates(rows, root, opts.dates), skipped


def parse_files(files, root, **options) -> tuple[list[dict], list[tuple[str, str]]]:
    """Read ``files`` (below ``root``, the path given to :func:`~toolkit.corpus.iter_files`) as
    ``load_corpus(root, **options)`` reads them: ``(rows, skipped)``.

    ``rows``: one dict per article (the corpus columns, then its metadata), in file order, not yet
    sorted or checked for duplicates (:func:`~toolkit.corpus.build_frame` does that), with web chrome
    removed and a ``series`` found as if ``files`` were the whole corpus (for one block of a larger
    corpus, pass ``folder_context=`` from :func:`toolkit.corpus.folders.folder_context`). ``skipped``: one
    ``(path, reason)`` per file not loaded. ``workers=`` and ``progress=`` work as in ``load_corpus``.
    File names that are not UTF-8 are left as the file system gives them (``load_corpus`` makes them
    printable).

    >>> from toolkit.corpus import parse_files
    >>> rows, skipped = parse_files(["data/000_bc21e2d4d2f283e7.txt", "data/missing.txt"], "data")
    >>> rows[0]["source"], skipped
    ('China Powder News', [('data/missing.txt', 'unreadable: No such file or directory')])
    """
    workers = options.pop("workers", None)
    progress = options.pop("progress", None)
    series = options.pop("series", None)
    context = options.pop("folder_context", None)
    opts = make_options(options)
    files = [os.fspath(f) for f in files]
    rows, skipped = parse(files, corpus_root(root), opts, workers, progress)
    return finish_rows(rows, opts.chrome, series, context, opts.run_together), skipped
