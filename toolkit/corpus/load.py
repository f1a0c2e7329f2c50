"""``load_corpus``: a file or a folder of releases into one table, one row per article.

The steps, each in its own module: check the options (:mod:`.options`), list the entries
(:mod:`.files`), read each file with the reader of its format (:mod:`.parse`, :mod:`.readers`),
build the table (:mod:`.frame`), and report what was skipped in one :class:`CorpusWarning`.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path

import pandas as pd

from toolkit._memory import lean_memory
from toolkit.corpus.files import corpus_root, entries
from toolkit.corpus.folders import finish_rows
from toolkit.corpus.frame import SkippedFiles, build_frame
from toolkit.corpus.options import make_options
from toolkit.corpus.parse import parse
from toolkit.corpus.paths import has_surrogates, printable, printable_rows, rel_posix

__all__ = ["load_corpus", "CorpusWarning"]


class CorpusWarning(UserWarning):
    """Warning raised once per :func:`load_corpus` call that skipped files or found problems."""


def _undated(df: pd.DataFrame, root: str) -> pd.DataFrame:
    """Per folder: files, how many have no date, and up to three of their paths (``attrs["undated"]``)."""
    if not len(df):
        return pd.DataFrame({"folder": [], "files": [], "undated": [], "examples": []})
    rel = df["path"].map(lambda p: os.path.dirname(rel_posix(p, root)) or ".")
    missing = df["date"].isna()
    out = (pd.DataFrame({"folder": rel, "undated": missing}).groupby("folder", sort=True)["undated"]
           .agg(files="size", undated="sum").reset_index())
    names = df.loc[missing, "path"].map(os.path.basename).groupby(rel[missing]).agg(lambda s: ", ".join(s[:3]))
    names = names.to_dict()
    out["examples"] = [names.get(f, "") for f in out["folder"]]
    return out


def _undated_text(table: pd.DataFrame) -> str | None:
    """"12 of 297 files have no date: 2019 (5 of 10: a.txt, …), …", or None when every file is dated."""
    bad = table[table["undated"] > 0] if len(table) else table
    if not len(bad):
        return None
    folders = "; ".join(f"{r.folder} ({r.undated} of {r.files}: {r.examples})" for r in bad.head(5).itertuples())
    more = f"; and {len(bad) - 5} more folders" if len(bad) > 5 else ""
    return (f"{int(bad['undated'].sum())} of {int(table['files'].sum())} files have no date: {folders}{more} "
            "(see df.attrs['undated']; give dates= a table of path,date to date them)")


def _warning_text(path, df: pd.DataFrame, n_skipped: int) -> str | None:
    """The one CorpusWarning message of a load: skipped entries and rows with problems (None: nothing)."""
    n_problem = int((df["problems"].astype(str) != "").sum()) if len(df) else 0
    undated = _undated_text(df.attrs.get("undated", pd.DataFrame()))
    if not (n_skipped or n_problem or undated):
        return None
    parts = [undated] if undated else []
    if n_skipped:
        parts.append(f"skipped {n_skipped} of {df.attrs['files_seen']} files/folders seen "
                     "(see df.attrs['skipped'] for each path and reason)")
    if n_problem:
        parts.append(f"{n_problem} loaded row(s) have problems (see the 'problems' column)")
    return f"load_corpus({str(path)!r}): " + "; ".join(parts)


@lean_memory()  # fresh memory the cheap way: toolkit/_memory.py
def load_corpus(path, **options) -> pd.DataFrame:
    """Read a file or a folder of releases into a table with one row per article.

    Parameters
    ----------
    path : str or Path
        A file, or a folder searched recursively (symbolic links followed, each real folder once).
    sources : list of str or path, optional
        Extra source names for the seed format ``date YYYY-MM-DD <Source> <body>`` (added to
        ``toolkit/data/known_sources.txt``); a path to a file with one name per line also works.
    boilerplate : list of (column, regex) or path, optional
        Extra boilerplate paragraphs to remove (column ``"-"`` drops them, any other name keeps the
        first group as metadata), added to ``toolkit/data/boilerplate.tsv``.
    exclude : list of glob patterns, optional
        File/folder names not read (each is listed in ``attrs["skipped"]`` with a reason). Default
        :data:`DEFAULT_EXCLUDE`: hidden entries, SOURCE.txt, LICENSE*, README*, ``_meta`` folders…
        Passing a list replaces the default; use ``DEFAULT_EXCLUDE + ("drafts",)`` to extend it.
    text_column, date_column, id_column, source_column, title_column : str, optional
        Column names in CSV / JSON Lines / Parquet files (default: found by name, e.g. ``text``,
        ``body`` or ``content``; ``date``; ``id``).
    default_source : str, optional
        Source for articles whose source cannot be read from the file (default ``""``).
    encoding : str, optional
        Force one encoding for every file (default: detect per file; see the ``encoding`` column).
    dates : str, Path or DataFrame, optional
        Release dates that win over every other source: a CSV or DataFrame of ``path,date`` (path
        relative to ``path``, or ``doc_id``), or of ``year,month,day`` (one release per month, as the
        Beige Book's ``_meta/dates.csv``, giving the day to articles dated to that month).
    dayfirst : bool
        Read ``NN-NN-YYYY`` in file names and ``NN/NN/YYYY`` in table date columns as day-month-year
        (default ``True``, as the PBoC uses); an impossible day-first date is read month-first.
    progress : bool or None
        Show a tqdm progress bar; ``None`` (default) shows one for more than 200 files when stderr is a
        terminal or a notebook; ``True`` always, ``False`` never.
    workers : int, optional
        Load files in that many worker processes (1: in this process). Default None: a pool when
        the files hold 5 MB or more and cores are free (``toolkit/pool.py``); the table is the same.
    chrome : bool, list of regex or path
        Scraped web chrome (menus, breadcrumbs, skip links, cookie/script notices, footers, page marks)
        leaves ``text`` and is counted in ``chrome_removed`` (default True; False keeps it; a list or a
        file of regexes adds notices to ``toolkit/data/web_chrome.txt``). See :mod:`toolkit.corpus.chrome`.
    run_together : bool
        Split words that PDF extraction ran together ("measuresto" -> "measures to") when the folder
        shows the two words apart more often than glued, and count them in ``words_split`` (default
        False: every text as extracted, ``words_split`` 0; the step reads the whole folder, about
        0.2 s per 14 MB). The reports read corpora with True. See :mod:`toolkit.corpus.run_together`.
    headings : bool
        Give the section headings that a one-line file runs into its next sentence ("... were flat.
        Banking and Finance A survey of ...", the Beige Book) a paragraph, hence a sentence, of their
        own (default False: the lines as they are; the search costs about 0.3 s per 14 MB of one-line
        text). The reports read corpora with True. See :mod:`toolkit.corpus.headings`.
    series : str, mapping or function, optional
        Overrides the ``series`` column ("<source>: <kind>", e.g. "fomc: statement"): a column name, a
        mapping {doc_id: label} or a function of the row. See :mod:`toolkit.corpus.series`.

    Returns
    -------
    DataFrame
        Columns ``doc_id, date, source, title, text, path, format, is_duplicate, duplicate_of,
        encoding, problems`` and then every other piece of metadata found (``editor``, front-matter
        fields, ``district``, ``release``, …); ``date_source`` (metadata / front matter / file name /
        text / folder) and ``date_precision`` (day / month / year) say where each date comes from
        (order of trust: :mod:`toolkit.corpus.dates_folder`); ``chrome_removed`` (paragraphs of web
        chrome taken out), ``words_split`` (run-together words split) and ``series`` (source × kind of release). ``attrs["undated"]`` has one row per
        folder: files, undated, examples. ``attrs["skipped"]`` is a DataFrame[path, reason] of the
        files not loaded, ``attrs["files_seen"]`` = files loaded + skipped entries, ``attrs["root"]`` the
        path given. One :class:`CorpusWarning` counts skipped files and rows with problems.

    Examples
    --------
    >>> from toolkit import load_corpus
    >>> df = load_corpus("data/000_bc21e2d4d2f283e7.txt")
    >>> df.loc[0, ["date", "source"]].tolist()
    [Timestamp('2023-03-25 00:00:00'), 'China Powder News']
    >>> df.loc[0, "text"][:17]
    'On March 23, 2023'
    """
    progress = options.pop("progress", None)
    workers = options.pop("workers", None)
    series = options.pop("series", None)  # issue 12: may be a function, so not in the options sent to workers
    opts = make_options(options)
    if not os.path.exists(os.path.expanduser(os.fspath(path))):
        raise FileNotFoundError(f"load_corpus: {str(path)!r} does not exist (looked in {Path.cwd()}); "
                                "give a file or a folder of articles")
    root = corpus_root(path)
    found = list(entries(root, opts.exclude))
    files = [p for p, reason in found if reason is None]
    skipped = [(p, reason) for p, reason in found if reason is not None]
    rows, parse_skipped = parse(files, root, opts, workers, progress)
    for r in rows:
        if has_surrogates(r["path"]):
            printable_rows([r])
    finish_rows(rows, opts.chrome, series, run_together=opts.run_together)  # these need every file of a folder
    df = build_frame(rows)
    skipped += parse_skipped
    df.attrs["skipped"] = SkippedFiles({"path": [printable(p) for p, _ in skipped], "reason": [r for _, r in skipped]})
    df.attrs["files_seen"] = len(found)  # every file is either loaded or in skipped
    df.attrs["root"] = str(path)
    df.attrs["undated"] = _undated(df, root)
    message = _warning_text(path, df, len(skipped))
    if message:
        warnings.warn(message, CorpusWarning, stacklevel=2)
    return df
