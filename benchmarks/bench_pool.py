#!/usr/bin/env python
"""Where the pool starts to pay: each verb on one worker and on two, by corpus size.

Two workers are two processes for ``sentences`` (its rules are Python code) and two threads for
``document_tone`` and ``theme_frequency`` (numpy and RE2 release the GIL; the child CPU column is
then 0: the threads' CPU is in "here"), as each verb chooses (``toolkit/pool.py``).

For growing prefixes of the Beige Book 1990-2009 (0.25 MB up to all 14.4 MB) it times
``sentences``, ``document_tone(sents)`` and ``theme_frequency(corpus)`` with ``workers=1`` and
``workers=2`` (the memo cleared before each run, best of ``--repeat``), and prints wall seconds,
the parent's CPU seconds and the ratio. ``toolkit.pool.POOL_MIN_CHARS`` is set from the size where
two processes start to win on a quiet machine; the load average is printed beside each row, because
on busy cores two processes do not run side by side (the automatic choice then stays in one)::

    .venv/bin/python benchmarks/bench_pool.py
    .venv/bin/python benchmarks/bench_pool.py --sizes 1,3,6 --repeat 5
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import DEFAULT_CORPUS, select_years  # noqa: E402


def prefix(corpus, mb: float):
    """The first documents of ``corpus`` holding about ``mb`` MB of text."""
    size = corpus["text"].str.len().cumsum()
    return corpus[size <= mb * 1e6]


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best(fn, repeat: int) -> tuple[float, float, float]:
    """(wall, CPU here, CPU of the pool's children) seconds of the fastest of ``repeat`` runs of
    ``fn`` (memo cleared before each)."""
    from toolkit.tokenizing import _memo

    runs = []
    for _ in range(repeat):
        _memo.clear()
        t, c, k = time.perf_counter(), time.process_time(), _children_cpu()
        fn()
        runs.append((time.perf_counter() - t, time.process_time() - c, _children_cpu() - k))
    return min(runs)


def _nothing(i: int) -> int:
    return i


def fixed_cost(repeat: int) -> tuple[float, float]:
    """(wall, CPU) seconds of a two-block run that does nothing: one fork, one result back."""
    from toolkit.pool import run_blocks

    return best(lambda: run_blocks(_nothing, 2), max(repeat, 5))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="0.25,0.5,1,2,3,4,6,8,14.4", help="MB of text, comma-separated")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    import toolkit

    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(select_years(DEFAULT_CORPUS, "1990-2009", Path(tmp)), progress=False)
    sents_all = toolkit.sentences(corpus)
    toolkit.document_tone(sents_all.head(100)), toolkit.theme_frequency(corpus.head(5))  # warm lexicons
    wall, cpu, _ = fixed_cost(args.repeat)
    print(f"fixed cost of the pool (fork one child, get its result), in a process of "
          f"{_rss_mb():.0f} MB: {wall:.3f} s wall, {cpu:.3f} s CPU; load average {os.getloadavg()[0]:.1f}")
    print("'free cores' = the larger of the two processes' CPU seconds plus the fixed cost: the wall time "
          "two idle cores would give (the wall column is what this machine gave)")
    print("| MB | verb | 1 worker: s (CPU) | 2 workers: s (CPU here + child) | free cores s | "
          "2 / 1 wall | 2 / 1 free cores | load |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for mb in [float(x) for x in args.sizes.split(",")]:
        part = prefix(corpus, mb)
        sents = sents_all[sents_all["doc_id"].isin(set(part["doc_id"]))]
        verbs = {"sentences": lambda w: toolkit.sentences(part, workers=w),
                 "document_tone(sents)": lambda w: toolkit.document_tone(sents, workers=w),
                 "theme_frequency": lambda w: toolkit.theme_frequency(part, workers=w)}
        for name, verb in verbs.items():
            one = best(lambda: verb(1), args.repeat)
            two = best(lambda: verb(2), args.repeat)
            ideal = max(two[1], two[2]) + cpu
            print(f"| {part['text'].str.len().sum() / 1e6:.2f} | {name} | {one[0]:.3f} ({one[1]:.3f}) | "
                  f"{two[0]:.3f} ({two[1]:.3f} + {two[2]:.3f}) | {ideal:.3f} | {two[0] / one[0]:.2f} | "
                  f"{ideal / one[1]:.2f} | {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
