"""The derived-results memo (one sentence split and word count per text content) and the automatic
pool (whole blocks of documents on both cores, the same tables as one process)."""
from __future__ import annotations

import importlib
import warnings

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit import pool
from toolkit.tokenizing import _memo
from conftest import BEIGE, RELEASES, need

SENTENCES = importlib.import_module("toolkit.tokenizing.sentences")
FREQUENCY = importlib.import_module("toolkit.themes.frequency")


pytestmark = pytest.mark.usefixtures("fresh_memo")


@pytest.fixture
def splits(monkeypatch):
    """Count the texts actually split (memo misses)."""
    seen: list[str] = []
    one, many = SENTENCES._split, SENTENCES._split_many

    def counting(text):
        seen.append(text)
        return one(text)

    def counting_many(texts):
        seen.extend(texts)
        return many(texts)

    monkeypatch.setattr(SENTENCES, "_split", counting)
    monkeypatch.setattr(SENTENCES, "_split_many", counting_many)
    return seen


def corpus_of(n_docs: int = 40) -> pd.DataFrame:
    """Releases made from the RELEASES texts, each one a little different (so none is a repeat) and
    long enough to be remembered (the memo skips texts under 2,000 characters)."""
    texts = [" ".join([RELEASES.text[(i + j) % 3] for j in range(25)])
             + f" Orders rose {i} percent in the quarter. Mr. Lee said so." for i in range(n_docs)]
    return pd.DataFrame({"doc_id": [f"r{i:03d}" for i in range(n_docs)], "source": "test",
                         "date": pd.date_range("2020-01-01", periods=n_docs, freq="MS"), "text": texts})


# ------------------------------------------------------------------------------------- the memo
def test_document_tone_of_a_corpus_reuses_the_split_of_sentences(splits):
    corpus = corpus_of()
    sents = toolkit.sentences(corpus)
    assert len(splits) == len(corpus)
    tone = toolkit.document_tone(corpus)
    assert len(splits) == len(corpus)  # no text split a second time
    pd.testing.assert_frame_equal(tone, toolkit.document_tone(sents))


def test_timeline_reuses_the_split_and_the_word_counts(splits, monkeypatch):
    corpus = corpus_of(12)
    toolkit.sentences(corpus)
    toolkit.theme_frequency(corpus)
    counted = []
    real = FREQUENCY.count_words
    monkeypatch.setattr(FREQUENCY, "count_words", lambda texts: counted.append(len(texts)) or real(texts))
    before = len(splits)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        toolkit.timeline(corpus, progress=False)
    assert len(splits) == before  # timeline sorts and subsets the corpus: the split is still reused
    assert counted == []          # and the word counts of theme_frequency


def test_theme_frequency_after_tokens_of_the_corpus_counts_no_words(monkeypatch):
    corpus = corpus_of(12)
    toolkit.tokens(toolkit.sentences(corpus))
    counted = []
    real = FREQUENCY.count_words
    monkeypatch.setattr(FREQUENCY, "count_words", lambda texts: counted.append(len(texts)) or real(texts))
    handed = toolkit.theme_frequency(corpus)
    assert counted == []  # tokens() left the word counts of every document
    _memo.clear()
    pd.testing.assert_frame_equal(handed, toolkit.theme_frequency(corpus))
    assert counted == [len(corpus)]


def test_tokens_of_another_table_hand_no_word_counts_over():
    corpus = corpus_of(6)
    sents = toolkit.sentences(corpus)
    toolkit.tokens(sents.assign(doc_id=sents["doc_id"].iloc[::-1].to_numpy()))  # ids no longer the corpus's
    toolkit.tokens(sents.iloc[: len(sents) // 2])                               # half the sentences
    assert len(_memo.WORDS) == 0
    toolkit.tokens(sents)
    assert len(_memo.WORDS) == len(corpus)


@pytest.mark.parametrize("folder", ["fomc-statements", "pboc-mpc", "central-banks", "beige-book/2005", "../seeds"])
def test_a_documents_words_are_its_sentences_words(folder):
    """What the hand-over rests on: count_words of a text = its sentences' is_alpha tokens."""
    from conftest import SHARED

    path = need(SHARED / "corpora" / folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(path, progress=False)
    toks = toolkit.tokens(toolkit.sentences(corpus, workers=1))
    per_doc = toks["is_alpha"].groupby(toks["doc_id"], observed=True, sort=False).sum()
    per_doc.index = per_doc.index.astype(str)
    from_tokens = per_doc.reindex(corpus["doc_id"].astype(str), fill_value=0).tolist()
    assert from_tokens == np.asarray(toolkit.count_words(corpus["text"].fillna("").tolist())).tolist()


def test_a_text_edited_in_place_is_split_afresh(splits):
    corpus = corpus_of(5)
    first = toolkit.sentences(corpus)
    corpus.loc[2, "text"] = corpus.loc[2, "text"] + " Output fell sharply."
    second = toolkit.sentences(corpus)
    assert len(second) == len(first) + 1
    assert second.loc[second["doc_id"] == "r002", "sentence"].iloc[-1] == "Output fell sharply."
    assert splits[-1] == corpus.loc[2, "text"]  # only the edited text was split again
    assert len(splits) == 6


def test_an_edited_copy_is_split_afresh_and_the_original_keeps_its_split():
    corpus = corpus_of(5)
    original = toolkit.sentences(corpus)
    copy = corpus.copy()
    copy.loc[0, "text"] = copy.loc[0, "text"].replace("Mr. Lee said so.", "Mr. Lee said so. Prices fell.")
    edited = toolkit.sentences(copy)
    assert edited.loc[edited["doc_id"] == "r000", "sentence"].iloc[-1] == "Prices fell."
    pd.testing.assert_frame_equal(toolkit.sentences(corpus), original)
    _memo.clear()
    pd.testing.assert_frame_equal(toolkit.sentences(copy), edited)  # what a fresh split gives


def test_same_text_under_another_doc_id_gets_that_doc_id():
    corpus = corpus_of(3)
    toolkit.sentences(corpus)
    renamed = corpus.assign(doc_id=["x", "y", "z"])
    assert set(toolkit.sentences(renamed)["doc_id"]) == {"x", "y", "z"}


def test_memo_stays_within_its_budget(monkeypatch):
    monkeypatch.setenv("TOOLKIT_MEMO_MB", "0.02")  # 20,000 bytes: a few texts
    corpus = corpus_of(40)
    sents = toolkit.sentences(corpus)
    assert 0 < len(_memo.SPLITS) < 40
    assert _memo.SPLITS.nbytes <= 20_000
    monkeypatch.setenv("TOOLKIT_MEMO_MB", "0")
    _memo.clear()
    pd.testing.assert_frame_equal(toolkit.sentences(corpus), sents)
    assert len(_memo.SPLITS) == 0


def test_a_bad_memo_budget_says_what_to_give(monkeypatch):
    monkeypatch.setenv("TOOLKIT_MEMO_MB", "lots")
    with pytest.raises(ValueError, match="TOOLKIT_MEMO_MB"):
        toolkit.sentences(corpus_of(1))


def test_short_texts_are_split_again_not_remembered(splits):
    short = ["Rates rose. Growth slowed.", "Output fell."]
    first = toolkit.sentences(short)
    pd.testing.assert_frame_equal(toolkit.sentences(short), first)
    assert len(splits) == 4 and len(_memo.SPLITS) == 0


def test_split_sentences_returns_a_fresh_list_each_time():
    text = "Rates rose. Growth slowed."
    spans = toolkit.split_sentences(text)
    spans.append((0, 1))
    assert toolkit.split_sentences(text) == [(0, 11), (12, 26)]


# ------------------------------------------------------------------------------------- the pool
def assert_pool_equals_one_process(corpus):
    """sentences, document_tone and theme_frequency on one process and on two: the same frames."""
    one = (toolkit.sentences(corpus, workers=1), toolkit.document_tone(corpus, workers=1),
           toolkit.theme_frequency(corpus, workers=1))
    _memo.clear()
    two = (toolkit.sentences(corpus, workers=2), toolkit.document_tone(corpus, workers=2),
           toolkit.theme_frequency(corpus, workers=2))
    for a, b in zip(one, two):
        pd.testing.assert_frame_equal(a, b)
        assert a.attrs == b.attrs


def test_workers_1_and_2_give_the_same_tables():
    assert_pool_equals_one_process(corpus_of(60))


@pytest.mark.parametrize("method", ["outlook", "vader"])
def test_score_texts_on_two_processes_equals_one(method):
    texts = [*corpus_of(10)["text"], "", None, "Unemployment fell and losses narrowed."]
    one = toolkit.score_texts(texts, method=method, workers=1)
    two = toolkit.score_texts(texts, method=method, workers=2)
    pd.testing.assert_frame_equal(one, two)
    assert [[t.term for t in ts] for ts in one["terms"]] == [[t.term for t in ts] for ts in two["terms"]]


def test_scoring_in_blocks_equals_scoring_all_texts_at_once(monkeypatch):
    """The outlook scorer takes its texts in blocks of CACHE_CHARS characters: blocks of a few texts
    (repeats, empty and missing texts, a very long text among them) give the same table, terms
    included, as one block of everything."""
    texts = [*corpus_of(12)["text"], "", None, "Unemployment fell and losses narrowed.",
             "Unemployment fell and losses narrowed.", "Growth slowed. " * 2000, 42]
    whole = toolkit.score_texts(texts, workers=1)
    monkeypatch.setattr(pool, "CACHE_CHARS", 300)
    assert len(pool.runs([len(t) if isinstance(t, str) else 0 for t in texts], 300)) > 5  # several blocks
    parts = toolkit.score_texts(texts, workers=1)
    pd.testing.assert_frame_equal(whole, parts)
    assert [[(t.term, t.contribution) for t in ts] for ts in whole["terms"]] == \
        [[(t.term, t.contribution) for t in ts] for ts in parts["terms"]]
    assert parts["terms"][len(texts) - 5] is not parts["terms"][len(texts) - 4]  # a repeat gets its own list


def test_pooled_tables_equal_one_process_on_beige_book():
    folder = need(BEIGE / "2008")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder, progress=False)
    assert_pool_equals_one_process(corpus)


def _fails_on_block_1(i: int, texts: list[str]) -> int:
    if i == 1:
        raise ValueError(f"block 1 cannot read {texts[i]!r}")
    return len(texts[i])


def test_an_error_in_a_worker_is_raised_here():
    with pytest.raises(ValueError, match="block 1 cannot read 'b'"):
        pool.run_blocks(_fails_on_block_1, 2, ["a", "b"])
    assert pool.run_blocks(_fails_on_block_1, 1, ["abc"]) == [3]


@pytest.fixture(autouse=True)
def _load_from_getloadavg(monkeypatch):
    """The tests set the machine's load through os.getloadavg; the snapshot of /proc is tested alone."""
    monkeypatch.setattr(pool, "_running_others", lambda samples=5: None)


def test_free_cores_reads_what_runs_now_not_the_lagging_load_average(monkeypatch, tmp_path):
    monkeypatch.undo()
    monkeypatch.setattr(pool, "usable_cores", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (5.0, 5.0, 5.0))  # a program that just ended
    runnable = iter(["1/80", "1/80", "2/80", "1/80", "1/80"])            # this thread, once another
    real_open = open

    def fake_open(path, *a, **k):
        if path == "/proc/loadavg":
            (tmp_path / "loadavg").write_text(f"5.00 5.00 5.00 {next(runnable)} 999\n")
            return real_open(tmp_path / "loadavg", *a, **k)
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", fake_open)
    assert pool.free_cores() == pytest.approx(1.8)  # 2 cores, 0.2 busy on average: the pool is worth it
    runnable = iter(["3/80"] * 5)                    # two other programs running: no core free
    assert pool.free_cores() == 0.0
    monkeypatch.setattr("builtins.open", lambda path, *a, **k: (_ for _ in ()).throw(OSError("no /proc")))
    assert pool.free_cores() == 0.0                  # no /proc: the load average (5.0) stands in


def test_auto_stays_in_one_process_when_small_busy_or_in_a_worker(monkeypatch):
    monkeypatch.setattr(pool, "usable_cores", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    big = pool.POOL_MIN_CHARS
    assert pool.pool_workers(big - 1) == 1          # small: the pool costs more than it saves
    assert pool.pool_workers(big) == (2 if pool.can_fork() else 1)
    split = pool.SPLIT_POOL_MIN_CHARS               # the sentence split's own break-even
    assert pool.pool_workers(split - 1, None, split) == 1
    assert pool.pool_workers(split, None, split) == (2 if pool.can_fork() else 1)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (1.6, 1.0, 1.0))
    assert pool.pool_workers(big) == 1              # the other core is busy
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (1.0, 1.0, 1.0))
    assert pool.pool_workers(big) == 1              # one other program on one of two cores: no pool
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    monkeypatch.setattr(pool, "_IN_WORKER", True)
    assert pool.pool_workers(big) == 1              # no pool inside a pool


def test_workers_override_the_automatic_choice(monkeypatch):
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (9.0, 9.0, 9.0))
    assert pool.pool_workers(10, 2) == 2
    assert pool.pool_workers(10**9, 1) == 1


@pytest.mark.parametrize("bad", [0, -1, "2", 1.5, True])
def test_bad_workers_say_what_to_give(bad):
    with pytest.raises(ValueError, match="workers="):
        toolkit.sentences(["Rates rose."], workers=bad)


def test_toolkit_workers_sets_the_default(monkeypatch):
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setenv("TOOLKIT_WORKERS", "1")
    assert pool.pool_workers(10**9) == 1
    monkeypatch.setenv("TOOLKIT_WORKERS", "2")
    assert pool.pool_workers(10) == 2
    assert pool.pool_workers(10, 1) == 1  # an explicit workers= wins
    monkeypatch.setenv("TOOLKIT_WORKERS", "two")
    with pytest.raises(ValueError, match="TOOLKIT_WORKERS"):
        pool.pool_workers(10)


def test_load_corpus_on_two_processes_equals_one():
    folder = need(BEIGE / "2008")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = toolkit.load_corpus(folder, workers=1, progress=False)
        two = toolkit.load_corpus(folder, workers=2, progress=False)
    pd.testing.assert_frame_equal(one, two)


def test_tone_shift_reuses_the_split_of_redline(splits):
    filler = " ".join(corpus_of(1)["text"])  # long enough to be remembered
    old, new = f"Growth slowed. {filler}", f"Growth picked up. {filler}"
    toolkit.redline(old, new)
    before = len(splits)
    assert before == 2  # redline split each release once
    shift = toolkit.tone_shift(old, new)
    assert len(splits) == before
    assert round(shift.change, 3) == round(float(shift.sentences["contribution"].sum()), 3)


def test_auto_stays_in_one_process_in_a_thread(monkeypatch):
    import threading

    monkeypatch.setattr(pool, "usable_cores", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    seen = []
    worker = threading.Thread(target=lambda: seen.append(pool.pool_workers(pool.POOL_MIN_CHARS)))
    worker.start()
    worker.join()
    assert seen == [1]


def test_bench_pipeline_finds_the_readme_pipeline_lines():
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_pipeline import readme_pipeline
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    steps = readme_pipeline()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert list(steps) == ["load", "sentences", "tokens", "document_tone", "theme_frequency"]
    assert all(line in readme for line in steps.values())
    assert steps["sentences"] == "sents = toolkit.sentences(corpus)"


def _choice_in_worker(block: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"workers": [pool.pool_workers(10**9)]})


def test_map_documents_workers_start_no_pool_of_their_own(monkeypatch):
    monkeypatch.setattr(pool, "usable_cores", lambda: 2)  # idle cores, as the workers see them
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert pool.pool_workers(10**9) == (2 if pool.can_fork() else 1)
    out = toolkit.cache.map_documents(_choice_in_worker, corpus_of(4), workers=2)
    assert out["workers"].tolist() == [1, 1]
