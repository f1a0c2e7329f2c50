"""Time of the run-in heading split (``toolkit.corpus.headings``), and the check that another version cuts the same.

Run from the project folder, with ``../shared`` beside it::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_headings.py                   # Beige Book 1990-2009
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_headings.py --years 1970-2024 --folders central-banks
    git archive <commit> toolkit/corpus/headings.py | tar -x -C /tmp/old
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_headings.py --against /tmp/old/toolkit/corpus/headings.py

The inputs are the paragraph lists that ``normalise`` hands to ``split_run_in_headings`` while
``load_corpus`` reads the folders (one process). Prints the CPU seconds of the split over them (best
of 3; the goal on the Beige Book 1990-2009 is 0.12 s), then the same for a title-cased copy of the
texts (hostile input: many capitalised runs). With ``--against``, the other file's function runs on
every input and on stress copies of it (title case, upper case, joined paragraphs, double spaces) and
the number of different outputs is printed: 0 when a faster version cuts the same.
"""
from __future__ import annotations

import argparse
import importlib.util
import time
import warnings
from pathlib import Path

import toolkit
import toolkit.corpus.normalize as normalize
from toolkit.corpus.headings import split_run_in_headings

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def inputs(years: range, folders: list[str]) -> list[list[str]]:
    """What ``normalise`` gives the heading split, file by file, for those Beige Book years and folders."""
    seen: list[list[str]] = []

    def record(paras: list[str]) -> list[str]:
        seen.append(list(paras))
        return paras

    normalize.split_run_in_headings = record
    try:
        roots = [CORPORA / "beige-book" / str(y) for y in years] + [CORPORA / f for f in folders]
        for root in (r for r in roots if r.exists()):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                toolkit.load_corpus(root, workers=1)
    finally:
        normalize.split_run_in_headings = split_run_in_headings
    return seen


def best_of_3(split, cases: list[list[str]]) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        for paras in cases:
            split(list(paras))
        times.append(time.process_time() - start)
    return min(times)


def stress(cases: list[list[str]]) -> list[list[str]]:
    """The inputs, and copies that reach the rarer paths: other cases, joined paragraphs, double spaces."""
    out = list(cases)
    for i, paras in enumerate(cases):
        text = " ".join(paras)
        out.append([(text.title(), text.upper(), text.replace(" K", "  K").replace(", ", ",  "), text)[i % 4]])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--years", default="1990-2009", help="Beige Book years, A-B (default 1990-2009)")
    parser.add_argument("--folders", nargs="*", default=[], help="other corpus folders, e.g. central-banks")
    parser.add_argument("--against", type=Path, help="another headings.py whose cuts must be the same")
    args = parser.parse_args()
    first, last = (int(y) for y in args.years.split("-"))
    cases = inputs(range(first, last + 1), args.folders)
    if not cases:
        raise SystemExit(f"no files under {CORPORA}: put the shared corpora beside the project")
    mb = sum(len(p) for paras in cases for p in paras) / 1e6
    print(f"{len(cases)} files, {mb:.1f} MB: split {best_of_3(split_run_in_headings, cases):.3f} s CPU (best of 3)")
    titled = [[p.title() for p in paras] for paras in cases]
    print(f"title-cased copy: split {best_of_3(split_run_in_headings, titled):.3f} s CPU (best of 3)")
    if args.against:
        spec = importlib.util.spec_from_file_location("other_headings", args.against)
        other = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(other)
        print(f"{args.against}: split {best_of_3(other.split_run_in_headings, cases):.3f} s CPU (best of 3)")
        every = stress(cases)
        differ = sum(other.split_run_in_headings(list(p)) != split_run_in_headings(list(p)) for p in every)
        print(f"{len(every)} inputs compared ({len(cases)} files, {len(every) - len(cases)} stress copies): "
              f"{differ} different outputs")


if __name__ == "__main__":
    main()
