"""Tune on half of the dev split, check on the other half: the guard against fitting dev.

Run: .venv/bin/python benchmarks/dev_halves.py [--errors explore] [--ecosent] [--auc]

The dev split of toolkit/data/outlook_labelled.csv is cut in two BY DOCUMENT with a stable hash
(crc32 of ``doc_id`` modulo 2): ``explore`` (half 0), whose errors a developer reads to design rules,
and ``confirm`` (half 1), which is only scored (macro-F1 per source group), never read row by row.
A rule is kept only if it does not lower the confirm half. This script never loads the test split.
Each half is also scored on the labelled set's second draw alone (ids from L2001, documents the first
draw does not hold). The second draw came after six rounds of rules; from round 7 its explore rows are
read like the others', and its confirm rows (``confirm, 2nd draw``) are the one part of dev that no
rule was ever read from.

--errors explore   print the explore half's wrong rows (text, true, predicted); refuses ``confirm``
--ecosent          add macro-F1 on ../shared/eval/ecosent/gold_en.csv
--auc              add the FOMC recession AUC (document tone lower in NBER recessions)
"""
from __future__ import annotations

import argparse
import sys
import warnings
import zlib
from pathlib import Path

import pandas as pd

from toolkit.evaluation import LABELLED_SET, evaluate, flag_agreement

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


def group(source: str) -> str:
    return source if source in ("fomc", "pboc", "beige", "trade") else "other CBs"


def dev_halves() -> pd.DataFrame:
    """The dev rows only, with a ``half`` column (explore / confirm)."""
    data = pd.read_csv(LABELLED_SET, keep_default_na=False)
    data = data[data["split"] == "dev"].reset_index(drop=True)
    half = data["doc_id"].map(lambda d: zlib.crc32(d.encode()) % 2)
    return data.assign(half=half.map({0: "explore", 1: "confirm"}), group=data["source"].map(group))


SECOND_DRAW = "L2001"   # ids from here: the second draw of the labelled set (docs/labelling/GUIDELINES.md)


def scores(data: pd.DataFrame) -> pd.DataFrame:
    """Macro-F1 per half and source group; each half again on the second draw's rows alone
    (``confirm, 2nd draw``: sentences no rule was ever read from)."""
    rows = []
    second = data["id"] >= SECOND_DRAW
    halves = list(data.groupby("half"))
    if second.any():
        halves += [(f"{name}, 2nd draw", part[part["id"] >= SECOND_DRAW]) for name, part in halves]
    for name, part in halves:
        by = evaluate(part, methods=["outlook"], by="group")
        row = {"half": name, "n": len(part)}
        row.update(dict(zip(by["group"], by["macro_f1"].round(3))))
        flags = flag_agreement(part)
        row.update(dict(zip("fl_f1 unc_f1".split(), flags["f1"].round(3))))
        rows.append(row)
    return pd.DataFrame(rows).set_index("half")


def errors(data: pd.DataFrame) -> None:
    from toolkit.tone import score_texts

    part = data[data["half"] == "explore"].reset_index(drop=True)
    predicted = score_texts(part["text"].tolist())
    sign = {"negative": -1, "neutral": 0, "positive": 1}
    wrong = part.assign(pred=predicted["label"].map(sign).to_numpy(), score=predicted["score"].round(2).to_numpy())
    wrong = wrong[wrong["pred"].astype(int) != wrong["label"].astype(int)]
    with pd.option_context("display.width", 250, "display.max_colwidth", 220, "display.max_rows", 500):
        for r in wrong.itertuples():
            print(f"{r.id} {r.group:9s} true {int(r.label):+d} pred {int(r.pred):+d} ({r.score:+.2f}) | {r.text}")
    print(f"{len(wrong)} wrong of {len(part)}")


def fomc_auc() -> float:
    sys.argv[1:] = [str(SHARED)]  # bench_sentiment reads the shared folder from argv
    import bench_sentiment as bs
    from toolkit.evaluation import nber_recessions
    from toolkit.tone import document_tone

    statements = bs.fomc()
    flag = pd.Series(False, index=statements.index)
    for start, end in nber_recessions()[["start", "end"]].itertuples(index=False):
        flag |= statements["date"].between(start, end)
    dt = document_tone(statements)
    return bs.auc_lower(dt["tone"], pd.Series(flag.to_numpy(), index=dt.index))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", choices=["explore", "confirm"])
    ap.add_argument("--ecosent", action="store_true")
    ap.add_argument("--auc", action="store_true")
    args = ap.parse_args(argv)
    data = dev_halves()
    if args.errors == "confirm":
        print("the confirm half is only scored, never read row by row")
        return 2
    if args.errors:
        errors(data)
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(scores(data).to_string())
        if args.ecosent:
            gold = SHARED / "eval" / "ecosent" / "gold_en.csv"
            table = evaluate(gold, text="translation", label="value", methods=["outlook"])
            print(f"ecosent macro-F1 {table.loc[0, 'macro_f1']:.4f}")
        if args.auc:
            print(f"FOMC recession AUC {fomc_auc():.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
