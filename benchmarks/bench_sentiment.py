"""Speed and validity of the tone scorers: sentences per second against vaderSentiment, macro-F1 on
ecosent gold, and how well document tone separates FOMC statements issued in NBER recessions.

Run:  .venv/bin/python benchmarks/bench_sentiment.py [path-to-shared]
      TOOLKIT_LM_PATH=/path/to/Loughran-McDonald_MasterDictionary.csv .venv/bin/python benchmarks/bench_sentiment.py

Speed, two figures, each on the same sentences for VADER (one by one, its API) and for
``score_texts(method="outlook")`` (one call), with and without the ``terms`` lists:

* distinct: every distinct sentence of the FOMC statements and PBoC statements (as split by
  toolkit.sentences), so no sentence repeats - the scorer's own speed;
* bulk: every sentence of the Beige Book 2000-2009 as it comes, repeats included. The outlook scorer
  scores each distinct text once and copies the result to its repeats (VADER scores every row), so
  this ratio is higher; the share of repeated sentences is printed beside it.

CPU time (``time.process_time``, best of three runs; VADER on the bulk set: one run) is used so that
other work on the machine does not distort the ratio; wall-clock figures are printed beside it.
"""
from __future__ import annotations

import os
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

import toolkit
from toolkit.evaluation import evaluate, nber_recessions
from toolkit.tone import document_tone, score_texts

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


def load(path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(path)


def fomc() -> pd.DataFrame:
    old = load(CORPORA / "fomc-statements" / "1994-2016" / "statements")
    new = load(CORPORA / "fomc-statements" / "2006-2025" / "data" / "statements")
    new = new[new["type"] != "longer-run-goals"]
    return pd.concat([old[~old["date"].isin(set(new["date"]))], new], ignore_index=True)


def best_of(fn, runs: int = 3) -> tuple[float, float]:
    """(CPU seconds, wall seconds), the best of ``runs``."""
    cpu = wall = float("inf")
    for _ in range(runs):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu, wall = min(cpu, time.process_time() - c), min(wall, time.perf_counter() - w)
    return cpu, wall


def speed(sentences: list[str], what: str, vader_runs: int = 2) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    score_texts(sentences[:50])  # compile the lexicon once
    n = len(sentences)
    v_cpu, v_wall = best_of(lambda: [vader.polarity_scores(s) for s in sentences], runs=vader_runs)
    repeats = 1 - len(set(sentences)) / n
    print(f"\n== speed on {n:,} {what} (mean {np.mean([len(s) for s in sentences]):.0f} characters; "
          f"{repeats:.0%} of them repeat an earlier one)")
    print(f"{'scorer':34s} {'sent/s (CPU)':>13s} {'x VADER':>8s} {'sent/s (wall)':>14s}")
    print(f"{'vaderSentiment polarity_scores':34s} {n / v_cpu:13,.0f} {1.0:8.1f} {n / v_wall:14,.0f}")
    for name, kwargs in (("outlook score_texts", {}), ("outlook score_texts(detail=False)", {"detail": False})):
        cpu, wall = best_of(lambda: score_texts(sentences, **kwargs))
        print(f"{name:34s} {n / cpu:13,.0f} {v_cpu / cpu:8.1f} {n / wall:14,.0f}")


def auc_lower(tone: pd.Series, flag: pd.Series) -> float:
    a, b = tone[flag].to_numpy(), tone[~flag].to_numpy()
    return float(((a[:, None] < b[None, :]).sum() + 0.5 * (a[:, None] == b[None, :]).sum()) / (len(a) * len(b)))


def main() -> int:
    methods = ["outlook", "vader"] + (["lm"] if os.environ.get("TOOLKIT_LM_PATH") else [])
    print(f"methods: {', '.join(methods)}" + ("" if "lm" in methods else
          "  (lm not measured: set TOOLKIT_LM_PATH to the Loughran-McDonald master dictionary CSV)"))
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}; pass the shared folder as the first argument")
        return 1
    statements = fomc()
    pboc = load(CORPORA / "pboc-mpc")
    sents = pd.concat([toolkit.sentences(statements), toolkit.sentences(pboc)])["sentence"]
    speed(sents.drop_duplicates().tolist(), "distinct FOMC + PBoC sentences")
    beige_dirs = [CORPORA / "beige-book" / str(year) for year in range(2000, 2010)]
    if all(d.is_dir() for d in beige_dirs):
        beige = pd.concat([load(d) for d in beige_dirs], ignore_index=True)
        speed(toolkit.sentences(beige)["sentence"].tolist(),
              "Beige Book 2000-2009 sentences, repeats included (bulk)", vader_runs=1)

    gold = SHARED / "eval" / "ecosent" / "gold_en.csv"
    if gold.is_file():
        table = evaluate(gold, text="translation", label="value", methods=methods)
        print(f"\n== ecosent gold ({len(pd.read_csv(gold))} headlines): macro-F1")
        print(table[["method", "accuracy", "macro_f1", "f1_negative", "f1_neutral", "f1_positive"]]
              .round(3).to_string(index=False))

    in_recession = pd.Series(False, index=statements.index)
    for start, end in nber_recessions()[["start", "end"]].itertuples(index=False):
        in_recession |= statements["date"].between(start, end)
    crisis = pboc["date"].between("2008-10-01", "2009-06-30") | pboc["date"].between("2020-01-01", "2020-06-30")
    print(f"\n== document tone: FOMC {len(statements)} statements ({statements['date'].nunique()} dates, "
          f"{int(in_recession.sum())} in NBER recessions); PBoC {len(pboc)} statements ({int(crisis.sum())} "
          "in 2008Q4-2009Q2 and 2020H1)")
    print(f"{'method':8s} {'FOMC AUC (recession lower)':>27s} {'PBoC crisis mean':>17s} {'PBoC median':>12s}")
    for method in methods:
        t0 = time.perf_counter()
        dt = document_tone(statements, method=method)
        auc = auc_lower(dt["tone"], pd.Series(in_recession.to_numpy(), index=dt.index))
        pt = document_tone(pboc, method=method)
        print(f"{method:8s} {auc:27.3f} {pt.loc[crisis.to_numpy(), 'tone'].mean():17.3f} "
              f"{pt['tone'].median():12.3f}   ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
