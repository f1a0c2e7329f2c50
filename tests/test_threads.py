"""Threads for the work numpy and pyarrow do with the GIL released (``toolkit.pool.thread_map``): the
tone scorer's runs, the token table's runs and theme_frequency's blocks give the tables of one thread."""
from __future__ import annotations

import threading
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit import pool
from toolkit.tokenizing import _memo
from conftest import BEIGE, RELEASES, need


@pytest.fixture(autouse=True)
def small_runs(monkeypatch):
    """Runs of 500 characters, so a few releases make many runs, and a fresh memo."""
    monkeypatch.setattr(pool, "CACHE_CHARS", 500)
    _memo.clear()
    yield
    _memo.clear()


def texts_of(n: int) -> list:
    return [" ".join(RELEASES.text[(i + j) % 3] for j in range(4)) + f" Orders rose {i} percent." for i in range(n)]


def test_thread_map_keeps_the_order_and_uses_threads():
    names = []

    def work(x):
        names.append(threading.current_thread().name)
        return x * x

    assert pool.thread_map(work, range(20), workers=2) == [x * x for x in range(20)]
    assert any(n.startswith("toolkit") for n in names)
    names.clear()
    assert pool.thread_map(work, range(5), workers=1) == [0, 1, 4, 9, 16]
    assert set(names) == {threading.current_thread().name}  # workers=1: this thread only


def test_thread_map_raises_the_error_of_an_item():
    def work(x):
        if x == 3:
            raise ValueError("item 3 is bad")
        return x

    with pytest.raises(ValueError, match="item 3 is bad"):
        pool.thread_map(work, range(6), workers=2)


def test_thread_map_inside_a_thread_runs_in_that_thread():
    inner_threads = []

    def inner(x):
        inner_threads.append(threading.current_thread().name)
        return x

    def outer(x):
        here = threading.current_thread().name
        pool.thread_map(inner, range(3), workers=2)
        return here

    outer_names = pool.thread_map(outer, range(4), workers=2)
    assert set(inner_threads) <= set(outer_names)  # no thread of the pool waits on the pool


def test_thread_count_follows_workers_and_the_environment(monkeypatch):
    assert pool.thread_count(1) == 1 and pool.thread_count(3) == 3
    monkeypatch.setenv("TOOLKIT_WORKERS", "1")
    assert pool.thread_count() == 1
    monkeypatch.delenv("TOOLKIT_WORKERS")
    monkeypatch.setattr(pool, "usable_cores", lambda: 2)
    monkeypatch.setattr(pool, "free_cores", lambda samples=5: 0.4)  # another program keeps a core busy
    assert pool.thread_count() == 1
    monkeypatch.setattr(pool, "free_cores", lambda samples=5: 2.0)
    assert pool.thread_count() == 2
    monkeypatch.undo()
    monkeypatch.delenv("TOOLKIT_WORKERS", raising=False)
    reads = []
    monkeypatch.setattr(pool, "_running_others", lambda samples=5: reads.append(samples) or 0.0)
    pool.thread_count()
    assert reads == [1]  # one reading of what runs now: a thread costs nothing to start
    with pytest.raises(ValueError, match="workers="):
        pool.thread_count(0)


def test_scores_on_threads_equal_one_thread():
    texts = [*texts_of(12), "", None, "Unemployment fell and losses narrowed.",
             "Unemployment fell and losses narrowed.", "Growth slowed. " * 400, 42]
    assert len(pool.runs([len(t) if isinstance(t, str) else 0 for t in texts])) > 5
    one = toolkit.score_texts(texts, workers=1)
    two = toolkit.score_texts(texts, workers=2)
    pd.testing.assert_frame_equal(one, two)
    assert [[(t.term, t.contribution) for t in ts] for ts in one["terms"]] == \
        [[(t.term, t.contribution) for t in ts] for ts in two["terms"]]
    assert two["terms"][len(texts) - 4] is not two["terms"][len(texts) - 3]  # a repeat gets its own list


def test_token_table_on_threads_equals_one_thread(monkeypatch):
    sents = toolkit.sentences(texts_of(10) + ["Prices fell in Zürich."], workers=1)
    monkeypatch.setenv("TOOLKIT_WORKERS", "1")
    one = toolkit.tokens(sents)
    monkeypatch.setenv("TOOLKIT_WORKERS", "2")
    two = toolkit.tokens(sents)
    pd.testing.assert_frame_equal(one, two)


def test_theme_frequency_on_threads_equals_one_thread():
    texts = texts_of(9) + ["Les véhicules à énergie nouvelle; new energy vehicles grew.", None, ""]
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts,
                           "date": pd.date_range("2020-01-01", periods=len(texts), freq="MS")})
    one = toolkit.theme_frequency(corpus, workers=1)
    _memo.clear()
    two = toolkit.theme_frequency(corpus, workers=2)
    pd.testing.assert_frame_equal(one, two)
    assert one["count"].sum() > 0


def test_threads_equal_one_thread_on_beige_book(monkeypatch):
    folder = need(BEIGE / "2008")
    monkeypatch.setattr(pool, "CACHE_CHARS", 200_000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder, progress=False)
    one = (toolkit.document_tone(corpus, workers=1), toolkit.theme_frequency(corpus, workers=1))
    _memo.clear()
    two = (toolkit.document_tone(corpus, workers=2), toolkit.theme_frequency(corpus, workers=2))
    for a, b in zip(one, two):
        pd.testing.assert_frame_equal(a, b)


def test_the_fork_pool_forks_a_process_without_the_threads():
    pool.thread_map(lambda x: x, range(4), workers=2)  # the threads exist now
    assert any(t.name.startswith("toolkit") for t in threading.enumerate())
    ours = lambda i: [t.name for t in threading.enumerate() if t.name.startswith("toolkit")]  # noqa: E731
    assert pool.run_blocks(ours, 2) == [[], []]  # in the child and here
    assert pool.thread_map(lambda x: x + 1, range(3), workers=2) == [1, 2, 3]  # and start again after
