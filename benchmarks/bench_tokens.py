"""Time sentence splitting and tokenizing on the full Beige Book; print MB/s.

Run: .venv/bin/python benchmarks/bench_tokens.py [path-to-beige-book] [--punkt]

``--punkt`` also times NLTK's PunktSentenceTokenizer with hand-set abbreviations (no download) on
the same texts and counts the sentence ends where the two splitters disagree, printing a few of each.

Reads the .txt files directly (one paragraph per file) so the figure is the tokenizer's alone,
not the loader's. MB are UTF-8 megabytes (10**6 bytes) of document text.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

import toolkit.tokenizing as tk

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "beige-book"


def load_texts(folder: Path) -> pd.DataFrame:
    files = sorted(p for p in folder.rglob("*.txt") if p.name != "SOURCE.txt")
    if not files:
        raise SystemExit(f"no .txt files under {folder}; pass the Beige Book folder as the first argument")
    return pd.DataFrame(
        {
            "doc_id": [str(f.relative_to(folder).with_suffix("")) for f in files],
            "text": [f.read_text(encoding="utf-8", errors="replace") for f in files],
        }
    )


def timed(label: str, mb: float, fn, repeat: int = 3):
    """Run ``repeat`` times; print the first (cold: caches such as simplemma's dictionary are filled
    on first use) and the best run. CPU time is the figure to compare -- the machine may be shared,
    and wall time then includes waiting for a core; the best run's wall time is printed beside it."""
    cpu, wall, out = [], [], None
    for _ in range(repeat):
        out = None  # let the previous result go before timing the next run
        c0, t0 = time.process_time(), time.perf_counter()
        out = fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    best = min(cpu)
    first = f"first {cpu[0]:5.2f} s, " if repeat > 1 else ""
    print(f"{label:<36} cpu {first}best {best:5.2f} s = {mb / best:5.1f} MB/s | wall {min(wall):5.2f} s")
    return out


def compare_punkt(texts: list[str], mb: float, show: int = 8) -> None:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(
        "u.s u.k p.m a.m no jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr inc co corp "
        "vs etc i.e e.g st mt ft".split()
    )
    punkt = PunktSentenceTokenizer(params)
    theirs = timed("NLTK Punkt (hand-set abbreviations)", mb, lambda: [list(punkt.span_tokenize(t)) for t in texts], 1)
    ours = [tk.split_sentences(t) for t in texts]
    only = {"punkt": [], "toolkit": []}
    for text, a, b in zip(texts, theirs, ours):
        ends_a, ends_b = {e for _, e in a}, {e for _, e in b}
        for who, extra in (("punkt", ends_a - ends_b), ("toolkit", ends_b - ends_a)):
            only[who] += [text[max(0, e - 50):e + 25].replace("\n", " ") for e in sorted(extra)]
    for who, contexts in only.items():
        print(f"  sentence ends only {who} makes: {len(contexts)}")
        for c in contexts[:: max(1, len(contexts) // show)][:show]:
            print(f"    ...{c}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else DEFAULT
    corpus = load_texts(folder)
    mb = sum(len(t.encode("utf-8")) for t in corpus["text"]) / 1e6
    print(f"{len(corpus)} documents, {mb:.1f} MB from {folder}")
    texts = corpus["text"].tolist()
    timed("split_sentences (per text)", mb, lambda: [tk.split_sentences(t) for t in texts])
    sents = timed("sentences(corpus)", mb, lambda: tk.sentences(corpus))
    print(f"  {len(sents):,} sentences")
    toks = timed("tokens(sentences) incl. lemmas", mb, lambda: tk.tokens(sents))
    print(f"  {len(toks):,} tokens")
    timed("tokens(corpus) end to end", mb, lambda: tk.tokens(corpus))
    timed("ngrams(tokens, n=2)", mb, lambda: tk.ngrams(toks, n=2))
    timed("count_words(texts) (one pass)", mb, lambda: tk.count_words(texts))
    if "--punkt" in sys.argv:
        compare_punkt(texts, mb)


if __name__ == "__main__":
    main()
