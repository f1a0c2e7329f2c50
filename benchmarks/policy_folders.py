"""Per central-bank folder: the share of releases with a parsed policy decision, and examples left "other".

    PYTHONPATH=$PWD python benchmarks/policy_folders.py [../shared/corpora]
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import toolkit


def folders(root: Path):
    yield from sorted(p for p in (root / "central-banks").iterdir() if p.is_dir())
    yield root / "pboc-mpc"
    yield root / "fomc-statements" / "1994-2016" / "statements"
    yield root / "fomc-statements" / "2006-2025" / "data" / "statements"


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0] if args else Path(__file__).resolve().parents[1].parent / "shared" / "corpora")
    for folder in folders(root):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = toolkit.load_corpus(folder)
        d = toolkit.policy_decisions(corpus)
        parsed = int((d["action"] != "other").sum())
        print(f"{folder.relative_to(root)}: {len(corpus)} releases, {len(d)} state a decision, {parsed} parsed "
              f"({parsed / max(len(corpus), 1):.0%}); {d['action'].value_counts().to_dict()}; "
              f"vote known {int(d['n_dissents'].notna().sum())}")
        for sentence in d.loc[d["action"] == "other", "sentence"].head(2):
            print(f"    other: {sentence[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
