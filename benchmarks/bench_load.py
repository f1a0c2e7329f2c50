"""Time toolkit.load_corpus on a folder (default: the full Beige Book) and print files, MB and MB/s.

Usage: .venv/bin/python benchmarks/bench_load.py [PATH] [--repeat N] [--workers N]
The first run may include reading the files from disk; the best of the repeats is the warm figure.
CPU time is printed too: on a busy machine the wall time includes waiting for other processes.
"""
from __future__ import annotations

import argparse
import os
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared")) / "corpora" / "beige-book"


def folder_megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    path = Path(args.path)
    if not path.exists():
        raise SystemExit(f"{path} not found: give a corpus folder, or put ../shared beside the project")

    from toolkit.corpus import CorpusWarning, load_corpus

    mb = folder_megabytes(path)
    times, cpu = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)
            df = load_corpus(path, progress=False, workers=args.workers)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    best = min(times)
    print(f"load_corpus({path})")
    print(f"  rows {len(df):,}  files seen {df.attrs['files_seen']:,}  skipped {len(df.attrs['skipped'])}  "
          f"on disk {mb:.1f} MB  text {df['text'].str.len().sum() / 1e6:.1f} M chars")
    print(f"  first run {times[0]:.3f} s   best of {args.repeat} {best:.3f} s   "
          f"median {sorted(times)[len(times) // 2]:.3f} s   {mb / best:.1f} MB/s")
    print(f"  CPU time of this process: best {min(cpu):.3f} s (wall minus CPU = waiting for disk or for "
          f"other processes; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
