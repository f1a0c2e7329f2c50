"""Print toolkit.evaluate() for the tone scorers on ecosent gold and on the outlook development set.

Run: .venv/bin/python benchmarks/bench_sentiment_eval.py [path-to-shared]
     TOOLKIT_LM_PATH=/path/to/Loughran-McDonald_MasterDictionary.csv .venv/bin/python benchmarks/bench_sentiment_eval.py

Methods: outlook and vader always, lm when TOOLKIT_LM_PATH is set (the dictionary is not shipped).
Sets: ecosent gold (../shared/eval/ecosent/gold_en.csv, text ``translation``, label ``value``),
the development set toolkit/data/outlook_dev.csv (all rows, real sentences only, and per source),
each with its confusion matrices.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd

from toolkit.evaluation import DEV_SET, evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
DEV = DEV_SET
COLUMNS = ["method", "n", "accuracy", "macro_f1", "f1_negative", "f1_neutral", "f1_positive", "seconds", "note"]


def show(title: str, table: pd.DataFrame, by: str | None = None) -> None:
    print(f"\n== {title}")
    cols = ([by] if by else []) + COLUMNS
    with pd.option_context("display.width", 160, "display.max_colwidth", 70):
        print(table[cols].round(3).to_string(index=False))
    for method, cm in table.attrs.get("confusion", {}).items():
        print(f"-- confusion, {method} (rows true, columns predicted)")
        print(cm.to_string())


def main() -> int:
    methods = ["outlook", "vader"] + (["lm"] if os.environ.get("TOOLKIT_LM_PATH") else [])
    print(f"methods: {', '.join(methods)}" + ("" if "lm" in methods else "  (set TOOLKIT_LM_PATH to add lm)"))
    gold = SHARED / "eval" / "ecosent" / "gold_en.csv"
    if gold.is_file():
        show(f"ecosent gold ({gold})", evaluate(gold, text="translation", label="value", methods=methods))
    else:
        print(f"\n== ecosent gold: not found at {gold}; pass the shared folder as the first argument")
    dev = pd.read_csv(DEV, keep_default_na=False)
    show(f"outlook dev set, all rows (toolkit/data/{DEV.name})", evaluate(dev, methods=methods))
    show("outlook dev set, real sentences only (origin corpus or seed)",
         evaluate(dev[dev["origin"] != "written"], methods=methods))
    by_source = evaluate(dev, methods=methods, by="source")
    by_source.attrs.pop("confusion", None)
    show("outlook dev set by source", by_source[by_source["source"] != "all"], by="source")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
