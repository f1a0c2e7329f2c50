"""Memory: a 50 MB single-file article loads and scores within 2 GB peak.

The work runs in a fresh interpreter so its peak resident size (``ru_maxrss``) is its own, not the
test runner's. The article is made in ``tmp_path`` from numbered release-like paragraphs.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

SIZE_MB = 50
LIMIT_MB = 2048
PARAGRAPH = ("In week {i} the Beige Book districts reported that consumer spending was flat to slightly up, "
             "while manufacturing activity softened in {i} places. Price pressures eased; hiring slowed.\n\n")

CHILD = """
import json, resource, sys, warnings
import toolkit
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    corpus = toolkit.load_corpus(sys.argv[1])
    tone = toolkit.document_tone(corpus)
print(json.dumps({
    "rows": len(corpus),
    "chars": int(corpus["text"].str.len().sum()),
    "tone": float(tone["tone"].iloc[0]),
    "n_sentences": int(tone["n_sentences"].iloc[0]),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


@pytest.fixture(scope="module")
def big_run(tmp_path_factory):
    path = tmp_path_factory.mktemp("memory") / "2023-06-14-statement.txt"
    with open(path, "w", encoding="utf-8") as fh:  # written in pieces: the test runner stays small
        for i in range(int(SIZE_MB * 1e6 / len(PARAGRAPH.format(i=100000))) + 1):
            fh.write(PARAGRAPH.format(i=i))
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return path, json.loads(done.stdout.strip().splitlines()[-1])


def test_fifty_mb_article_loads_whole_as_one_row(big_run):
    path, result = big_run
    assert path.stat().st_size > SIZE_MB * 0.95e6
    assert result["rows"] == 1
    assert result["chars"] > SIZE_MB * 0.95e6


def test_fifty_mb_article_is_scored_sentence_by_sentence(big_run):
    _, result = big_run
    assert result["n_sentences"] > 500_000
    assert -1 <= result["tone"] <= 1


def test_loading_and_scoring_fifty_mb_peaks_under_two_gb(big_run):
    _, result = big_run
    print(f"peak resident memory: {result['peak_mb']:.0f} MB for a {SIZE_MB} MB article")
    assert result["peak_mb"] < LIMIT_MB
