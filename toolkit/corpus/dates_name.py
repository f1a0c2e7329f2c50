"""Dates written in file and folder names in the forms people and scrapers give them.

:func:`name_dates` lists every reading of a name (without its extension) and leaves the choice to the
caller (:mod:`toolkit.corpus.names` for one file, :mod:`toolkit.corpus.dates_folder` for a folder):

* month names and abbreviations anywhere in the name, in the languages of
  ``toolkit/data/month_names.tsv``: "Minute_July_23-24_2018" (a two-day meeting: its last day),
  "Minute_16_June_2020", "April 10, 2002", "MAS Monetary Policy Statement - February 2001" (a month),
  "MeetingDecember_2010_Feb 25, 2011" (a meeting month, then a publication date), "MAS October" (a
  month without a year: the year comes from the folder);
* roman-numeral months before a year: "mi_iv2007en" (April 2007);
* 8-digit runs ("25082004", "COPOM20000119"), returned as digits: YYYYMMDD, DDMMYYYY or MMDDYYYY is
  decided per folder (:func:`eight_digit_readings`);
* two-digit years after a letter prefix: "pro0605e" (YYMM, May 2006), "r060517" (YYMMDD); these are weak
  readings, kept only when they fall near the year folder.

ISO and compact forms with separators ("2021-03-17", "20-01-2002", "1970-05") are read by
:func:`toolkit.corpus.dates.date_from_name`.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from toolkit.corpus.dates import valid

__all__ = ["NameDates", "month_names", "name_dates", "eight_digit_readings", "EIGHT_ORDERS", "folder_year"]

#: the orders an 8-digit name can be read in, and where the year, month and day are in it
EIGHT_ORDERS = {"YYYYMMDD": (0, 4, 6), "DDMMYYYY": (4, 2, 0), "MMDDYYYY": (4, 0, 2)}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12}
_YEAR = r"((?:19|20)\d\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_GUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-")
_LONG = re.compile(r"(?<![\d])((?:19|20)\d{6})\d{1,4}(?!\d)")
_RANGE = rf"{_DAY}(?:\s*(?:-|–|&|and|to)\s*{_DAY})?"


@dataclass
class NameDates:
    """The readings of one name: full dates, months (ISO, day 01), month numbers without a year,
    8-digit runs, weak two-digit-year readings, and impossible dates seen."""

    full: list[str] = field(default_factory=list)
    months: list[str] = field(default_factory=list)
    bare_months: list[int] = field(default_factory=list)
    eight: list[str] = field(default_factory=list)
    weak: list[tuple[str, str]] = field(default_factory=list)
    impossible: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Month name or abbreviation (lower case) -> month number, from ``toolkit/data/month_names.tsv``.

    >>> month_names()["sept"], month_names()["pazdziernik"]
    (9, 10)
    """
    text = (resources.files("toolkit") / "data" / "month_names.tsv").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            num, *names = line.split("\t")
            out.update({n.strip().lower(): int(num) for n in names if n.strip()})
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    mon = "(" + "|".join(sorted(map(re.escape, month_names()), key=len, reverse=True)) + r")\.?"
    mdy = re.compile(rf"\b{mon}\s*{_RANGE},?\s+{_YEAR}\b", re.IGNORECASE)
    dmy = re.compile(rf"\b{_RANGE}\s*(?:(?:de|of)\s+)?{mon},?\s+(?:de\s+)?{_YEAR}\b", re.IGNORECASE)
    my = re.compile(rf"\b{mon},?\s*{_YEAR}\b", re.IGNORECASE)
    bare = re.compile(rf"\b{mon}\b", re.IGNORECASE)
    return mdy, dmy, my, bare


def _words(stem: str) -> str:
    """The name with camelCase split, ``_`` and hyphens not between digits as spaces."""
    s = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", stem)
    s = re.sub(r"(?<!\d)-|-(?!\d)|-(?=(?:19|20)\d\d(?!\d))", " ", s.replace("_", " "))
    return re.sub(r"(?<=\d) (st|nd|rd|th)\b", r"\1", s)


def _month_readings(words: str, out: NameDates) -> str:
    """Add the month-name readings of ``words`` to ``out``; return ``words`` with them blanked."""
    mdy, dmy, my, bare = _patterns()
    names = month_names()
    for rx, order in ((mdy, "mdy"), (dmy, "dmy")):
        for m in rx.finditer(words):
            if order == "mdy":
                mon, d1, d2, y = m[1], m[2], m[3], m[4]
            else:
                d1, d2, mon, y = m[1], m[2], m[3], m[4]
            iso = valid(int(y), names[mon.lower()], int(d2 or d1))
            (out.full.append(iso) if iso else out.impossible.append(m[0].strip()))
        words = rx.sub(lambda m: " " * len(m[0]), words)
    for m in my.finditer(words):
        out.months.append(f"{m[2]}-{names[m[1].lower()]:02d}-01")
    words = my.sub(lambda m: " " * len(m[0]), words)
    out.bare_months += [names[m[1].lower()] for m in bare.finditer(words) if len(m[1]) > 3]
    return words


def name_dates(stem: str) -> NameDates:
    """Every date reading of a file or folder name (see the module notes).

    >>> d = name_dates("MeetingDecember_2010_Feb 25, 2011"); d.full, d.months
    (['2011-02-25'], ['2010-12-01'])
    >>> name_dates("Minute_July_23-24_2018").full, name_dates("mi_iv2007en").months
    (['2018-07-24'], ['2007-04-01'])
    >>> name_dates("COPOM20000119").eight, name_dates("pro0605e").weak
    (['20000119'], [('2006-05-01', 'month')])
    """
    out = NameDates()
    if not any(c.isdigit() for c in stem) and not re.search("[A-Za-z]{3}", stem):
        return out
    _month_readings(_words(stem), out)
    for m in re.finditer(rf"(?<![a-z])(xii|xi|ix|x|viii|vii|vi|iv|v|iii|ii|i)[-_ ]?{_YEAR}(?!\d)", stem,
                         re.IGNORECASE):
        out.months.append(f"{m[2]}-{_ROMAN[m[1].lower()]:02d}-01")
    if not _GUID.search(stem):
        out.eight = re.findall(r"(?<!\d)(\d{8})(?!\d)", stem)
        out.weak += [(eight_digit_readings(m[1])["YYYYMMDD"], "day") for m in _LONG.finditer(stem)
                     if "YYYYMMDD" in eight_digit_readings(m[1])]  # "min20180516214": date + meeting number
    for m in re.finditer(r"(?<=[A-Za-z])(\d{6}|\d{4})(?=[A-Za-z_. -]|$)", stem):
        yy, mm, dd = int(m[1][:2]), int(m[1][2:4]), int(m[1][4:] or 1)
        year = 2000 + yy if 2000 + yy <= _dt.date.today().year else 1900 + yy
        iso = valid(year, mm, dd)
        if iso:
            out.weak.append((iso, "day" if len(m[1]) == 6 else "month"))
    return out


def eight_digit_readings(digits: str) -> dict[str, str]:
    """The valid readings of an 8-digit run: order -> ISO date (years 1900-2099 only).

    >>> eight_digit_readings("05062010")
    {'DDMMYYYY': '2010-06-05', 'MMDDYYYY': '2010-05-06'}
    >>> eight_digit_readings("25082004"), eight_digit_readings("20000119")
    ({'DDMMYYYY': '2004-08-25'}, {'YYYYMMDD': '2000-01-19'})
    """
    out = {}
    for order, (y, mo, d) in EIGHT_ORDERS.items():
        year = digits[y: y + 4]
        if year[:2] in ("19", "20"):
            iso = valid(int(year), int(digits[mo: mo + 2]), int(digits[d: d + 2]))
            if iso:
                out[order] = iso
    return out


def folder_year(rel_dir: str) -> int | None:
    """The year a folder path names (its nearest part that is a year 1900-2099), or None.

    >>> folder_year("bank/2016"), folder_year("2016/05"), folder_year("misc")
    (2016, 2016, None)
    """
    for part in reversed([p for p in rel_dir.replace("\\", "/").split("/") if p]):
        if re.fullmatch(r"(?:19|20)\d\d", part):
            return int(part)
    return None
