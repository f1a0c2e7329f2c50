"""Each article's date decided from all its sources, with the decisions that need a whole folder.

:func:`resolve_dates` runs on the rows of a load, after every file is read (the readers leave the
readings of the file name in ``_name`` and the dates of the text head in ``_text``), and sets
``date``, ``date_source`` and ``date_precision`` on every row.

Order of trust, most trusted first (the first source that gives a date wins):

1. ``metadata``: the ``dates=`` table of ``load_corpus``, then a table's date column or the seed header;
2. ``front matter``: a ``date:`` field;
3. ``file name``, a whole date: "20080130", "April 10, 2002", "Minute_16_June_2020", an 8-digit name
   read in the order chosen for its folder;
4. ``text``: a meeting heading, then a dateline or a date heading, then a publication line, then
   ``dateparser``; a text date in the month a file name gives refines it to the day;
5. ``file name``, a month: "pro0605e", "mi_iv2007en", "MeetingDecember_2010_…" (a meeting month,
   with the publication date that follows it kept as ``published``), a month name in a year folder;
6. ``folder``: a year folder alone (precision "year").

Disagreements are written to ``problems``: a text date more than a month from the date kept (a
meeting and its release a few weeks apart are not a disagreement), a date outside its year folder (by more than 45 days: minutes of a December meeting filed under
the year of their January release agree with it), a
date in the future, a name that reads as two different dates, impossible dates, and folders where 8-digit
names read validly in no order, or in several orders the texts do not decide between.
"""
from __future__ import annotations

import datetime as _dt
import os
from collections import defaultdict

from toolkit.corpus.dates_name import NameDates, eight_digit_readings, folder_year
from toolkit.corpus.dates_text import dateparser_date
from toolkit.corpus.paths import rel_posix
from toolkit.corpus.readers.base import NO_DATE

__all__ = ["resolve_dates", "eight_digit_order", "PRIVATE_KEYS"]

PRIVATE_KEYS = ("_name", "_text", "_head")
#: a date this near its year folder agrees with it (a December meeting filed under its January release)
_NEAR = _dt.timedelta(days=45)
_FAR = 31  # days: text dates nearer than this to the date kept are the meeting and its release


def eight_digit_order(names: list[list[str]], text_dates: list[list[str]]) -> tuple[str | None, str]:
    """(order, why) for the 8-digit runs of one folder's names: the one reading valid for all of them,
    else the valid one whose dates match the texts' dates most often; None when nothing decides.

    >>> eight_digit_order([["25082004"], ["08072010"]], [[], []])
    ('DDMMYYYY', 'the only reading valid for all 2 names')
    >>> eight_digit_order([["05062010"], ["03022011"]], [["2010-06-05"], []])
    ('DDMMYYYY', 'DDMMYYYY and MMDDYYYY are valid for all 2 names; DDMMYYYY matches 1 text dates, MMDDYYYY 0')
    >>> eight_digit_order([["05062010"]], [[]])[0] is None
    True
    """
    readings = [[eight_digit_readings(d) for d in ds] for ds in names]
    orders = None
    for per_name in readings:
        for r in per_name:
            orders = set(r) if orders is None else orders & set(r)
    if not orders:
        return None, f"no reading (YYYYMMDD, DDMMYYYY, MMDDYYYY) is valid for all {len(names)} names"
    orders = sorted(orders)
    if len(orders) == 1:
        return orders[0], f"the only reading valid for all {len(names)} names"
    hits = {o: sum(any(r[o] in texts for r in per_name) for per_name, texts in zip(readings, text_dates))
            for o in orders}
    best = max(hits.values())
    why = (f"{' and '.join(orders)} are valid for all {len(names)} names; "
           + ", ".join(f"{o} matches {hits[o]} text dates" if i == 0 else f"{o} {hits[o]}"
                       for i, o in enumerate(orders)))
    winners = [o for o in orders if hits[o] == best]
    return (winners[0] if best > 0 and len(winners) == 1 else None), why


def _days(a: str, b: str) -> int:
    return abs((_dt.date.fromisoformat(a) - _dt.date.fromisoformat(b)).days)


def _from_name(nd: NameDates, year: int | None, order: str | None, r: dict) -> tuple[str, str] | None:
    """(iso, precision) from the file-name readings (whole dates first), noting problems in ``r``."""
    full = sorted(set(nd.full))
    if order and nd.eight:
        full = sorted(set(full) | {eight_digit_readings(d)[order] for d in nd.eight})
    weak = [(iso, p) for iso, p in nd.weak if year is None or abs(int(iso[:4]) - year) <= 1]
    months = sorted(set(nd.months) | {iso for iso, p in weak if p == "month"})
    full = sorted(set(full) | {iso for iso, p in weak if p == "day"})
    for s in nd.impossible:
        r["_problems"].append(f"file-name date {s!r} is not a real date")
    if len(full) > 1:
        r["_problems"].append(f"file name reads as {len(full)} different dates ({', '.join(full)}); not used")
        return None
    if full and months and months[0] < full[0] and len(months) == 1:
        r["published"] = full[0]  # "MeetingDecember_2010_Feb 25, 2011": the meeting month, then publication
        return months[0], "month"
    if full:
        return full[0], "day"
    if len(months) == 1:
        return months[0], "month"
    if len(months) > 1:
        r["_problems"].append(f"file name reads as {len(months)} different months ({', '.join(months)}); not used")
    elif year and len(set(nd.bare_months)) == 1:
        return f"{year}-{nd.bare_months[0]:02d}-01", "month"
    return None


def _choose(r: dict, year: int | None, order: str | None) -> None:
    """Set the date, its source and precision of one row by the order of trust (module notes)."""
    texts = r.get("_text") or []
    named = _from_name(r["_name"], year, order, r) if r.get("_name") is not None else None
    if named and named[1] == "day":
        r.update(date=named[0], date_source="file name", date_precision="day")
    elif named:
        same = [iso for iso, _ in texts if iso[:7] == named[0][:7]]
        r.update(date=same[0] if same else named[0], date_precision="day" if same else "month",
                 date_source="text" if same else ("file name" if r["_name"].months or r["_name"].weak else "folder"))
    elif texts:
        r.update(date=texts[0][0], date_source="text", date_precision="day")
    elif r.get("_head"):
        iso = dateparser_date(*r["_head"])
        if iso:
            r.update(date=iso, date_source="text", date_precision="day")
    if r.get("date") is None and year is not None:
        r.update(date=f"{year}-01-01", date_source="folder", date_precision="year")
        r["_problems"].append(f"no date in the name or the text; dated to its year folder {year}")
    far = sorted({iso for iso, kind in texts if r.get("date") and _days(iso, r["date"]) > _FAR})
    if far and r.get("date_source") != "text":
        r["_problems"].append(f"the text gives {far[0]}, the {r['date_source']} {r['date']}; kept the {r['date_source']}")


def _check(r: dict, year: int | None, today: str) -> None:
    """Report a date outside its year folder (more than 45 days from it), or in the future."""
    d = r.get("date")
    if d and year is not None and not (_dt.date(year, 1, 1) - _NEAR <= _dt.date.fromisoformat(d)
                                       <= _dt.date(year, 12, 31) + _NEAR):
        r["_problems"].append(f"date {d} is outside its year folder {year}")
    if d and d > today:
        r["_problems"].append(f"date {d} is in the future")


def _folder_orders(rows: list[dict], root: str) -> dict[str, tuple[str | None, str]]:
    """folder -> (order, why) of its 8-digit names, for the folders that have undated ones."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("date") is None and r.get("_name") is not None and r["_name"].eight:
            groups[os.path.dirname(r["path"])].append(r)
    return {d: eight_digit_order([r["_name"].eight for r in rs], [[i for i, _ in r.get("_text") or []] for r in rs])
            for d, rs in groups.items()}


def _given(table: dict | None, rel: str, r: dict) -> str | None:
    """The ``dates=`` date of a row: by path or doc_id, or by month for a row dated to a month only."""
    if not table:
        return None
    given = table.get(rel) or table.get(r["doc_id"])
    if given is None and r.get("date") and r.get("date_precision") == "month":
        given = table.get(f"month:{r['date'][:7]}")
    return given


def resolve_dates(rows: list[dict], root: str, table=None) -> list[dict]:
    """Decide every row's date (module notes); ``table`` is the ``dates=`` mapping path -> ISO date."""
    orders = _folder_orders(rows, root)
    today = _dt.date.today().isoformat()
    for r in rows:
        r["_problems"] = []
        rel = rel_posix(r["path"], root) if r["path"] != root else os.path.basename(r["path"])
        year = folder_year(os.path.dirname(rel))
        given = _given(table, rel, r)
        order, why = orders.get(os.path.dirname(r["path"]), (None, ""))
        if given:
            if r.get("date") and r["date"] != given:
                r["_problems"].append(f"dates= gives {given}, the file {r['date']}; kept dates=")
            r.update(date=given, date_source="metadata", date_precision="day")
        elif r.get("date"):
            r.setdefault("date_source", "metadata")
            r["date_precision"] = r.get("date_precision") or "day"
        else:
            _choose(r, year, order)
            if r.get("date") and NO_DATE in (r.get("problems") or ""):
                r["problems"] = "; ".join(p for p in r["problems"].split("; ") if p != NO_DATE)
            if order and r.get("date_source") == "file name" and r["_name"].eight:
                r["date_order"] = f"{order} ({why})"
            elif why and r["_name"].eight and r.get("date_source") in (None, "folder"):
                r["_problems"].append(f"8-digit names of this folder not read: {why}")
        _check(r, year, today)
        if r["_problems"]:
            r["problems"] = "; ".join(([r["problems"]] if r.get("problems") else []) + r["_problems"])
        for k in PRIVATE_KEYS + ("_problems",):
            r.pop(k, None)
        if r.get("date") is None:
            r["date_source"], r["date_precision"] = None, None
    return [_columns_in_place(r) for r in rows]


def _columns_in_place(r: dict) -> dict:
    """The row with ``date_source`` and ``date_precision`` right after ``problems`` (one place in every table)."""
    out = {}
    for k, v in r.items():
        if k not in ("date_source", "date_precision"):
            out[k] = v
        if k == "problems":
            out["date_source"], out["date_precision"] = r.get("date_source"), r.get("date_precision")
    return out
