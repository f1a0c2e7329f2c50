"""The token table's memory, theme counting on RE2 against ``re``, and simplemma's cold start (issue 14).

Run from the project folder, with ``../shared`` beside it::

    .venv/bin/python benchmarks/bench_token_table.py                  # Beige Book 1990-2009
    .venv/bin/python benchmarks/bench_token_table.py --years 2000-2009

Prints, for the Beige Book years chosen (a temporary folder of links; nothing is written beside the
corpus):

* the token table: rows, MB per column and in all (``memory_usage(deep=True)``), and the ratio to the
  text (``corpus["text"].memory_usage(deep=True)``); CPU seconds of ``tokens(sents)``;
* theme counting: CPU seconds of the ``re`` matcher text by text and of the RE2 kernels on the same
  texts (best of 3; the counts are checked equal);
* simplemma's cold start: CPU seconds of a fresh process running ``tokens`` + ``theme_frequency`` on
  the seed article with an empty lemma table (simplemma loaded), then again with the table filled
  (simplemma not imported), in a temporary cache folder.

CPU seconds (user + system) are the figures to compare on a shared machine; the load average is printed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
BEIGE = ROOT.parent / "shared" / "corpora" / "beige-book"


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def corpus_of_years(years: str, tmp: Path):
    import toolkit

    first, last = (int(y) for y in years.split("-"))
    view = tmp / f"beige-{first}-{last}"
    view.mkdir()
    for year in range(first, last + 1):
        if (BEIGE / str(year)).is_dir():
            (view / str(year)).symlink_to(BEIGE / str(year), target_is_directory=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(view, progress=False)


def token_table(corpus) -> None:
    import toolkit

    sents = toolkit.sentences(corpus)
    toolkit.tokens(sents.head(1000))  # lemma table and lexicons warm, as in a notebook's second run
    c0 = cpu()
    toks = toolkit.tokens(sents)
    took = cpu() - c0
    text_mb = corpus["text"].memory_usage(deep=True, index=False) / 1e6
    per_col = toks.memory_usage(deep=True, index=False) / 1e6
    print(f"token table: {len(toks):,} rows; tokens(sents) {took:.2f} CPU s")
    print("  " + ", ".join(f"{c} {mb:.1f}" for c, mb in per_col.items()) + " (MB)")
    print(f"  total {per_col.sum():.1f} MB = {per_col.sum() / text_mb:.2f}x the text ({text_mb:.1f} MB)")


def theme_counts(corpus) -> None:
    from toolkit.themes.matching import _matcher

    m = _matcher(None, True)
    texts = corpus["text"].tolist()

    best = {}
    for name, fn in [("re", lambda: m.re_counts(texts)), ("RE2", lambda: m.counts(texts))] * 3:
        c0 = cpu()
        result = fn()
        best[name] = min(best.get(name, (np.inf,))[0], cpu() - c0), result
    same = np.array_equal(best["re"][1], best["RE2"][1])
    ascii_share = sum(t.isascii() for t in texts) / max(len(texts), 1)
    print(f"theme counts ({ascii_share:.0%} ASCII texts): re {best['re'][0]:.3f} CPU s, "
          f"RE2 {best['RE2'][0]:.3f} CPU s ({best['re'][0] / max(best['RE2'][0], 1e-9):.1f}x); counts identical: {same}")


PROBE = """
import os, sys
t = os.times(); c0 = t.user + t.system
import toolkit
toolkit.theme_frequency(toolkit.load_corpus({seed!r}, progress=False))
toolkit.tokens(toolkit.load_corpus({seed!r}, progress=False))
t = os.times()
print(f"{{t.user + t.system - c0:.2f}} {{'simplemma' in sys.modules}}")
"""


def cold_start() -> None:
    seed = str(ROOT / "data")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TOOLKIT_CACHE_DIR": cache}
        runs = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-W", "ignore", "-c", PROBE.format(seed=seed)], env=env,
                                 capture_output=True, text=True, check=True).stdout.split()
            runs.append(out)
    print(f"fresh process, seed corpus, tokens + theme_frequency (imports included): empty lemma table "
          f"{runs[0][0]} CPU s (simplemma loaded: {runs[0][1]}); filled table {runs[1][0]} / {runs[2][0]} CPU s "
          f"(simplemma loaded: {runs[1][1]})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--years", default="1990-2009", help="Beige Book years A-B (default 1990-2009)")
    args = ap.parse_args()
    if not BEIGE.is_dir():
        raise SystemExit(f"needs the Beige Book in {BEIGE} (../shared beside the project)")
    print(f"load average {os.getloadavg()[0]:.2f}; Beige Book {args.years}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = corpus_of_years(args.years, Path(tmp))
    print(f"{len(corpus):,} documents")
    token_table(corpus)
    theme_counts(corpus)
    cold_start()
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
