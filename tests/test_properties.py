"""Property-based tests: arbitrary Unicode text and arbitrary bytes through every stage.

No input may raise; the invariants the README promises must hold: every file is either loaded or
skipped with a reason, every sentence and token is an exact span of its text, one bounded score per
input, one theme row per document and theme, and a release compared with itself is all unchanged.

``EXAMPLES`` adds up to 10,000 generated cases per run. They are spread by cost (a score is ~1 ms, a
load or a redline ~15 ms), so the file runs in well under a minute on one core; see docs/HARDENING.md
for the measured time.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit

EXAMPLES = {
    "load bytes": 700,
    "load names": 300,
    "sentences": 3000,
    "tokens": 1200,
    "score": 3300,
    "themes": 750,
    "redline": 750,
}
assert sum(EXAMPLES.values()) >= 10_000


def _settings(name):
    return settings(
        max_examples=EXAMPLES[name],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Text that looks like releases often enough to reach the interesting branches (abbreviations,
# decimals, fractions, negation, hedges, CJK, typographic quotes, paragraph breaks), mixed with
# arbitrary Unicode. Fragments keep generation cheap: a word list of 60 draws costs more than a run.
FRAGMENTS = st.sampled_from([
    "Growth slowed.", "Unemployment fell", "losses narrowed;", "inflation rose 4.6 percent", "to 1/4",
    "U.S. demand", "at 2 p.m.", "Mr. Ben S. Bernanke said", "new energy vehicles", "demand is insufficient",
    "not", "but", "however,", "may", "“quoted” (bracket)", "经济增长。", "— …", "?", "!", "\n", "\n\n",
    " ", "e.g.", "No. 3", "Risks are", "weak", "strong", "\r\n", "\u00a0", "\ufeff",
])
ECONOMIC_TEXT = st.lists(FRAGMENTS, max_size=12).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=200), ECONOMIC_TEXT)
FILE_NAMES = st.sampled_from(["a.txt", "20230105.txt", "2023-02-30.txt", "b.md", "c.csv", "d.jsonl", "e.json"])


def _load_quietly(path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(path)


def _assert_every_file_accounted(df: pd.DataFrame, n_files: int) -> None:
    skipped = df.attrs["skipped"]
    files_with_rows = df["path"].nunique() if len(df) else 0
    assert df.attrs["files_seen"] == n_files
    assert files_with_rows + len(skipped) == n_files
    assert skipped["reason"].map(lambda r: isinstance(r, str) and r != "").all()
    assert df["text"].map(lambda t: isinstance(t, str)).all()


@pytest.fixture(scope="module")
def scratch():
    folder = Path(tempfile.mkdtemp(prefix="toolkit-props-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _fresh(scratch: Path) -> Path:
    return Path(tempfile.mkdtemp(dir=scratch))


@_settings("load bytes")
@given(data=st.binary(max_size=600), name=FILE_NAMES)
def test_load_corpus_accounts_for_a_file_of_arbitrary_bytes(scratch, data, name):
    folder = _fresh(scratch)
    try:
        (folder / name).write_bytes(data)
        _assert_every_file_accounted(_load_quietly(folder), 1)
    finally:
        shutil.rmtree(folder)


# Any file name Linux allows: arbitrary bytes but "/" and NUL, not "." or "..", not hidden (hidden files
# are skipped by design, which is also accounted). Names that are not UTF-8 (GBK from a Chinese
# Windows machine) come back from the file system as str with surrogates.
RAW_NAMES = st.binary(min_size=1, max_size=60).filter(lambda b: b"/" not in b and b"\0" not in b
                                                      and b not in (b".", b".."))


@_settings("load names")
@given(name=RAW_NAMES, ext=st.sampled_from([b".txt", b".md", b""]))
def test_load_corpus_accounts_for_a_file_of_any_name(scratch, name, ext):
    folder = _fresh(scratch)
    try:
        with open(os.path.join(os.fsencode(folder), name + ext), "wb") as fh:
            fh.write("Growth slowed in 2023. Rates held.".encode())
        df = _load_quietly(folder)
        _assert_every_file_accounted(df, 1)
        names = [*df["doc_id"], *df["path"], *df.attrs["skipped"]["path"]]
        assert not any("\ud800" <= ch <= "\udfff" for n in names for ch in n)  # printable, writable to HTML
    finally:
        shutil.rmtree(folder)


@_settings("sentences")
@given(text=ANY_TEXT)
def test_sentences_are_exact_ordered_spans_of_the_text(text):
    sents = toolkit.sentences([text])
    previous_end = 0
    for start, end, sentence in zip(sents["start"], sents["end"], sents["sentence"]):
        assert text[start:end] == sentence
        assert sentence.strip() == sentence and sentence
        assert start >= previous_end
        previous_end = end
    assert sents["sent_id"].tolist() == list(range(len(sents)))


@_settings("tokens")
@given(text=ANY_TEXT)
def test_every_token_lies_inside_its_sentence(text):
    sents = toolkit.sentences([text])
    toks = toolkit.tokens(sents)
    spans = {(d, i): (a, b) for d, i, a, b in zip(sents["doc_id"], sents["sent_id"], sents["start"], sents["end"])}
    for d, i, start, end, token in zip(toks["doc_id"], toks["sent_id"], toks["start"], toks["end"], toks["token"]):
        s_start, s_end = spans[(d, i)]
        assert s_start <= start < end <= s_end
        assert text[start:end] == token


@_settings("score")
@given(texts=st.lists(st.one_of(ANY_TEXT, st.none(), st.just(float("nan"))), max_size=5))
def test_score_texts_gives_one_bounded_row_per_input(texts):
    out = toolkit.score_texts(texts)
    assert len(out) == len(texts)
    assert out["score"].between(-1, 1).all()
    assert set(out["label"]) <= {"positive", "neutral", "negative"}


@_settings("themes")
@given(texts=st.lists(ANY_TEXT, min_size=1, max_size=4))
def test_theme_frequency_counts_every_document_and_theme(texts):
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts,
                           "date": pd.NaT})
    themes = toolkit.load_themes()
    out = toolkit.theme_frequency(corpus)
    assert len(out) == len(texts) * len(themes)
    assert (out["count"] >= 0).all()
    assert out["share"].between(0, 1).all()


@_settings("redline")
@given(text=ANY_TEXT)
def test_redline_of_a_text_with_itself_is_all_unchanged(text):
    r = toolkit.redline(text, text)
    assert (r["status"] == "unchanged").all()
    assert (r["tone_change"].fillna(0) == 0).all()
