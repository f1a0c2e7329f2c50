"""Two annotators against each other, and the scorer against each: the human ceiling of the labelled set.

Run: .venv/bin/python benchmarks/bench_agreement.py [--split dev|test|all]   (dev by default)

The labelled set (toolkit/data/outlook_labelled.csv, ``LABELLED_SET``) was labelled once; a second
annotation of the same rows (toolkit/data/outlook_labelled_second.csv, ``SECOND_ANNOTATION``) was made
later by other annotators under the same guidelines, who saw neither the first labels nor the scorer's
output. For the split it prints, per source group:

- human agreement (``annotator_agreement``): tone agreement, Cohen's kappa and macro-F1 of one annotator
  read against the other; forward-looking and uncertain F1;
- the outlook scorer's tone macro-F1 against the first annotation (the figure the README reports),
  against the second, and on the rows where the two annotators agree;
- the scorer's forward-looking and uncertain F1 against each annotation.
"""
from __future__ import annotations

import argparse
import warnings

import pandas as pd

from toolkit.evaluation import LABELLED_SET, SECOND_ANNOTATION, annotator_agreement, flag_agreement, label_metrics
from toolkit.tone import score_texts

SIGN = {"negative": "-1", "neutral": "0", "positive": "1"}


def group(source: str) -> str:
    return source if source in ("fomc", "pboc", "beige", "trade") else "other CBs"


def _flag_f1(part: pd.DataFrame, scored: pd.DataFrame, suffix: str) -> dict:
    """The scorer's flag F1 (``flag_agreement``) against one annotation's flags (columns + ``suffix``)."""
    flags = part[["forward_looking" + suffix, "certainty" + suffix]].set_axis(["forward_looking", "certainty"], axis=1)
    f1 = flag_agreement(flags.assign(text=part["text"]), scored=scored).set_index("measure")["f1"]
    return {"forward": f1["forward_looking"], "uncertain": f1["uncertain"]}


def scorer_rows(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """The scorer's figures against each annotation, per group (rows both annotators kept)."""
    data = first.merge(second, on="id", suffixes=("", "_2"))
    data = data[data["label_2"] != "drop"].reset_index(drop=True)
    scored = score_texts(data["text"].tolist())
    predicted = scored["label"].map(SIGN).to_numpy()
    rows = []
    for g, part in [("all", data.index)] + list(data.groupby("group").groups.items()):
        p, one, two = predicted[part], data.loc[part, "label"].to_numpy(), data.loc[part, "label_2"].to_numpy()
        same = one == two
        rows_of, scored_of = data.loc[part], scored.loc[part].reset_index(drop=True)
        first_f1, second_f1 = (_flag_f1(rows_of.reset_index(drop=True), scored_of, s) for s in ("", "_2"))
        rows.append({"group": g, "n": len(part), "tone vs first": label_metrics(one, p)["macro_f1"],
                     "tone vs second": label_metrics(two, p)["macro_f1"],
                     "n agreed": int(same.sum()), "tone where they agree": label_metrics(one[same], p[same])["macro_f1"],
                     "forward vs first": first_f1["forward"], "forward vs second": second_f1["forward"],
                     "uncertain vs first": first_f1["uncertain"], "uncertain vs second": second_f1["uncertain"]})
    return pd.DataFrame(rows).set_index("group")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    args = ap.parse_args(argv)
    first = pd.read_csv(LABELLED_SET, dtype=str, keep_default_na=False)
    second = pd.read_csv(SECOND_ANNOTATION, dtype=str, keep_default_na=False)
    if args.split != "all":
        first = first[first["split"] == args.split]
    first = first.assign(group=first["source"].map(group))
    second = second[second["id"].isin(first["id"])]
    human = annotator_agreement(first, second, by="group")
    print(f"==== split {args.split}: human agreement (second annotation against the first)")
    tone = human[human["measure"] == "label"].set_index("group")
    flags = human[human["measure"] != "label"].pivot(index="group", columns="measure", values="f1")
    table = tone[["n", "agreement", "kappa", "macro_f1"]].join(flags.add_suffix(" F1"))
    counts = tone.loc["all", ["n_first_only", "n_second_only", "n_dropped"]].to_dict()
    with pd.option_context("display.width", 200):
        print(table.round(3).to_string())
        print(f"not compared: {counts}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            print(f"\n==== split {args.split}: the outlook scorer against each annotation")
            print(scorer_rows(first, second).round(3).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
