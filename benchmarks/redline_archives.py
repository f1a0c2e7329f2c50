"""Redline each FOMC statement found in both archives (1994-2016 hard-wrapped .txt and 2006-2025
Markdown) against its other copy: a copy should redline as all unchanged. Prints how many do,
the time per pair, and what differs in the others.

    .venv/bin/python benchmarks/redline_archives.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import toolkit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    root = args.shared / "corpora" / "fomc-statements"
    warnings.simplefilter("ignore")
    txt = toolkit.load_corpus(root / "1994-2016" / "statements")
    md = toolkit.load_corpus(root / "2006-2025" / "data" / "statements")
    md = md[md["doc_id"].str.endswith("-fomc-statement")]
    dates = sorted(set(txt["date"].dropna()) & set(md["date"].dropna()))
    differ = []
    t0 = time.perf_counter()
    for d in dates:
        r = toolkit.redline(toolkit.select(txt, date=d), toolkit.select(md, date=d), method=None)
        if not (r["status"] == "unchanged").all():
            changed = r[r["status"] != "unchanged"]
            differ.append((f"{d:%Y-%m-%d}", changed["status"].value_counts().to_dict(),
                           [(s.old or s.new)[:70] for s in changed.itertuples()][:2]))
    seconds = time.perf_counter() - t0
    print(f"{len(dates)} statements in both archives; {len(dates) - len(differ)} redline as all unchanged; "
          f"{1000 * seconds / max(len(dates), 1):.0f} ms per pair (sentence split + alignment, no scoring)")
    for date, counts, examples in differ:
        print(f"  {date}: {counts}  e.g. {examples}")


if __name__ == "__main__":
    main()
