"""The scorers on the labelled set (toolkit/data/outlook_labelled.csv): tone, forward-looking, certainty.

Run: .venv/bin/python benchmarks/bench_labelled.py [--split dev|test|all]   (dev by default: tune on dev only)

The set has 3,815 sentences of 14 sources and 9 kinds of release (dev 2,999, test 816), split by
document (guidelines and sampling: docs/labelling/). Rules are tuned on the dev split only; the test
split is for figures reported at the end of a round of tuning, never for choosing a rule. For each split it prints:

- tone: ``toolkit.evaluate`` for outlook and VADER (accuracy, macro-F1), overall, on real sentences
  only (no written trade-press sentences), and per source group;
- forward-looking: F1 of ``forward_looking`` against the ``forward_looking`` label (yes = positive class),
  beside a one-line keyword regex (will/expect/outlook/forecast/...);
- certainty: F1 of ``uncertainty > 0`` against ``certainty == "uncertain"``, beside a one-line hedge
  regex (may/might/could/uncertain/risk/...).
"""
from __future__ import annotations

import argparse
import re

import pandas as pd

from toolkit.evaluation import LABELLED_SET, evaluate, flag_agreement

FORWARD_REGEX = re.compile(r"\b(?:will|would|expect\w*|outlook|forecast\w*|project\w*|anticipat\w*|going forward|"
                           r"coming|next|future|plan\w*)\b", re.I)
HEDGE_REGEX = re.compile(r"\b(?:may|might|could|uncertain\w*|risk\w*|possibl\w*|likely|unclear|perhaps|"
                         r"appear\w*|seem\w*)\b", re.I)


def group(source: str) -> str:
    return source if source in ("fomc", "pboc", "beige", "trade") else "other central banks"


def report(data: pd.DataFrame, title: str) -> None:
    print(f"\n==== {title}: {len(data)} sentences")
    tone = evaluate(data, methods=["outlook", "vader"])
    print(tone[["method", "n", "accuracy", "macro_f1", "f1_negative", "f1_neutral", "f1_positive"]]
          .round(3).to_string(index=False))
    real = data[data["origin"] != "written"]
    real_tone = evaluate(real, methods=["outlook"])
    print(f"outlook, real sentences only: macro-F1 {real_tone.loc[0, 'macro_f1']:.3f} (n={len(real)})")
    by = evaluate(data.assign(group=data["source"].map(group)), methods=["outlook", "vader"], by="group")
    table = by[by["group"] != "all"].pivot(index="group", columns="method", values="macro_f1").round(3)
    print("tone macro-F1 by source group:\n" + table.to_string())

    print("flags, outlook scorer:\n" + flag_agreement(data).round(3).to_string(index=False))
    regexes = pd.DataFrame({"forward_looking": data["text"].str.contains(FORWARD_REGEX),
                            "uncertainty": data["text"].str.contains(HEDGE_REGEX).astype(int)})
    print("flags, one-line regex baselines:\n" + flag_agreement(data, scored=regexes).round(3).to_string(index=False))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["test", "dev", "all"], default="dev")
    args = ap.parse_args(argv)
    data = pd.read_csv(LABELLED_SET, keep_default_na=False)
    if args.split != "all":
        data = data[data["split"] == args.split].reset_index(drop=True)
    report(data, f"labelled set, split {args.split}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
