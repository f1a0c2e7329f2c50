"""Dates from file names, datelines and metadata values, as ISO ``YYYY-MM-DD`` text (or None).

File names: ``YYYYMMDD``, ``YYYY-MM-DD``, ``DD-MM-YYYY`` (``peoples_bank_of_china_20-01-2002.txt``;
month-first when day-first is impossible or ``dayfirst=False``), ``YYYY-MM`` (Beige Book
``1970-05-ny.txt``, precision "month"). Text: an ISO date or "January 30, 2008" that makes up the
whole paragraph. Metadata values (front matter, table cells): dates, datetimes or text.
"""
from __future__ import annotations

import datetime as _dt
import re

import pandas as pd

__all__ = ["MONTHS", "MONTH_NUM", "valid", "date_from_name", "date_from_text", "coerce_date"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUM.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_NUM["sept"] = 9

_SEP = r"[-_. ]"
_FN_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_FN_Y_M_D = re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}(0?[1-9]|1[0-2]){_SEP}(0?[1-9]|[12]\d|3[01])(?!\d)")
_FN_D_M_Y = re.compile(rf"(?<!\d)(0?[1-9]|[12]\d|3[01]){_SEP}(0?[1-9]|1[0-2]){_SEP}((?:19|20)\d\d)(?!\d)")
_FN_Y_M = re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}(0[1-9]|1[0-2])(?![\d])")
_TEXT_DATE_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_TEXT_DATE_LONG = re.compile(
    r"(?:[A-Z][a-z]+day,?\s+)?(" + "|".join(m.capitalize() for m in MONTHS) + r")\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)"
)


def valid(y: int, m: int, d: int) -> str | None:
    """The ISO date, or None when it does not exist.

    >>> valid(2024, 2, 29), valid(2023, 2, 29)
    ('2024-02-29', None)
    """
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def date_from_name(stem: str, dayfirst: bool = True) -> tuple[str | None, str, re.Match | None]:
    """Return (ISO date, precision 'day'|'month'|'impossible'|'', match) from a file stem.

    >>> date_from_name("peoples_bank_of_china_20-01-2002")[:2], date_from_name("1970-05-ny")[:2]
    (('2002-01-20', 'day'), ('1970-05-01', 'month'))
    """
    m = _FN_Y_M_D.search(stem)
    if m:
        iso = valid(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            return iso, "day", m
    m = _FN_D_M_Y.search(stem)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        d, mo = (a, b) if dayfirst or b > 12 else (b, a)
        iso = valid(y, mo, d) or valid(y, d, mo)
        if iso:
            return iso, "day", m
    m = _FN_YMD.search(stem)
    if m:
        iso = valid(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            return iso, "day", m
    impossible = _FN_Y_M_D.search(stem) or _FN_YMD.search(stem)
    if impossible:  # "2023-02-30": a day was meant, and it does not exist; not read as month 2023-02
        return None, "impossible", impossible
    m = _FN_Y_M.search(stem)
    if m:
        return f"{m[1]}-{m[2]}-01", "month", m
    return None, "", None


def date_from_text(s: str) -> str | None:
    """An ISO or 'Month D, YYYY' date that makes up the whole string (a dateline).

    >>> date_from_text("January 30, 2008"), date_from_text("On January 30, 2008 the Committee met")
    ('2008-01-30', None)
    """
    m = _TEXT_DATE_ISO.fullmatch(s)
    if m:
        return valid(int(m[1]), int(m[2]), int(m[3]))
    m = _TEXT_DATE_LONG.fullmatch(s)
    if m:
        return valid(int(m[3]), MONTH_NUM[m[1].lower()], int(m[2]))
    return None


def coerce_date(value, dayfirst: bool = True) -> str | None:
    """A metadata value (date, datetime, text) as an ISO date, or None when it is not one.

    >>> coerce_date("05/01/2022"), coerce_date("2019-07-31T14:00"), coerce_date("soon")
    ('2022-01-05', '2019-07-31', None)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value).strip()
    iso = date_from_text(s)
    if iso:
        return iso
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", s)
    if m:
        return valid(int(m[1]), int(m[2]), int(m[3]))
    try:
        ts = pd.to_datetime(s, dayfirst=dayfirst)
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(ts) else ts.date().isoformat()
