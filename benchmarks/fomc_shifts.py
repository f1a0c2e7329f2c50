"""The five largest tone shifts in the FOMC statements 1994-2025, and whether they match known
turning points of US monetary policy.

    .venv/bin/python benchmarks/fomc_shifts.py [--n 5] [--shared ../shared]

Loads both FOMC archives (1994-2016 hard-wrapped .txt, 2006-2025 Markdown; same-date copies are
left out by ``toolkit.timeline``), builds the per-statement timeline and prints
``toolkit.largest_shifts`` with the nearest known turning point within ``--window`` days.
"""
from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import pandas as pd

import toolkit

# Dates a reader of FOMC history would call turning points (policy-cycle starts and ends,
# emergency actions, crisis statements, big changes in guidance), from the Board's press releases.
TURNING_POINTS = {
    "1994-02-04": "first hike of the 1994 tightening",
    "1995-07-06": "first cut after the 1994-95 tightening",
    "1998-09-29": "LTCM / Russia cut",
    "1998-10-15": "inter-meeting cut (LTCM)",
    "1999-06-30": "first hike of the 1999-2000 tightening",
    "2001-01-03": "emergency cut, start of the 2001 easing",
    "2001-09-17": "post-9/11 emergency cut",
    "2003-05-06": "deflation-risk language ('unwelcome fall in inflation')",
    "2004-06-30": "first hike of the 2004-06 tightening",
    "2006-06-29": "last hike of the 2004-06 tightening",
    "2007-08-17": "credit turmoil statement (downside risks increased)",
    "2007-09-18": "first cut of the 2007-08 easing",
    "2008-01-22": "emergency 75bp cut",
    "2008-03-11": "liquidity facilities announcement (TSLF)",
    "2008-03-18": "75bp cut after Bear Stearns",
    "2008-10-08": "coordinated emergency cut",
    "2008-12-16": "zero lower bound",
    "2009-03-18": "QE1 expansion",
    "2010-11-03": "QE2",
    "2011-08-09": "'mid-2013' date guidance",
    "2012-09-13": "QE3",
    "2013-12-18": "taper announced",
    "2015-12-16": "liftoff",
    "2018-12-19": "last hike of the 2015-18 cycle",
    "2019-07-31": "first cut of 2019",
    "2020-03-03": "COVID emergency cut",
    "2020-03-15": "COVID zero lower bound",
    "2022-03-16": "first hike of the 2022-23 tightening",
    "2023-07-26": "last hike of the 2022-23 tightening",
    "2024-09-18": "first cut of 2024",
}


# Announcements filed among the statements that are not monetary-policy statements: liquidity and
# swap-line announcements (their own dates) and two documents released beside a regular statement.
NOT_POLICY_DATES = {"2007-08-10", "2008-03-11", "2010-05-09"}
NOT_POLICY_IDS = ("statement-regarding-monetary-policy-implementation", "announces-updates-that-further-enhance")


def fomc_corpus(shared: Path, policy_only: bool) -> pd.DataFrame:
    root = shared / "corpora" / "fomc-statements"
    old = toolkit.load_corpus(root / "1994-2016" / "statements")
    new = toolkit.load_corpus(root / "2006-2025" / "data" / "statements")
    if "type" in new.columns:  # the "longer-run goals" documents are not statements
        new = new[new["type"].fillna("meeting") == "meeting"]
    corpus = pd.concat([old, new], ignore_index=True)
    if policy_only:
        day = corpus["date"].dt.strftime("%Y-%m-%d")
        other = day.isin(NOT_POLICY_DATES) | corpus["doc_id"].str.contains("|".join(NOT_POLICY_IDS))
        corpus = corpus[~other]
    return corpus


def nearest_turning_point(date: pd.Timestamp, window: int) -> str:
    best = min(TURNING_POINTS, key=lambda d: abs(pd.Timestamp(d) - date))
    days = (date - pd.Timestamp(best)).days
    if abs(days) > window:
        return f"no (nearest: {best} {TURNING_POINTS[best]}, {days:+d} d)"
    return f"yes: {best} {TURNING_POINTS[best]}" + (f" ({days:+d} d)" if days else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--window", type=int, default=45, help="days either side that count as a match")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()

    for policy_only in (False, True):
        print("#" * 100)
        print("# " + ("policy statements only (liquidity/swap-line and other announcements left out)"
                      if policy_only else "every document in the statement archives"))
        print("#" * 100)
        t0 = time.perf_counter()
        corpus = fomc_corpus(args.shared, policy_only)
        report(corpus, args, time.perf_counter() - t0)


def report(corpus: pd.DataFrame, args, load_seconds: float) -> None:
    t1 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the copies left out are counted below
        tl = toolkit.timeline(corpus, by="date", progress=False)
    t2 = time.perf_counter()
    excluded = tl.attrs["excluded"]
    print(f"FOMC statements: {len(corpus)} documents loaded in {load_seconds:.1f} s; timeline of {len(tl)} releases "
          f"({tl['date'].min():%Y-%m-%d} .. {tl['date'].max():%Y-%m-%d}) in {t2 - t1:.1f} s; "
          f"{len(excluded)} documents left out ({excluded['reason'].str.split(' of ').str[0].value_counts().to_dict()})")
    print(f"tone: mean {tl['tone'].mean():+.3f}, sd {tl['tone'].std():.3f}; |change| median "
          f"{tl['tone_change'].abs().median():.3f}; similarity to previous median {tl['similarity_prev'].median():.3f}\n")

    for on in ("tone", "z", "themes", "similarity"):
        top = toolkit.largest_shifts(tl, n=args.n, on=on)
        print(f"== {args.n} largest shifts by {on} ==")
        hits = 0
        for r in top.itertuples(index=False):
            clear = f"z {r.z:+.1f}, " + ("intervals apart" if r.clear else "intervals overlap")
            match = nearest_turning_point(pd.Timestamp(r.date), args.window)
            hits += match.startswith("yes")
            print(f"{r.release}  (after {r.previous})  tone {r.tone_prev:+.2f} -> {r.tone:+.2f} "
                  f"({r.tone_change:+.2f}, {clear}); similarity {r.similarity_prev:.2f}; themes moved "
                  f"{r.theme_change:.2f}: {r.themes_moved}\n    known turning point? {match}")
        print(f"-> {hits} of {len(top)} within {args.window} days of a known turning point\n")


if __name__ == "__main__":
    main()
