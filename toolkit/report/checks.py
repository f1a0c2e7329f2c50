"""Checks done before any notebook runs, so a bad input fails early with a message a user can act on.

``check_corpus`` (exists, not empty, at least one readable article), ``corpus_hash`` (the corpus's
fingerprint for the index page), ``parse_params`` / ``check_params`` (``--param key=value``) and
``check_out`` (the output folder is a folder, and not inside the corpus).
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path

import pandas as pd

from toolkit.report.catalog import PARAMETERS

__all__ = ["check_corpus", "corpus_hash", "parse_params", "check_params", "check_out"]


def check_corpus(path) -> pd.DataFrame:
    """Load the corpus at ``path`` and fail early, with a message a user can act on, when it is unusable.

    Raises ``FileNotFoundError`` when ``path`` does not exist, ``ValueError`` when it is an empty
    folder or when no file in it could be read as an article (the message names the first few
    files skipped and why). Returns the loaded corpus.

    >>> check_corpus("no/such/folder")
    Traceback (most recent call last):
    ...
    FileNotFoundError: corpus not found: no/such/folder does not exist; pass --corpus with the folder (or file) holding your articles
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(
            f"corpus not found: {path} does not exist; "
            "pass --corpus with the folder (or file) holding your articles"
        )
    if path.is_dir() and not any(p.is_file() for p in path.rglob("*")):
        raise ValueError(f"corpus folder {path} is empty; put your article files in it (txt, md, csv, jsonl, parquet)")
    from toolkit.corpus import load_corpus
    from toolkit.corpus.options import REPORT_OPTIONS

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = load_corpus(path, **REPORT_OPTIONS)  # as the notebooks read it (toolkit.nb.load)
    docs.attrs["warnings"] = [str(w.message) for w in caught]
    if docs.empty:
        skipped = docs.attrs.get("skipped")
        detail = ""
        if isinstance(skipped, pd.DataFrame) and len(skipped):
            first = "; ".join(f"{Path(p).name}: {r}" for p, r in skipped.head(3).itertuples(index=False))
            detail = f" ({len(skipped)} files skipped, e.g. {first})"
        raise ValueError(
            f"no readable article in {path}{detail}; "
            "each article needs a text body in a supported format (txt, md, csv, jsonl, parquet)"
        )
    return docs


def corpus_hash(path) -> str:
    """SHA-256 over the relative paths and bytes of every file under ``path`` (sorted): the corpus's fingerprint.

    >>> len(corpus_hash("data"))
    64
    """
    path = Path(path)
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for f in files:
        digest.update(os.fsencode(f.relative_to(path) if path.is_dir() else f.name) + b"\0")  # names as on disk
        try:
            digest.update(f.read_bytes() + b"\0")
        except OSError as exc:  # unreadable: the loader skips it too; its name and the error still count
            digest.update(f"unreadable: {exc.strerror}".encode() + b"\0")
    return digest.hexdigest()


def _parse_value(text: str):
    """``--param`` values: JSON scalars/lists (1, 2.5, true, null, ["a"]), ``None``, else the string itself."""
    if text in {"None", "none"}:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_params(items) -> dict:
    """``["start=2010-01-01", "source=Fed"]`` -> ``{"start": "2010-01-01", "source": "Fed"}``.

    Keys must be notebook parameters (see ``PARAMETERS``); ``corpus`` is set with ``--corpus``.

    >>> parse_params(["start=2010-01-01", "end=null"])
    {'start': '2010-01-01', 'end': None}
    """
    params = {}
    for item in items or []:
        key, sep, value = str(item).partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"--param {item!r} is not key=value; write e.g. --param start=2010-01-01")
        if key not in PARAMETERS or key == "corpus":
            allowed = ", ".join(p for p in PARAMETERS if p != "corpus")
            raise ValueError(f"unknown parameter {key!r}; the notebooks take {allowed} (the corpus is set with --corpus)")
        params[key] = _parse_value(value.strip())
        if key in ("start", "end") and params[key] is not None:
            try:
                pd.Timestamp(str(params[key]))
            except (ValueError, TypeError, OverflowError):
                raise ValueError(f"--param {key}={value.strip()} is not a real date; "
                                 f"write YYYY-MM-DD, e.g. --param {key}=2010-01-01") from None
    return params


def check_params(params) -> dict:
    """``params`` as a dict: ``["key=value", ...]`` parsed by :func:`parse_params`, a dict checked for unknown keys.

    >>> check_params({"start": "2020-01-01"})
    {'start': '2020-01-01'}
    """
    params = parse_params(params) if not isinstance(params, dict) else dict(params)
    unknown = set(params) - set(PARAMETERS)
    if unknown:
        raise ValueError(f"unknown parameter(s) {sorted(unknown)}; the notebooks take {', '.join(PARAMETERS)}")
    return params


def check_out(out, corpus: Path) -> Path:
    """The resolved output folder; refused when it is a file or lies inside the corpus folder.

    Checked before any notebook runs (not after every one did).
    """
    out = Path(out).expanduser().resolve()
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"--out {out} is a file; give a folder for the reports")
    if corpus.is_dir() and out.is_relative_to(corpus.resolve()):
        raise ValueError(f"--out {out} is inside the corpus folder {corpus}; the reports would be read as "
                         "articles next time: write them outside it")
    return out
