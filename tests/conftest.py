"""Shared fixtures: where the real corpora live, and a skip with a reason when they are absent."""
from __future__ import annotations

import atexit
from functools import lru_cache
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

# The suite's caches (parsed corpora, the lemma table) go to a folder of this run, never the user's
# ~/.cache/toolkit: a run starts cold and leaves nothing behind. Subprocesses inherit it.
if "TOOLKIT_CACHE_DIR" not in os.environ:
    os.environ["TOOLKIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="toolkit-test-cache-")
    atexit.register(shutil.rmtree, os.environ["TOOLKIT_CACHE_DIR"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared")).resolve()
CORPORA = SHARED / "corpora"
SEED = ROOT / "data" / "000_bc21e2d4d2f283e7.txt"

FOMC_1994 = CORPORA / "fomc-statements" / "1994-2016" / "statements"
FOMC_2006 = CORPORA / "fomc-statements" / "2006-2025" / "data" / "statements"
PBOC = CORPORA / "pboc-mpc"
BEIGE = CORPORA / "beige-book"
ECOSENT = SHARED / "eval" / "ecosent" / "gold_en.csv"

#: Three small releases (NEV, property, solar and SME themes) for the theme and text-statistics tests.
RELEASES = pd.DataFrame({
    "doc_id": ["q1", "q2", "q3"],
    "date": pd.to_datetime(["2023-03-25", "2023-06-25", "2024-03-25"]),
    "text": [
        "New energy vehicles sold well. Exports of new energy vehicles rose. Solar panels rose too.",
        "Housing weakened. Property developers and housing sales weakened again.",
        "Exports of solar panels rose. Small and medium enterprises hired more. Exports rose.",
    ],
})


def tone_score(text: str, **options) -> float:
    """The outlook score of one sentence (``score_texts`` options pass through): the tone tests' helper."""
    from toolkit.tone import score_texts

    return float(score_texts([text], **options).loc[0, "score"])


def tone_label(text: str) -> str:
    """The outlook label of one sentence ("positive", "neutral", "negative"): the tone tests' helper."""
    from toolkit.tone import score_texts

    return score_texts([text], detail=False).loc[0, "label"]


def tone_terms(text: str) -> list[str]:
    """The terms that fired in one sentence, in text order (``explain``): the tone tests' helper."""
    from toolkit.tone import explain

    return explain(text)["term"].tolist()


@lru_cache(maxsize=None)
def probe_row(text: str):
    """The score row of one probe sentence, computed once for its three labels: the probe tables' helper."""
    from toolkit.tone import score_texts

    return score_texts([text]).iloc[0]


def probe_tests(probes: list, wrong: dict, ids: bool = False) -> tuple:
    """The three tests of a probe table: rows ``(family, text, tone, forward_looking, uncertain)`` (None:
    not labelled for that measure) and ``wrong``, ``(measure, text) -> reason`` for the probes still wrong
    (measure "tone", "forward" or "uncertain"; marked ``xfail(strict=True)``); ``ids`` names each case by
    its family and text. A probe file binds them:
    ``test_tone_probe, test_forward_looking_probe, test_certainty_probe = probe_tests(PROBES, WRONG)``."""
    def cases(column: int, measure: str) -> list:
        return [pytest.param(p[1], p[column], marks=[pytest.mark.xfail(strict=True, reason=wrong[measure, p[1]])]
                             if (measure, p[1]) in wrong else [], id=f"{p[0]}-{p[1][:40]}" if ids else None)
                for p in probes if p[column] is not None]

    @pytest.mark.parametrize("text, label", cases(2, "tone"))
    def test_tone_probe(text, label):
        assert probe_row(text)["label"] == label

    @pytest.mark.parametrize("text, forward", cases(3, "forward"))
    def test_forward_looking_probe(text, forward):
        assert bool(probe_row(text)["forward_looking"]) is forward

    @pytest.mark.parametrize("text, uncertain", cases(4, "uncertain"))
    def test_certainty_probe(text, uncertain):
        assert bool(probe_row(text)["uncertainty"] > 0) is uncertain

    return test_tone_probe, test_forward_looking_probe, test_certainty_probe


def need(path: Path) -> Path:
    """Return ``path``, or skip the test with a reason when ../shared does not have it."""
    if not path.exists():
        pytest.skip(f"needs {path} (the real corpora in ../shared beside the project); not present here")
    return path


@pytest.fixture
def fresh_memo():
    """An empty derived-results memo (splits, word counts, sentence tables) before and after the test."""
    from toolkit.tokenizing import _memo

    _memo.clear()
    yield
    _memo.clear()


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def fomc_1994() -> Path:
    return need(FOMC_1994)


@pytest.fixture
def fomc_2006() -> Path:
    return need(FOMC_2006)


@pytest.fixture
def pboc() -> Path:
    return need(PBOC)


@pytest.fixture
def beige() -> Path:
    return need(BEIGE)


@pytest.fixture
def ecosent() -> Path:
    return need(ECOSENT)


_RELEASES = {
    "2023-11-01": "Recent indicators suggest that economic activity expanded at a strong pace in the third "
                  "quarter. Job gains have moderated but remain strong, and the unemployment rate has remained "
                  "low. Inflation remains elevated. The Committee decided to maintain the target range for the "
                  "federal funds rate at 5-1/4 to 5-1/2 percent. The Committee will continue to assess "
                  "additional information and its implications for monetary policy.",
    "2023-12-13": "Recent indicators suggest that growth of economic activity has slowed from its strong pace "
                  "in the third quarter. Job gains have moderated since earlier in the year but remain strong. "
                  "Inflation has eased over the past year but remains elevated. The Committee decided to "
                  "maintain the target range for the federal funds rate at 5-1/4 to 5-1/2 percent. The "
                  "outlook is uncertain, and the Committee remains highly attentive to inflation risks.",
    "2024-01-31": "Recent indicators suggest that economic activity has been expanding at a solid pace. Job "
                  "gains have moderated since early last year but remain strong. Inflation has eased but "
                  "remains elevated. The Committee judges that the risks to achieving its employment and "
                  "inflation goals are moving into better balance. The economic outlook is uncertain.",
    "2024-03-20": "Recent indicators suggest that economic activity has been expanding at a solid pace. "
                  "Inflation has eased but remains elevated; readers may see <script>alert('x')</script> and "
                  "<b>bold</b> text quoted here, which a report must show as text. The Committee expects that "
                  "it will be appropriate to reduce the target range once inflation moves sustainably toward "
                  "2 percent. Weak demand and rising unemployment would be a concern.",
}


def write_release_corpus(folder: Path, dates=None) -> Path:
    """Write a small corpus of FOMC-like releases (Markdown with front matter) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for date, body in _RELEASES.items():
        if dates is not None and date not in dates:
            continue
        (folder / f"{date}-statement.md").write_text(
            f"---\nid: {date}-statement\ndate: {date}\ntitle: Committee statement\nsource: Example Committee\n"
            f"---\n\n{body}\n\nA second paragraph notes that the Committee's assessments will take into account "
            f"a wide range of information, including readings on labor market conditions.\n",
            encoding="utf-8",
        )
    if dates is None:  # real folders hold undated notes too; every report must cope with one
        (folder / "note-on-procedures.txt").write_text(
            "The Committee reviewed its communication practices. Growth in the economy was discussed "
            "without a decision.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def release_corpus(tmp_path_factory) -> Path:
    """A small multi-release corpus made by the tests: four dated statements from one source, one undated note."""
    return write_release_corpus(tmp_path_factory.mktemp("releases") / "corpus")


@pytest.fixture(scope="session")
def render_once(tmp_path_factory):
    """``render_once(key, corpus, **options)``: ``toolkit.render_report`` into a folder named by ``key``,
    run once per test session even when pytest-xdist spreads the tests over several workers."""
    import fcntl

    from toolkit.report import render_report

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # one folder per session

    def render(key: str, corpus, **options) -> Path:
        out = shared / f"reports-{key}"
        with open(shared / f"reports-{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (out / "index.html").exists():
                render_report(corpus, out, progress=False, **options)
        return out

    return render

