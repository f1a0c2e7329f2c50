"""When the corpus outgrows one machine: the same verbs, per partition, on Dask.

A dask DataFrame of the corpus is partitioned by files (each partition is a block of whole
documents), so every document-level verb runs unchanged on each partition with
``map_partitions`` and gives the same rows as the in-memory verb on the whole corpus:

- :func:`load_corpus_partitions` -- :func:`toolkit.load_corpus` as a lazy dask DataFrame; the files
  are parsed on the workers, duplicates are marked over the whole corpus as ``load_corpus`` does.
- :func:`from_corpus` -- a corpus already in memory, cut into partitions.
- :func:`document_tone`, :func:`theme_frequency` -- the in-memory verbs of :mod:`toolkit.tone`
  and :mod:`toolkit.themes` per partition, with an explicit ``meta``.

Dask is an optional extra: ``pip install toolkit[dask]`` (or ``pip install -e '.[dask]'`` in a
clone). With a ``distributed`` cluster the work spreads over its workers::

    from distributed import Client, LocalCluster
    import toolkit.dask as tkd

    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster):
        corpus = tkd.load_corpus_partitions("releases/", npartitions=16)
        tone = tkd.document_tone(corpus).compute()

Rows come back partition by partition (by file path), not in ``load_corpus``'s date order; sort the
result (``.sort_values(["date", "doc_id"])``) when order matters.
"""
from __future__ import annotations

import hashlib
import os
import warnings

import pandas as pd

try:
    import dask
    import dask.dataframe as dd
except ImportError as _exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "toolkit.dask needs the optional Dask extra, which is not installed: run "
        "`pip install toolkit[dask]` (in a clone: `pip install -e '.[dask]'`), or use the in-memory "
        "verbs (toolkit.load_corpus, toolkit.document_tone, toolkit.theme_frequency)."
    ) from _exc

__all__ = ["load_corpus_partitions", "from_corpus", "document_tone", "theme_frequency"]


def _same_dtypes():
    """Build graphs without Dask's string conversion, so columns keep pandas' own ``str`` dtype and the
    results equal the in-memory verbs' (the user's global Dask config is left as it is)."""
    return dask.config.set({"dataframe.convert-string": False})


# ------------------------------------------------------------------------------------ loading
def _parse_block(files: list[str], root: str, options: dict, shape: pd.DataFrame, context=None):
    """Parse a block of files as load_corpus does: (rows shaped like ``shape``, [(path, reason) skipped]);
    ``context``: the corpus' :func:`~toolkit.corpus.folders.folder_context` (chrome and series, issue 12)."""
    from toolkit.corpus import build_frame, parse_files

    rows, skipped = parse_files(files, root, progress=False, folder_context=context, **options)  # issue 12
    frame = build_frame(rows) if rows else shape.iloc[:0]
    out = frame.reindex(columns=shape.columns).astype(shape.dtypes.to_dict()).reset_index(drop=True)
    return out, skipped


def _load_block(files: list[str], root: str, options: dict, shape: pd.DataFrame, context=None) -> pd.DataFrame:
    return _parse_block(files, root, options, shape, context)[0]


def _chrome_counts(files: list[str], root: str, options: dict):
    """The chrome counts of one block of files (issue 12: repeated chrome is counted over the whole corpus)."""
    from toolkit.corpus import parse_files
    from toolkit.corpus.chrome import chrome_counts

    raw = {k: v for k, v in options.items() if k not in ("chrome", "series", "run_together")}
    return chrome_counts(parse_files(files, root, progress=False, chrome=False, run_together=False, **raw)[0])


_KEYS = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "date": pd.Series([], dtype="datetime64[ns]"),
                      "digest": pd.Series([], dtype=object), "skipped": pd.Series([], dtype=object)})


def _block_keys(files: list[str], root: str, options: dict, shape: pd.DataFrame, context=None) -> pd.DataFrame:
    """Per document: doc_id, date and a digest of its text (to find duplicates across partitions);
    per skipped file: its path in ``doc_id`` and the reason in ``skipped``."""
    frame, skipped = _parse_block(files, root, options, shape, context)
    digest = [hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
              if isinstance(t, str) and t else "" for t in frame["text"]]
    docs = pd.DataFrame({"doc_id": frame["doc_id"].astype(object).to_numpy(), "date": frame["date"].to_numpy(),
                         "digest": pd.Series(digest, dtype=object), "skipped": None})
    skips = pd.DataFrame({"doc_id": [p for p, _ in skipped], "date": pd.NaT, "digest": "",
                          "skipped": [r for _, r in skipped]})
    return pd.concat([docs, skips], ignore_index=True).astype(_KEYS.dtypes.to_dict())


def _duplicate_map(keys: pd.DataFrame) -> dict[str, str]:
    """doc_id -> doc_id of the first document with the same text, in load_corpus order (by date, then id)."""
    order = keys.assign(undated=keys["date"].isna()).sort_values(["undated", "date", "doc_id"], kind="stable")
    order = order[order["digest"] != ""]
    first = order.groupby("digest", sort=False)["doc_id"].transform("first")
    dup = order["doc_id"] != first
    return dict(zip(order.loc[dup, "doc_id"], first[dup]))


def _mark_duplicates(part: pd.DataFrame, duplicate_of: dict[str, str], dtype) -> pd.DataFrame:
    part = part.copy()
    of = [duplicate_of.get(d) for d in part["doc_id"]]
    part["is_duplicate"] = [o is not None for o in of]
    part["duplicate_of"] = pd.Series(of, index=part.index, dtype=dtype)
    return part


def load_corpus_partitions(path, npartitions: int | None = None, files_per_partition: int = 500,
                           **options) -> dd.DataFrame:
    """:func:`toolkit.load_corpus` as a dask DataFrame, one partition per block of files.

    ``path`` is a folder (searched as ``load_corpus`` does, with the same ``options``) or one file.
    ``npartitions`` blocks of about equal numbers of files (default: one partition per
    ``files_per_partition`` files). The files are parsed on the workers; one pass over the texts
    (a digest per document) marks ``is_duplicate``/``duplicate_of`` over the whole corpus, as
    ``load_corpus`` does. Columns and dtypes are those of ``load_corpus``: the core columns, then the
    metadata columns found in the first file (a column only other files have is not carried; load those
    with ``load_corpus``). Skipped files are counted in one ``CorpusWarning``.

    >>> import toolkit.dask as tkd
    >>> corpus = tkd.load_corpus_partitions("data/", npartitions=1)
    >>> corpus.npartitions, corpus.compute().loc[0, "source"]
    (1, 'China Powder News')
    """
    from toolkit.corpus import iter_files

    options = {k: v for k, v in options.items() if k not in ("workers", "progress")}
    found = iter_files(path, **options)  # checks the options now, walks the folder when iterated
    root = os.path.expanduser(os.fspath(path))
    if not os.path.exists(root):
        raise FileNotFoundError(f"load_corpus_partitions: {str(path)!r} does not exist (looked in "
                                f"{os.getcwd()}); give a file or a folder of articles")
    if os.path.isdir(root):
        root = root.rstrip("/" + os.sep) or root
    found = list(found)
    files = [p for p, reason in found if reason is None]
    walk_skipped = [(p, reason) for p, reason in found if reason is not None]
    if not files:
        raise ValueError(f"load_corpus_partitions: no files to load under {str(path)!r} "
                         f"({len(walk_skipped)} entries skipped); check the path and the exclude= patterns")
    n = int(npartitions) if npartitions else max(1, -(-len(files) // int(files_per_partition)))
    if n < 1:
        raise ValueError(f"npartitions={npartitions}: give 1 or more")
    n = min(n, len(files))
    blocks = [files[len(files) * i // n: len(files) * (i + 1) // n] for i in range(n)]

    context = _folder_context(blocks, files, root, options)  # issue 12: chrome and series see every file
    meta = _corpus_meta(files, root, options, context)
    with _same_dtypes():
        keys = dd.from_map(_block_keys, blocks, root=root, options=options, shape=meta, context=context, meta=_KEYS,
                           label="corpus_keys", enforce_metadata=False).compute()
    skipped = walk_skipped + list(zip(keys.loc[keys["skipped"].notna(), "doc_id"],
                                      keys.loc[keys["skipped"].notna(), "skipped"]))
    if skipped:
        from toolkit.corpus import CorpusWarning

        shown = "; ".join(f"{p} ({r})" for p, r in skipped[:3])
        warnings.warn(f"load_corpus_partitions({str(path)!r}): skipped {len(skipped)} of "
                      f"{len(files) + len(walk_skipped)} files/folders seen, e.g. {shown}; "
                      "load_corpus(path).attrs['skipped'] lists every path with its reason",
                      CorpusWarning, stacklevel=2)
    duplicate_of = _duplicate_map(keys[keys["skipped"].isna()])
    # load_corpus builds duplicate_of from a list: str dtype once any document is a duplicate, else object
    meta["duplicate_of"] = meta["duplicate_of"].astype(pd.Series(list(duplicate_of.values())[:1] + [None]).dtype)
    with _same_dtypes():
        base = dd.from_map(_load_block, blocks, root=root, options=options, shape=meta, context=context, meta=meta,
                           label="load_corpus", enforce_metadata=False)
        return base.map_partitions(_mark_duplicates, duplicate_of, meta["duplicate_of"].dtype, meta=meta)


def _folder_context(blocks: list[list[str]], files: list[str], root: str, options: dict):
    """The corpus' folder context (repeated chrome, recurring file-name stems, run-together splits),
    counted on the workers: chrome first, then the words of the chrome-free texts, then their pairs."""
    from toolkit.corpus.folders import folder_context

    counts = dask.compute(*[dask.delayed(_chrome_counts)(b, root, options) for b in blocks])
    context = folder_context(counts, files)
    if options.get("run_together", True) is False:
        return context
    from toolkit.corpus import run_together as rt

    raw = _merged(dask.compute(*[dask.delayed(_words_of_block)(b, root, options, context, "raw", None)
                                 for b in blocks]))
    wanted = rt.wanted_pairs(raw)
    pairs = _merged(dask.compute(*[dask.delayed(_words_of_block)(b, root, options, context, "pairs", wanted)
                                   for b in blocks]))
    return folder_context(counts, files, rt.splits_from_counts(raw, pairs, wanted))


def _merged(parts) -> dict:
    """folder -> the sum of the Counters of every block."""
    out: dict = {}
    for part in parts:
        for folder, counter in part.items():
            out[folder] = out[folder] + counter if folder in out else counter
    return out


def _words_of_block(files: list[str], root: str, options: dict, context, what: str, wanted):
    """The run-together counts of one block (chrome out as in the corpus): raw token counts or pair counts."""
    from toolkit.corpus import parse_files
    from toolkit.corpus import run_together as rt

    raw = {k: v for k, v in options.items() if k not in ("series", "run_together")}
    rows = parse_files(files, root, progress=False, folder_context=context, run_together=False, **raw)[0]
    return rt.block_raw_counts(rows) if what == "raw" else rt.block_pair_counts(rows, wanted)


def _corpus_meta(files: list[str], root: str, options: dict, context=None) -> pd.DataFrame:
    """An empty frame with load_corpus's columns and dtypes: the core ones plus the first file's metadata."""
    from toolkit.corpus import build_frame, parse_files

    sample = build_frame([])
    for f in files[:50]:  # the first loadable file decides the metadata columns
        rows, _ = parse_files([f], root, progress=False, folder_context=context, **options)  # issue 12
        if rows:
            sample = build_frame(rows[:1])
            break
    meta = sample.iloc[:0].copy()
    meta["duplicate_of"] = meta["duplicate_of"].astype(object)
    return meta


def from_corpus(corpus: pd.DataFrame, npartitions: int = 2) -> dd.DataFrame:
    """A corpus already in memory (``load_corpus``) as a dask DataFrame of ``npartitions`` blocks of rows.

    >>> import toolkit.dask as tkd
    >>> from toolkit import load_corpus
    >>> tkd.from_corpus(load_corpus("data/"), npartitions=1).npartitions
    1
    """
    if not isinstance(corpus, pd.DataFrame) or not {"doc_id", "text"} <= set(corpus.columns):
        raise ValueError("from_corpus takes the corpus DataFrame from toolkit.load_corpus (with 'doc_id' and "
                         "'text' columns)")
    if int(npartitions) < 1:
        raise ValueError(f"npartitions={npartitions}: give 1 or more")
    with _same_dtypes():
        return dd.from_pandas(corpus.reset_index(drop=True), npartitions=int(npartitions), sort=False)


# ------------------------------------------------------------------------------------ verbs
def _sample_corpus(meta: pd.DataFrame) -> pd.DataFrame:
    """One short document shaped like the corpus: the in-memory verb on it tells the output's dtypes."""
    row = {c: pd.Series([0 if meta[c].dtype.kind in "iub" else None], dtype=meta[c].dtype)  # ints: no None
           for c in meta.columns}
    sample = pd.DataFrame(row)
    sample["doc_id"] = pd.Series(["sample"], dtype=meta["doc_id"].dtype)
    sample["text"] = pd.Series(["Growth picked up. Prices rose."], dtype=meta["text"].dtype)
    if "date" in meta.columns:
        sample["date"] = pd.Series([pd.Timestamp("2020-01-01")], dtype=meta["date"].dtype)
    for col in ("source", "series"):  # text columns a verb carries into its output: a text, not None
        if col in meta.columns:
            sample[col] = pd.Series([""], dtype=meta[col].dtype)
    return sample


def _per_partition(part: pd.DataFrame, verb, kwargs: dict, meta: pd.DataFrame) -> pd.DataFrame:
    if len(part) == 0:
        return meta.iloc[:0].copy()
    return verb(part, **kwargs).astype(meta.dtypes.to_dict())


def _run(corpus: dd.DataFrame, verb, kwargs: dict, name: str) -> dd.DataFrame:
    if not isinstance(corpus, dd.DataFrame):
        raise ValueError(f"toolkit.dask.{name} takes a dask DataFrame (load_corpus_partitions or from_corpus); "
                         f"for a pandas DataFrame use toolkit.{name}")
    missing = {"doc_id", "text"} - set(corpus.columns)
    if missing:
        raise ValueError(f"toolkit.dask.{name}: the corpus lacks column(s) {sorted(missing)}; load it with "
                         "load_corpus_partitions(path) or from_corpus(load_corpus(path))")
    meta = verb(_sample_corpus(corpus._meta), **kwargs).iloc[:0]
    with _same_dtypes():
        return corpus.map_partitions(_per_partition, verb, kwargs, meta, meta=meta)


def document_tone(corpus: dd.DataFrame, method: str = "outlook", **options) -> dd.DataFrame:
    """:func:`toolkit.tone.document_tone` on each partition: one row per document, lazily.

    Same columns and values as the in-memory verb on the whole corpus (tone is a per-document figure).

    >>> import toolkit.dask as tkd
    >>> tone = tkd.document_tone(tkd.load_corpus_partitions("data/", npartitions=1)).compute()
    >>> list(tone.columns[:5])
    ['doc_id', 'date', 'source', 'series', 'tone']
    """
    from toolkit.tone import document_tone as _document_tone

    return _run(corpus, _document_tone, {"method": method, **options}, "document_tone")


def theme_frequency(corpus: dd.DataFrame, themes=None, inflect: bool = True) -> dd.DataFrame:
    """:func:`toolkit.themes.theme_frequency` on each partition: one row per document and theme, lazily.

    ``themes`` as in :func:`toolkit.themes.load_themes` (None = bundled, a dict, or a TOML path; it is
    loaded once here and shipped to the workers).

    >>> import toolkit.dask as tkd
    >>> tf = tkd.theme_frequency(tkd.load_corpus_partitions("data/", npartitions=1)).compute()
    >>> list(tf.columns)
    ['doc_id', 'date', 'theme', 'count', 'per_1k_words', 'share']
    """
    from toolkit.themes import load_themes, theme_frequency as _theme_frequency

    return _run(corpus, _theme_frequency, {"themes": load_themes(themes), "inflect": inflect}, "theme_frequency")
