"""Do the reports render every time on a busy machine? Target: 0 failures.

    .venv/bin/python benchmarks/stress_report.py [--renders 12] [--at-once 3] [--busy 1] [--corpus data]

Runs ``python -m toolkit report`` on the bundled sample ``--renders`` times, ``--at-once`` at a
time (each render runs its notebooks in parallel too), while ``--busy`` other processes spin the
CPU, as a user's `make report` beside other work. Prints each render's result and wall time, then
the failures (with their one-line error) and the time spread. Output goes to a temporary folder.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _spin() -> None:
    """Keep one CPU busy until terminated."""
    x = 0
    while True:
        x = (x * 31 + 7) % 1_000_003


def _render(k: int, corpus: Path, tmp: Path) -> tuple[int, float, int, str]:
    """One ``python -m toolkit report`` run: (number, seconds, return code, last stderr line)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "toolkit", "report", "--corpus", str(corpus),
                          "--out", str(tmp / f"r{k:02d}"), "--quiet"], capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    last = (run.stderr.strip().splitlines() or [""])[-1]
    print(f"render {k:2d}: {'ok    ' if run.returncode == 0 else 'FAILED'} {seconds:6.1f} s"
          f"{'' if run.returncode == 0 else '  ' + last}", flush=True)
    return k, seconds, run.returncode, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=12)
    parser.add_argument("--at-once", type=int, default=3)
    parser.add_argument("--busy", type=int, default=1, help="CPU-spinning processes beside the renders")
    parser.add_argument("--corpus", default=str(ROOT / "data"))
    args = parser.parse_args()
    corpus = Path(args.corpus)
    print(f"{args.renders} renders of {corpus}, {args.at_once} at a time, beside {args.busy} busy process(es); "
          f"CPUs: {os.cpu_count()}; load before: {os.getloadavg()[0]:.1f}")
    spinners = [mp.Process(target=_spin, daemon=True) for _ in range(args.busy)]
    for p in spinners:
        p.start()
    t0 = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.at_once) as pool:
            results = list(pool.map(lambda k: _render(k, corpus, Path(tmp)), range(1, args.renders + 1)))
    finally:
        for p in spinners:
            p.terminate()
            p.join()
    wall = time.perf_counter() - t0
    failed = [r for r in results if r[2] != 0]
    times = [r[1] for r in results]
    print(f"failures: {len(failed)} of {len(results)}; wall {wall:.0f} s; per render median "
          f"{statistics.median(times):.1f} s, min {min(times):.1f} s, max {max(times):.1f} s; "
          f"load after: {os.getloadavg()[0]:.1f}")
    for k, _, code, last in failed:
        print(f"  render {k}: exit {code}: {last}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
