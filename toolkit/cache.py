"""Speed for large folders: an on-disk cache of the parsed corpus, and a process pool for the verbs.

Researchers re-run the same corpus every time they change a theme or a parameter. Two helpers make
the repeat runs cheap without changing any result:

- :func:`load_corpus_cached` -- :func:`toolkit.load_corpus`, but the parsed table is kept in a cache
  folder keyed by a hash of every file's content (plus the options and the loader's own code and data
  files), so an unchanged corpus is read back in a fraction of a second and any edit to any file,
  option or loader rule parses it afresh. The cache folder is ``cache_dir=`` if given, else
  ``$TOOLKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/toolkit``, else ``~/.cache/toolkit``; never beside
  the inputs (a cache folder inside the corpus folder is refused).
- :func:`map_documents` -- a per-document verb (``document_tone``, ``theme_frequency``, …) on
  ``workers`` processes, one block of whole documents each; the result is identical to one call.
- :func:`sentences_and_tokens` -- :func:`toolkit.sentences` then :func:`toolkit.tokens`, split over
  ``workers`` processes by blocks of documents; the tables are identical to the one-process ones.

Both are optional: the verbs never need them.

>>> from toolkit import document_tone
>>> from toolkit.cache import load_corpus_cached, map_documents, sentences_and_tokens
>>> corpus = load_corpus_cached("data/")                          # doctest: +SKIP
>>> sents, toks = sentences_and_tokens(corpus, workers=2)         # doctest: +SKIP
>>> tone = map_documents(document_tone, sents, workers=2)         # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import warnings
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["cache_folder", "corpus_key", "load_corpus_cached", "clear_cache", "sentences_and_tokens",
           "map_documents"]

#: bump when the layout of a cache entry changes
_FORMAT = 1
_SUFFIX = ".corpus.pickle"


# ------------------------------------------------------------------------------------ the folder
def cache_folder(path=None) -> Path:
    """The cache folder: ``path``, else ``$TOOLKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/toolkit``,
    else ``~/.cache/toolkit`` (not created here).

    >>> import os
    >>> cache_folder("/tmp/my-cache")
    PosixPath('/tmp/my-cache')
    >>> cache_folder().name if "TOOLKIT_CACHE_DIR" not in os.environ else "toolkit"
    'toolkit'
    """
    if path is not None:
        return Path(path).expanduser()
    env = os.environ.get("TOOLKIT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "toolkit"


def _check_outside(folder: Path, corpus: Path) -> None:
    """Refuse a cache folder inside a corpus folder, or beside a single corpus file."""
    folder_r, corpus_r = folder.resolve(), corpus.resolve()
    if corpus_r.is_dir():
        bad = folder_r == corpus_r or corpus_r in folder_r.parents
    else:
        bad = folder_r == corpus_r.parent
    if bad:
        raise ValueError(
            f"cache folder {str(folder)!r} is inside the corpus {str(corpus)!r} (or beside it); the inputs are "
            "never written to. Pass cache_dir= (or set TOOLKIT_CACHE_DIR) to a folder outside the corpus, "
            "e.g. ~/.cache/toolkit"
        )


# ------------------------------------------------------------------------------------ the key
#: the package whose every source file is hashed into the key, and the data files its loader reads
_LOADER_PACKAGE = "corpus"
_LOADER_DATA = ("data/boilerplate.tsv", "data/known_sources.txt",
                "data/web_chrome.txt", "data/release_kinds.tsv",  # issue 12: chrome and series rules
                "data/stopwords.txt")  # run-together words: the function words of rule 5


def _loader_files() -> list[tuple[str, object]]:
    """(name, file) of everything the loader's result depends on: each ``.py`` file of the
    ``toolkit/corpus/`` package (recursively, sorted by name) and the bundled data files it reads.

    A new or edited module of the package, or an edited rule file, changes the key; so does the
    package being split differently.
    """
    pkg = resources.files("toolkit")
    found: list[tuple[str, object]] = []

    def walk(folder, prefix: str) -> None:
        for item in sorted(folder.iterdir(), key=lambda i: i.name):
            name = f"{prefix}/{item.name}"
            if item.is_dir() and item.name != "__pycache__":
                walk(item, name)
            elif item.is_file() and item.name.endswith(".py"):
                found.append((name, item))

    walk(pkg / _LOADER_PACKAGE, _LOADER_PACKAGE)
    for name in _LOADER_DATA:
        item = pkg.joinpath(*name.split("/"))
        if item.is_file():
            found.append((name, item))
    return found


def _loader_fingerprint(h) -> None:
    """Feed the loader's code and bundled data files into ``h``: a changed rule means a new key."""
    import toolkit

    h.update(f"format {_FORMAT} toolkit {toolkit.__version__} pandas {pd.__version__}\n".encode())
    for name, item in _loader_files():
        h.update(name.encode() + b"\0" + item.read_bytes() + b"\0")


def _option_bytes(options: dict) -> bytes:
    """The load options as bytes; files named by an option (sources, boilerplate, chrome, dates) count
    by content, and a ``dates=`` table by every value (its ``repr`` is cut short for long tables)."""
    parts = []
    for key in sorted(options):
        value = options[key]
        if isinstance(value, (str, os.PathLike)) and key in ("sources", "boilerplate", "chrome", "dates") \
                and Path(value).is_file():
            value = ("file", Path(value).read_bytes())
        elif isinstance(value, pd.DataFrame):
            value = ("table", list(value.columns), pd.util.hash_pandas_object(value, index=False).tolist())
        parts.append(f"{key}={value!r}")
    return "\n".join(parts).encode()


def corpus_key(path, **options) -> str:
    """A hex digest of everything ``load_corpus(path, **options)`` depends on.

    The path as given (it is in the ``path`` column and ``attrs["root"]``), the name and content of
    every file the loader would read, the entries it would skip, the options, and the loader's code
    and data files. ``workers`` and ``progress`` do not change the table and are left out.

    >>> corpus_key("data/") == corpus_key("data/", workers=2)
    True
    >>> corpus_key("data/") == corpus_key("data/", default_source="Reuters")
    False
    """
    from toolkit.corpus import iter_files

    options = {k: v for k, v in options.items() if k not in ("workers", "progress")}
    found = iter_files(path, **options)  # checks the options now, walks the folder when iterated
    if not os.path.exists(os.path.expanduser(os.fspath(path))):
        raise FileNotFoundError(f"corpus_key: {str(path)!r} does not exist (looked in {Path.cwd()}); "
                                "give a file or a folder of articles")
    found = list(found)
    files = [p for p, reason in found if reason is None]
    skipped = [(p, reason) for p, reason in found if reason is not None]
    h = hashlib.blake2b(digest_size=20)
    _loader_fingerprint(h)
    h.update(b"path\0" + os.fspath(path).encode("utf-8", "surrogateescape") + b"\0")
    h.update(_option_bytes(options) + b"\0")
    for f in files:
        h.update(f.encode("utf-8", "surrogateescape") + b"\0")
        try:
            with open(f, "rb") as fh:
                h.update(hashlib.blake2b(fh.read(), digest_size=20).digest())
        except OSError as exc:  # the loader reports it as skipped; the key records that it was unreadable
            h.update(f"unreadable {exc.errno}".encode())
    for p, reason in skipped:
        h.update(f"skip {p}\0{reason}\0".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


# ------------------------------------------------------------------------------------ the cache
def load_corpus_cached(path, *, cache_dir=None, refresh: bool = False, **options) -> pd.DataFrame:
    """:func:`toolkit.load_corpus`, kept in a cache folder keyed by the content of the corpus.

    Returns the same table (columns, dtypes, ``attrs``) as ``load_corpus(path, **options)`` and
    repeats the warnings it gave. The first call parses and stores the table (``workers=`` is passed
    on, so a large folder is parsed on several cores); later calls with the same files, options and
    toolkit version read it back. ``refresh=True`` parses again and overwrites the entry.

    ``cache_dir``: the folder (see :func:`cache_folder`); it may not be inside the corpus folder. The
    entries are Python pickles written by this package: keep the folder private to you (do not point
    it at files from someone else). :func:`clear_cache` empties it.

    >>> import tempfile
    >>> from toolkit.cache import load_corpus_cached
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     first = load_corpus_cached("data/000_bc21e2d4d2f283e7.txt", cache_dir=tmp)   # parses
    ...     again = load_corpus_cached("data/000_bc21e2d4d2f283e7.txt", cache_dir=tmp)   # reads back
    >>> again.equals(first), again.loc[0, "source"]
    (True, 'China Powder News')
    """
    from toolkit.corpus import load_corpus

    folder = cache_folder(cache_dir)
    _check_outside(folder, Path(os.path.expanduser(os.fspath(path))))
    entry = folder / (corpus_key(path, **options) + _SUFFIX)
    if entry.is_file() and not refresh:
        try:
            with open(entry, "rb") as fh:
                stored = pickle.load(fh)
            if stored.get("format") == _FORMAT:
                for category, message in stored["warnings"]:
                    warnings.warn(message, category, stacklevel=2)
                return stored["frame"]
        except Exception as exc:  # a truncated or foreign file: parse again and replace it
            warnings.warn(f"cache entry {entry} could not be read ({exc.__class__.__name__}); parsing the "
                          "corpus again and replacing it", RuntimeWarning, stacklevel=2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = load_corpus(path, **options)
    seen = [(w.category, str(w.message)) for w in caught]
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump({"format": _FORMAT, "frame": frame, "warnings": seen}, fh, protocol=5)
        os.replace(tmp, entry)  # atomic: a reader sees the old entry or the whole new one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for category, message in seen:
        warnings.warn(message, category, stacklevel=2)
    return frame


def clear_cache(cache_dir=None) -> int:
    """Delete the cached corpora in the cache folder; return how many entries were removed.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = load_corpus_cached("data/000_bc21e2d4d2f283e7.txt", cache_dir=tmp)
    ...     clear_cache(tmp)
    1
    """
    folder = cache_folder(cache_dir)
    if not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.glob("*" + _SUFFIX):
        entry.unlink(missing_ok=True)
        removed += not entry.name.startswith(".tmp-")
    return removed


# ------------------------------------------------------------------------------------ the pool
def _sentences_tokens_block(block: pd.DataFrame, **token_options):
    from toolkit.tokenizing import sentences, tokens

    sents = sentences(block)
    return sents, tokens(sents, **token_options)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate blocks of one table; categorical columns get the categories one call would give.

    ``doc_id`` categories keep the order of appearance; other categories are sorted when every block's
    are, else also in order of appearance. ``attrs``: lists are concatenated, other values are the
    first block's.
    """
    cats = {c: [f[c].cat.categories for f in frames] for c in frames[0].columns
            if isinstance(frames[0][c].dtype, pd.CategoricalDtype)}
    plain = [f.assign(**{c: f[c].astype(f[c].cat.categories.dtype) for c in cats}) for f in frames]
    out = pd.concat(plain, ignore_index=True)
    for col, parts in cats.items():
        union = pd.Index(pd.unique(pd.concat([p.to_series() for p in parts], ignore_index=True)),
                         dtype=parts[0].dtype)
        if col != "doc_id" and all(p.is_monotonic_increasing for p in parts):
            union = union.sort_values()
        out[col] = pd.Categorical(out[col], categories=union)
    out.attrs = {}
    for key, value in frames[0].attrs.items():
        if isinstance(value, list):
            out.attrs[key] = [v for f in frames for v in f.attrs.get(key, [])]
        else:
            out.attrs[key] = value
    return out


def _check_workers(workers) -> int:
    workers = 1 if workers is None else int(workers)
    if workers < 1:
        raise ValueError(f"workers={workers}: give 1 or more processes (None = 1, in this process)")
    return workers


def _blocks(table: pd.DataFrame, n_blocks: int) -> list[pd.DataFrame]:
    """Up to ``n_blocks`` consecutive slices of ``table`` of about equal text length, cut only where
    ``doc_id`` changes (a document's rows stay together)."""
    col = next((c for c in ("text", "sentence") if c in table.columns), None)
    if col is None:
        weight = np.ones(len(table))
    else:
        weight = table[col].map(lambda t: len(t) if isinstance(t, str) else 0).to_numpy(dtype=float) + 1
    cum = weight.cumsum()
    ids = table["doc_id"].to_numpy()
    starts = np.flatnonzero(ids[1:] != ids[:-1]) + 1  # rows where a new document begins
    if not len(starts) or n_blocks < 2:
        return [table]
    targets = cum[-1] * np.arange(1, n_blocks) / n_blocks
    before = cum[starts - 1]  # text length before each possible cut
    right = np.clip(np.searchsorted(before, targets), 0, len(starts) - 1)
    left = np.clip(right - 1, 0, len(starts) - 1)
    nearest = np.where(np.abs(before[left] - targets) <= np.abs(before[right] - targets), left, right)
    picks = starts[nearest]
    cuts = sorted({0, len(table), *picks.tolist()})
    return [table.iloc[a:b] for a, b in zip(cuts, cuts[1:])]


def _pool_map(fn, blocks: list, *args) -> list:
    from concurrent.futures import ProcessPoolExecutor

    from toolkit.pool import mark_worker

    with ProcessPoolExecutor(len(blocks), initializer=mark_worker) as pool:  # no pool in a pool
        return list(pool.map(fn, blocks, *[[a] * len(blocks) for a in args]))


def _call(block: pd.DataFrame, verb, kwargs: dict) -> pd.DataFrame:
    return verb(block, **kwargs)


def map_documents(verb, table: pd.DataFrame, workers: int | None = None, **kwargs):
    """``verb(table, **kwargs)`` computed on ``workers`` processes, one block of whole documents each.

    For the verbs whose rows depend on one document at a time -- :func:`toolkit.document_tone`,
    :func:`toolkit.theme_frequency`, :func:`toolkit.score_sentences`, :func:`toolkit.tokens` -- the
    result equals the one-process call row for row (same order, dtypes and categories). ``table`` is a
    corpus or a sentence table with a ``doc_id`` column, its rows grouped by document (as
    ``load_corpus`` and ``sentences`` give them). ``verb`` may also return a tuple of DataFrames (a
    whole pipeline per block); each is joined across blocks. ``verb`` must be importable by name (a
    module-level function). It pays when the results are small beside the work (tone, theme counts:
    one row per document); a token table is large to send back between processes. ``workers`` None or
    1 calls ``verb`` here.

    >>> import pandas as pd
    >>> from toolkit import document_tone
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Growth picked up.", "Output fell."]})
    >>> map_documents(document_tone, corpus, workers=2)["doc_id"].tolist()
    ['a', 'b']
    """
    workers = _check_workers(workers)
    if not isinstance(table, pd.DataFrame) or "doc_id" not in table.columns:
        raise ValueError("map_documents takes a DataFrame with a 'doc_id' column (a corpus from "
                         "load_corpus or a sentence table from sentences); call the verb directly otherwise")
    blocks = _blocks(table, workers) if workers > 1 else [table]
    if len(blocks) < 2:
        return verb(table, **kwargs)
    parts = _pool_map(_call, blocks, verb, kwargs)
    if isinstance(parts[0], tuple):
        return tuple(_concat([p[i] for p in parts]) for i in range(len(parts[0])))
    return _concat(parts)


def sentences_and_tokens(corpus: pd.DataFrame, workers: int | None = None,
                         **token_options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(sentences(corpus), tokens(sentences(corpus), **token_options))``, on ``workers`` processes.

    The corpus is cut into ``workers`` blocks of whole documents; each block is split and tokenized in
    a worker and the blocks are joined back, so both tables equal the one-process ones row for row
    (ids, offsets, categories). ``workers`` None or 1 runs in this process. The token table travels
    back from the workers (about 0.7 s of pickling per million tokens), so it pays only where
    tokenizing costs much more than that.

    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Growth slowed. Prices rose.", "Output fell."]})
    >>> sents, toks = sentences_and_tokens(corpus, workers=1)
    >>> len(sents), toks["token"].tolist()[:3]
    (3, ['Growth', 'slowed', '.'])
    """
    if not isinstance(corpus, pd.DataFrame) or "text" not in corpus.columns or "doc_id" not in corpus.columns:
        raise ValueError("sentences_and_tokens takes a corpus DataFrame with 'doc_id' and 'text' columns "
                         "(toolkit.load_corpus(path)); for a list of texts use toolkit.sentences/tokens")
    return map_documents(_sentences_tokens_block, corpus, workers, **token_options)
