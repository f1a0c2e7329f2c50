"""How clean the sentence table is, per corpus folder: sentences cut in two, headings glued to sentences.

For each folder (the ten central banks, PBoC, both FOMC sets, the Beige Book by default 1990-2009)
it loads the corpus, splits it with ``toolkit.sentences`` and prints, over the sentences of 7+ words:

* ``lower``: the share that start with a lower-case letter (the second half of a cut sentence);
* ``open``: the share that end without final punctuation (``.!?:;``, maybe behind quotes/brackets:
  the first half of a cut sentence, or a heading, table row or list line);
* ``heading``: the share that start with one of the 30 most frequent Beige Book section headings
  followed by a capitalised word ("Banking and Finance A survey ...": a heading glued to its
  sentence). The list was counted once on the whole Beige Book (1970-2020) and is fixed here, so the
  measure does not depend on the code it measures.

Usage (from the project folder, with ../shared beside it)::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/sentence_quality.py                  # every folder
    PYTHONPATH=$PWD .venv/bin/python benchmarks/sentence_quality.py --only korea beige
    PYTHONPATH=$PWD .venv/bin/python benchmarks/sentence_quality.py --examples 5     # show cut sentences
    PYTHONPATH=$PWD .venv/bin/python benchmarks/sentence_quality.py --time           # load + sentences, Beige 1990-2009
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"

#: the 30 most frequent section headings of the Beige Book 1970-2020 (run-in heading candidates at a
#: sentence start, counted on all 5,694 files)
BEIGE_HEADINGS = [
    "Manufacturing", "Consumer Spending", "Agriculture", "Real Estate and Construction",
    "Construction and Real Estate", "Banking and Finance", "Prices", "Energy", "Banking", "Services",
    "Retail", "Finance", "Agriculture and Natural Resources", "Retail Sales", "Wages and Prices",
    "Employment and Wages", "Construction", "Financial Services", "Financial Developments",
    "Consumer Spending and Tourism", "Summary", "Financial Institutions", "Overview",
    "Manufacturing and Other Business Activity", "Tourism", "Real Estate", "Retail Trade and Services",
    "Summary of Economic Activity", "Nonfinancial Services", "Residential Real Estate",
]
_HEADED = re.compile("(?:" + "|".join(sorted(map(re.escape, BEIGE_HEADINGS), key=len, reverse=True))
                     + r") [A-Z]")
_ENDED = re.compile(r"[.!?:;][\"'\u201d\u2019)\]*_]*$")


def folders(years: range) -> dict[str, Path]:
    """Name -> folder of every corpus measured; the Beige Book as a folder of links to ``years``."""
    out = {p.name: p for p in sorted((CORPORA / "central-banks").iterdir()) if p.is_dir()}
    out["pboc"] = CORPORA / "pboc-mpc"
    out["fomc-1994-2016"] = CORPORA / "fomc-statements" / "1994-2016" / "statements"
    out["fomc-2006-2025"] = CORPORA / "fomc-statements" / "2006-2025" / "data" / "statements"
    beige = Path(tempfile.mkdtemp(prefix="beige-")) / f"beige-{years.start}-{years.stop - 1}"
    beige.mkdir()
    for year in years:
        (beige / str(year)).symlink_to(CORPORA / "beige-book" / str(year), target_is_directory=True)
    out["beige"] = beige
    return out


def load_and_split(folder: Path):
    """(corpus, sentence table) of a folder, its load warnings silenced."""
    import toolkit

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder)
    return corpus, toolkit.sentences(corpus)


def measures(sents) -> dict[str, float]:
    """The shares of the module notes over the sentences of 7+ words."""
    text = sents["sentence"].astype(str)
    long = text[text.str.split().str.len() >= 7]
    return {
        "sentences": len(text),
        "lower": float(np.mean([s[:1].islower() for s in long])) if len(long) else 0.0,
        "open": float(np.mean([not _ENDED.search(s) for s in long])) if len(long) else 0.0,
        "heading": float(np.mean([bool(_HEADED.match(s)) for s in long])) if len(long) else 0.0,
    }


def examples(sents, k: int) -> list[str]:
    """``k`` sentences of 7+ words that start in lower case (a cut's second half), from the middle."""
    text = sents["sentence"].astype(str)
    cut = text[(text.str.split().str.len() >= 7) & text.str[:1].str.islower()]
    return cut.iloc[len(cut) // 3: len(cut) // 3 + k].tolist()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="folder names containing these words")
    parser.add_argument("--examples", type=int, default=0, help="show this many cut sentences per folder")
    parser.add_argument("--beige-years", default="1990-2009", help="Beige Book years, FIRST-LAST")
    parser.add_argument("--time", action="store_true", help="time load_corpus + sentences on the Beige Book only")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        raise SystemExit(f"{CORPORA} not found: put ../shared beside the project")
    first, last = map(int, args.beige_years.split("-"))
    chosen = folders(range(first, last + 1))
    if args.time:
        chosen = {"beige": chosen["beige"]}
    elif args.only:
        chosen = {n: p for n, p in chosen.items() if any(w in n for w in args.only)}
    print(f"{'folder':34s} {'docs':>6s} {'sentences':>9s} {'lower':>7s} {'open':>7s} {'heading':>8s}")
    for name, folder in chosen.items():
        t0 = time.perf_counter()
        corpus, sents = load_and_split(folder)
        took = time.perf_counter() - t0
        m = measures(sents)
        print(f"{name:34s} {len(corpus):6d} {m['sentences']:9d} {m['lower']:7.2%} {m['open']:7.2%} "
              f"{m['heading']:8.2%}" + (f"  load+sentences {took:.2f} s" if args.time else ""))
        for s in examples(sents, args.examples):
            print(f"    {s[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
