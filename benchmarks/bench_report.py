"""How long do all five reports take on the FOMC statements 2006-2025 (181 files)? Target: <= 60 s.

    .venv/bin/python benchmarks/bench_report.py [--corpus PATH] [--jobs N] [--repeat N]

Renders into a temporary folder (nothing is kept) with the same call as
``python -m toolkit report --corpus PATH`` and prints the wall time of the whole run, each
notebook's time (execution + HTML export, in its worker), and the machine's load average, since
other work on the machine slows the kernels down.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.report import render_report  # noqa: E402

FOMC_2006 = ROOT.parent / "shared" / "corpora" / "fomc-statements" / "2006-2025" / "data" / "statements"
TARGET = 60.0


def _cpu() -> float:
    """User + system CPU seconds of this process and every finished child (workers, kernels)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(FOMC_2006))
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"bench_report: {corpus} not found (the real corpora live in ../shared); nothing measured")
        return 0
    files = sum(1 for p in corpus.rglob("*") if p.is_file())
    print(f"corpus: {corpus} ({files} files); CPUs: {os.cpu_count()}; jobs: {args.jobs or 'default'}")
    for run in range(1, args.repeat + 1):
        load_before = os.getloadavg()[0]
        cpu_before = _cpu()
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            table = render_report(corpus, Path(tmp) / "reports", jobs=args.jobs, progress=False)
            seconds = time.perf_counter() - t0
        cpu = _cpu() - cpu_before
        print(f"run {run}: all {len(table)} reports + index in {seconds:.1f} s "
              f"({'meets' if seconds <= TARGET else 'MISSES'} the {TARGET:.0f} s target); "
              f"load average before {load_before:.1f}, after {os.getloadavg()[0]:.1f}")
        print(f"    CPU time of this process, its workers and their kernels: {cpu:.1f} s "
              f"(on {os.cpu_count()} idle cores at best {cpu / (os.cpu_count() or 1):.1f} s)")
        for row in table.itertuples():
            print(f"    {row.notebook:<24} {row.seconds:5.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
