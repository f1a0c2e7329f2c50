"""Join the unlabelled sample with the annotators' parts into toolkit/data/outlook_labelled.csv.

Reads ``sample.csv`` (``id, source, kind, doc_id, date, split, text, origin``, written by
``sample_labelled.py``) and every ``part*.csv`` beside it (``id, label, forward_looking, certainty,
note``), checks them and writes ``id, source, kind, doc_id, date, split, text, label, forward_looking,
certainty, origin``. Checks, each a clear error naming the file and the rows: every part id is in the
sample, no id is labelled twice, ``label`` is ``-1``/``0``/``1``/``drop``, ``forward_looking`` is
``yes``/``no`` and ``certainty`` ``certain``/``uncertain`` on kept rows. Rows labelled ``drop`` are left
out and counted; sample rows that no part labels yet are counted and reported, never written.
Prints counts per source, kind and split.

Usage (from the project root)::

    python docs/labelling/assemble.py --labels /tmp/labels
    python docs/labelling/assemble.py --labels /tmp/labels --out toolkit/data/outlook_labelled.csv
    # the second draw, after the first draw's rows:
    python docs/labelling/assemble.py --labels /tmp/labels2 --append-to toolkit/data/outlook_labelled.csv \
        --out toolkit/data/outlook_labelled.csv
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "toolkit" / "data" / "outlook_labelled.csv"
SAMPLE_COLUMNS = ["id", "source", "kind", "doc_id", "date", "split", "text", "origin"]
PART_COLUMNS = ["id", "label", "forward_looking", "certainty", "note"]
COLUMNS = ["id", "source", "kind", "doc_id", "date", "split", "text", "label", "forward_looking",
           "certainty", "origin"]
VALUES = {"label": {"-1", "0", "1"}, "forward_looking": {"yes", "no"}, "certainty": {"certain", "uncertain"}}


def read_csv(path: Path, columns: list[str]) -> pd.DataFrame:
    """A CSV read as text, with the columns checked."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}; expected {columns}")
    return df[columns].apply(lambda col: col.str.strip())


def read_parts(folder: Path, sample_ids: set) -> pd.DataFrame:
    """Every part*.csv of the folder, checked against the sample and against each other."""
    paths = sorted(folder.glob("part*.csv"))
    if not paths:
        raise FileNotFoundError(f"no part*.csv in {folder}: the annotators write part0.csv, part1.csv, ...")
    parts = []
    for path in paths:
        part = read_csv(path, PART_COLUMNS).assign(part=path.name)
        unknown = sorted(set(part["id"]) - sample_ids)
        if unknown:
            raise ValueError(f"{path}: {len(unknown)} id(s) not in the sample, e.g. {unknown[:5]}")
        parts.append(part)
    labels = pd.concat(parts, ignore_index=True)
    twice = labels[labels["id"].duplicated(keep=False)]
    if len(twice):
        raise ValueError(f"ids labelled twice: {twice[['id', 'part']].head(10).values.tolist()}; keep one")
    check_values(labels)
    return labels


def check_values(labels: pd.DataFrame) -> None:
    """Label values as GUIDELINES.md defines them; a dropped row needs a note."""
    keep = labels["label"] != "drop"
    bad = labels.loc[~labels["label"].isin(VALUES["label"] | {"drop"}), ["id", "part", "label"]]
    for column in ("forward_looking", "certainty"):
        wrong = labels.loc[keep & ~labels[column].isin(VALUES[column]), ["id", "part", column]]
        bad = pd.concat([bad, wrong.rename(columns={column: "label"})])
    if len(bad):
        raise ValueError(f"{len(bad)} bad label value(s), e.g. {bad.head(10).values.tolist()}; "
                         f"allowed: {VALUES} and label=drop")
    silent = labels.loc[~keep & (labels["note"] == ""), "id"].tolist()
    if silent:
        raise ValueError(f"dropped rows without a note saying why: {silent[:10]}")


def assemble(folder: Path) -> tuple[pd.DataFrame, dict]:
    """The labelled table and the counts of dropped and not-yet-labelled rows."""
    sample = read_csv(folder / "sample.csv", SAMPLE_COLUMNS)
    if not sample["id"].is_unique:
        raise ValueError(f"{folder / 'sample.csv'}: duplicate ids")
    labels = read_parts(folder, set(sample["id"]))
    joined = sample.merge(labels, on="id", how="left", validate="one_to_one")
    unlabelled = joined["label"].isna()
    dropped = joined["label"] == "drop"
    counts = {"sample": len(sample), "labelled": int((~unlabelled).sum()), "dropped": int(dropped.sum()),
              "unlabelled": int(unlabelled.sum()),
              "drop notes": joined.loc[dropped, "note"].value_counts().to_dict()}
    table = joined.loc[~unlabelled & ~dropped, COLUMNS].reset_index(drop=True)
    return table, counts


def append_to(base: Path, table: pd.DataFrame) -> pd.DataFrame:
    """The labelled CSV ``base`` followed by ``table`` (a second draw): no id or sentence in both."""
    first = read_csv(base, COLUMNS)
    clash = sorted(set(first["id"]) & set(table["id"]))
    if clash:
        raise ValueError(f"{base}: {len(clash)} id(s) already there, e.g. {clash[:5]}; number the draw apart "
                         "(sample_labelled.py --first-id)")
    again = table.loc[table["text"].str.lower().isin(set(first["text"].str.lower())), "id"].tolist()
    if again:
        raise ValueError(f"{len(again)} sentence(s) already in {base}, e.g. {again[:5]}")
    return pd.concat([first, table], ignore_index=True)


def report(table: pd.DataFrame, counts: dict) -> str:
    """Counts per source, kind and split, as text."""
    lines = [f"sample {counts['sample']}, labelled {counts['labelled']}, dropped {counts['dropped']}, "
             f"not yet labelled {counts['unlabelled']}, written {len(table)}"]
    lines[0] += "".join(f"\n  dropped {n}: {reason}" for reason, n in counts["drop notes"].items())
    for by in ("source", "kind"):
        lines.append(pd.crosstab(table[by], table["split"], margins=True).to_string())
    for label in ("label", "forward_looking", "certainty"):
        lines.append(pd.crosstab(table[label], table["split"], margins=True).to_string())
    return "\n\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=Path("/tmp/labels"),
                    help="folder with sample.csv and part*.csv (default /tmp/labels)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"CSV to write (default {OUT.relative_to(ROOT)})")
    ap.add_argument("--append-to", type=Path, help="a labelled CSV whose rows come first (a second draw "
                    "is appended to the first); ids and sentences must not repeat")
    args = ap.parse_args(argv)
    try:
        table, counts = assemble(args.labels)
        if args.append_to:
            table = append_to(args.append_to, table)
    except (ValueError, FileNotFoundError) as err:
        sys.exit(f"assemble.py: {err}")
    table.to_csv(args.out, index=False)
    print(report(table, counts))
    print(f"\n{len(table)} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
