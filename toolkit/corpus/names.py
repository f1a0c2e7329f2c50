"""What a file name says about its article: the date, the Beige Book district, the source.

``1970-05-ny.txt`` is the New York district's Beige Book of May 1970; ``bank_of_japan_2021-03-17.txt``
names its source before the date ("Bank of Japan"); words after the date (``2021-03-17-statement``)
name the document, not the source, and are not used.
"""
from __future__ import annotations

import os

from toolkit.corpus.dates import date_from_name

__all__ = ["BEIGE_DISTRICTS", "source_from_slug", "name_metadata"]

BEIGE_DISTRICTS = {
    "at": "Atlanta", "bo": "Boston", "ch": "Chicago", "cl": "Cleveland", "da": "Dallas",
    "kc": "Kansas City", "mi": "Minneapolis", "ny": "New York", "ph": "Philadelphia",
    "ri": "Richmond", "sf": "San Francisco", "sl": "St. Louis", "su": "National Summary",
}


def source_from_slug(slug: str) -> str:
    """A source name from the words of a file name before its date ("" when they do not read as one).

    >>> source_from_slug("peoples_bank_of_china_"), source_from_slug("fomc_v2_")
    ("People's Bank of China", '')
    """
    words = slug.replace("_", " ").replace("-", " ").split()
    if not words or len(words) > 8 or any(any(ch.isdigit() for ch in w) for w in words):
        return ""
    out = []
    for w in words:
        lw = w.lower()
        if lw in {"of", "and", "the", "for", "de"} and out:
            out.append(lw)
        elif lw == "peoples":
            out.append("People's")
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def name_metadata(path: str, article, dayfirst: bool = True) -> None:
    """Fill ``article`` (a :class:`~toolkit.corpus.readers.base.Article`) from the file name of ``path``.

    Sets the date when the article has none yet (a month-only date also sets ``date_precision``, and a
    Beige Book district code ``district``/``district_name`` and the source), notes an impossible date
    as a problem, and for plain text takes the source from the words before the date.
    """
    stem = os.path.splitext(os.path.basename(path))[0]
    iso, precision, match = date_from_name(stem, dayfirst)
    if article.date is None and precision == "impossible":
        article.problems.append(f"file-name date {match[0]!r} is not a real date")
    if article.date is None and iso:
        article.date = iso
        article.meta["date_source"] = "file name"
        if precision == "month":
            article.meta["date_precision"] = "month"
            code = stem[match.end():].strip("-_. ").lower()
            if code in BEIGE_DISTRICTS and not stem[: match.start()].strip("-_. "):
                article.meta["district"] = code
                article.meta["district_name"] = BEIGE_DISTRICTS[code]
                article.source = article.source or "Federal Reserve Beige Book"
    if not article.source and match is not None and article.fmt == "txt":
        article.source = source_from_slug(stem[: match.start()])
