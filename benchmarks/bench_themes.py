"""Theme dictionary coverage and theme_frequency speed on the real corpora.

    .venv/bin/python benchmarks/bench_themes.py            # seed, FOMC (both folders), PBoC
    .venv/bin/python benchmarks/bench_themes.py --beige    # also time theme_frequency on the Beige Book

Prints, per corpus: documents, content tokens, the share of content tokens some bundled theme
covers, the themes with the most matches per 1,000 words, the most frequent uncovered words and
collocations (where the dictionary could grow), and the wall time of theme_frequency.
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
TARGETS = {
    "seed": ROOT / "data" / "000_bc21e2d4d2f283e7.txt",
    "fomc 1994-2016": CORPORA / "fomc-statements" / "1994-2016" / "statements",
    "fomc 2006-2025": CORPORA / "fomc-statements" / "2006-2025" / "data" / "statements",
    "pboc": CORPORA / "pboc-mpc",
}


def load(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(path)


def report(name: str, path: Path) -> None:
    if not path.exists():
        print(f"{name}: {path} not found, skipped")
        return
    corpus = load(path)
    t0 = time.perf_counter()
    tf = toolkit.theme_frequency(corpus)
    t_freq = time.perf_counter() - t0
    t0 = time.perf_counter()
    cov = toolkit.theme_coverage(corpus, n=10)
    t_cov = time.perf_counter() - t0
    content = int(cov.by_doc["content_tokens"].sum())
    top = tf.groupby("theme")["per_1k_words"].mean().sort_values(ascending=False).head(5)
    print(f"== {name}: {len(corpus)} documents, {content} content tokens")
    print(f"   coverage: {cov.share:.1%} of content tokens lie in a theme match "
          f"(per document: median {cov.by_doc['coverage'].median():.1%}, "
          f"min {cov.by_doc['coverage'].min():.1%}, max {cov.by_doc['coverage'].max():.1%})")
    print("   top themes (mean per 1k words): " + "; ".join(f"{t} {v:.1f}" for t, v in top.items()))
    print("   uncovered words: " + ", ".join(f"{w} {c}" for w, c in zip(cov.words["word"], cov.words["count"])))
    print("   uncovered collocations: " + ", ".join(cov.collocations["collocation"].head(8)))
    print(f"   theme_frequency {t_freq * 1000:.0f} ms, theme_coverage {t_cov:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beige", action="store_true", help="also time theme_frequency on the Beige Book")
    args = parser.parse_args()
    for name, path in TARGETS.items():
        report(name, path)
    if args.beige and (CORPORA / "beige-book").exists():
        corpus = load(CORPORA / "beige-book")
        chars = int(corpus["text"].str.len().sum())
        t0 = time.perf_counter()
        tf = toolkit.theme_frequency(corpus)
        took = time.perf_counter() - t0
        print(f"== beige book: theme_frequency on {len(corpus)} documents ({chars / 1e6:.1f} M characters): "
              f"{took:.2f} s, {chars / 1e6 / took:.1f} M characters/s, {len(tf)} rows")


if __name__ == "__main__":
    main()
