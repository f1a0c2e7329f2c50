#!/usr/bin/env python
"""A 50 MB single-file article through the README pipeline: time and peak memory (goal: <= 2 GB).

The article is built in a temporary folder from real sentences (the Beige Book 2008 reports in
``../shared``, else the bundled seed article), repeated in shuffled paragraphs until it reaches
``--mb`` megabytes; nothing is written beside the corpora. A fresh process then runs
``load_corpus`` -> ``sentences`` -> ``tokens`` (``--no-tokens`` to leave it out) -> ``document_tone``
-> ``theme_frequency`` on it, and its peak resident set size (``os.wait4``; pool workers, if the
toolkit starts any, are reported apart) is printed beside the seconds of each stage::

    .venv/bin/python benchmarks/bench_big_article.py              # 50 MB
    .venv/bin/python benchmarks/bench_big_article.py --mb 20 --no-tokens
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "corpora" / "beige-book" / "2008", ROOT / "data"]
LIMIT_MB = 2048
_RESULT = "BIG-RESULT "

CHILD = r"""
import json, os, resource, sys, time, warnings
import toolkit
stages = {}
def step(name, fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    stages[name] = round(time.perf_counter() - t, 2)
    stages[name + "_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    corpus = step("load", toolkit.load_corpus, sys.argv[1])
    sents = step("sentences", toolkit.sentences, corpus)
    toks = step("tokens", toolkit.tokens, sents) if sys.argv[2] == "1" else None
    tone = step("document_tone", toolkit.document_tone, corpus)
    themes = step("theme_frequency", toolkit.theme_frequency, corpus)
print("BIG-RESULT " + json.dumps({"rows": len(corpus), "chars": int(corpus["text"].str.len().sum()),
      "sentences": len(sents), "tokens": None if toks is None else len(toks),
      "tone": float(tone["tone"].iloc[0]), "theme_matches": int(themes["count"].sum()),
      "stages": stages, "load_average": os.getloadavg()}))
"""


def real_sentences() -> list[str]:
    """Sentences of real releases: Beige Book 2008 when ../shared has it, else the seed article."""
    import toolkit

    folder = next((f for f in SOURCES if f.is_dir()), None)
    if folder is None:
        raise SystemExit(f"no source of sentences: none of {[str(f) for f in SOURCES]} exists")
    corpus = toolkit.load_corpus(folder, progress=False)
    sents = toolkit.sentences(corpus)["sentence"].tolist()
    return [s.replace("\n", " ") for s in sents if len(s) > 20]


def build_article(path: Path, mb: float, seed: int = 0) -> int:
    """Write a dated article of about ``mb`` MB: paragraphs of 3-8 real sentences, shuffled."""
    sentences, rng, size = real_sentences(), random.Random(seed), 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Federal Reserve releases, collected\n\n")
        while size < mb * 1e6:
            para = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 8))) + "\n\n"
            fh.write(para)
            size += len(para.encode("utf-8"))
    return size


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the article (default 50 MB)")
    ap.add_argument("--no-tokens", action="store_true", help="leave the token table out")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="toolkit-big-") as tmp:
        path = Path(tmp) / "2008-12-31-collected.txt"
        size = build_article(path, args.mb)
        cmd = [sys.executable, "-c", CHILD, tmp, "0" if args.no_tokens else "1"]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        out = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
    line = next((ln for ln in out.splitlines() if ln.startswith(_RESULT)), None)
    if os.waitstatus_to_exitcode(status) != 0 or line is None:
        raise SystemExit(f"the measured process failed (exit {os.waitstatus_to_exitcode(status)})")
    result = json.loads(line[len(_RESULT):])
    peak = usage.ru_maxrss / 1024
    print(f"article: {size / 1e6:.1f} MB, {result['chars']:,} characters, one row: {result['rows'] == 1}")
    print(f"{result['sentences']:,} sentences, {result['tokens'] or 0:,} tokens, tone {result['tone']:.3f}, "
          f"{result['theme_matches']:,} theme matches")
    print("stages (s, and peak MB after each):", json.dumps(result["stages"]))
    print(f"peak RSS {peak:.0f} MB (limit {LIMIT_MB} MB: {'ok' if peak <= LIMIT_MB else 'OVER'}); "
          "load average at the end: " + " ".join(f"{x:.1f}" for x in result["load_average"]))


if __name__ == "__main__":
    main()
