"""Time the run-together step of load_corpus: the load with ``run_together=True`` and ``False`` on a folder.

Usage: .venv/bin/python benchmarks/bench_run_together.py [PATH] [--repeat N] [--years A-B]
PATH defaults to the Beige Book; ``--years 1990-2009`` keeps those year folders (a temporary folder of
symbolic links, as in bench_pipeline.py). Prints the best of N CPU and wall times of both loads, their
difference (the cost of the step: toolkit.corpus.run_together, counted by toolkit.corpus.word_counts)
and the words split. One process, one worker, so the CPU time is the step's own.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_load import DEFAULT  # noqa: E402
from bench_pipeline import select_years  # noqa: E402


def best_of(path: Path, repeat: int, run_together: bool):
    from toolkit.corpus import CorpusWarning, load_corpus

    wall, cpu, df = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)
            df = load_corpus(path, progress=False, workers=1, run_together=run_together)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(cpu), min(wall), df


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--years", help="Beige Book years to keep, e.g. 1990-2009")
    args = parser.parse_args()
    if not Path(args.path).exists():
        raise SystemExit(f"{args.path} not found: give a corpus folder, or put ../shared beside the project")
    with tempfile.TemporaryDirectory() as tmp:
        path = select_years(Path(args.path), args.years, Path(tmp))
        off_cpu, off_wall, _ = best_of(path, args.repeat, False)
        on_cpu, on_wall, df = best_of(path, args.repeat, True)
    print(f"load_corpus({path}): {len(df):,} rows, {df['text'].str.len().sum() / 1e6:.1f} M chars, "
          f"{int(df['words_split'].sum()):,} words split in {int((df['words_split'] > 0).sum()):,} files")
    print(f"  run_together=False  CPU {off_cpu:.3f} s  wall {off_wall:.3f} s   (best of {args.repeat})")
    print(f"  run_together=True   CPU {on_cpu:.3f} s  wall {on_wall:.3f} s")
    print(f"  the step: +{on_cpu - off_cpu:.3f} s CPU, +{on_wall - off_wall:.3f} s wall "
          f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
