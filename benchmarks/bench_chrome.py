"""Time of the per-folder load steps (web chrome, series) against the parsing they follow.

Run from the project folder, with ``../shared`` beside it::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_chrome.py

Prints, per corpus, the files, the seconds to parse them and the seconds of ``finish_rows`` (chrome out
of ``text``, ``chrome_removed``, ``series``). The goal: ``finish_rows`` well under the parse time.
"""
from __future__ import annotations

import time
import warnings
from pathlib import Path

from toolkit.corpus import iter_files
from toolkit.corpus.files import corpus_root
from toolkit.corpus.folders import finish_rows
from toolkit.corpus.options import make_options
from toolkit.corpus.parse import parse

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def main() -> None:
    warnings.simplefilter("ignore")
    for name in ("beige-book", "central-banks", "fomc-statements"):
        root = CORPORA / name
        if not root.exists():
            print(f"{name}: not in ../shared, skipped")
            continue
        files = [p for p, reason in iter_files(root) if reason is None]
        t = time.perf_counter()
        rows, _ = parse(files, corpus_root(root), make_options({}), None, False)
        parsed = time.perf_counter() - t
        t = time.perf_counter()
        finish_rows(rows)
        finished = time.perf_counter() - t
        print(f"{name}: {len(rows)} rows, parse {parsed:.2f}s, finish_rows {finished:.2f}s")


if __name__ == "__main__":
    main()
