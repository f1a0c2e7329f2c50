"""The verbs on Dask partitions give the in-memory results, row for row."""
from __future__ import annotations

import importlib
import sys
import warnings

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe", reason="the optional Dask extra: pip install toolkit[dask]")
distributed = pytest.importorskip("distributed")

import toolkit.dask as tkd  # noqa: E402
from toolkit import document_tone, load_corpus, theme_frequency  # noqa: E402

DECADE = range(2000, 2010)


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


def in_order(df: pd.DataFrame, *keys: str) -> pd.DataFrame:
    return df.sort_values(list(keys), kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def beige_decade(tmp_path_factory):
    """The Beige Book 2000-2009 as a folder of links to the year folders (nothing is copied)."""
    from conftest import BEIGE, need

    need(BEIGE)
    folder = tmp_path_factory.mktemp("beige") / "beige-2000s"
    folder.mkdir()
    for year in DECADE:
        (folder / str(year)).symlink_to(BEIGE / str(year), target_is_directory=True)
    return folder


@pytest.fixture(scope="module")
def decade_corpus(beige_decade):
    return quiet(load_corpus, beige_decade)


@pytest.fixture(scope="module")
def decade_partitions(beige_decade, client):
    return quiet(tkd.load_corpus_partitions, beige_decade, npartitions=4)


def test_partitions_hold_the_corpus_load_corpus_reads(decade_partitions, decade_corpus):
    assert decade_partitions.npartitions == 4
    got = decade_partitions.compute()
    pd.testing.assert_frame_equal(in_order(got, "doc_id"), in_order(decade_corpus, "doc_id"))


def test_document_tone_on_a_two_worker_cluster_equals_the_in_memory_verb(decade_partitions, decade_corpus):
    got = tkd.document_tone(decade_partitions).compute()
    expected = document_tone(decade_corpus)
    assert len(got) == len(decade_corpus) > 1000
    pd.testing.assert_frame_equal(in_order(got, "doc_id"), in_order(expected, "doc_id"))


def test_theme_frequency_on_a_two_worker_cluster_equals_the_in_memory_verb(decade_partitions, decade_corpus):
    got = tkd.theme_frequency(decade_partitions).compute()
    expected = theme_frequency(decade_corpus)
    assert got["count"].sum() > 0
    pd.testing.assert_frame_equal(in_order(got, "doc_id", "theme"), in_order(expected, "doc_id", "theme"))


def test_duplicates_are_marked_across_partitions_as_load_corpus_does(tmp_path, client):
    text = "Growth picked up. Hiring was solid.\n"
    for name in ("20200115.txt", "20200415.txt", "20200715.txt"):
        (tmp_path / name).write_text(text if name != "20200415.txt" else "Output fell.\n", encoding="utf-8")
    got = tkd.load_corpus_partitions(tmp_path, npartitions=3).compute()
    expected = load_corpus(tmp_path)
    pd.testing.assert_frame_equal(in_order(got, "doc_id"), in_order(expected, "doc_id"))
    assert got["is_duplicate"].sum() == 1


def test_a_corpus_in_memory_runs_on_partitions_too(client, seed_path):
    corpus = load_corpus(seed_path)
    got = tkd.document_tone(tkd.from_corpus(corpus, npartitions=1)).compute()
    pd.testing.assert_frame_equal(got, document_tone(corpus))


def test_a_pandas_frame_is_refused_with_the_in_memory_verb_named(seed_path):
    with pytest.raises(ValueError, match="toolkit.document_tone"):
        tkd.document_tone(load_corpus(seed_path))


def test_without_dask_the_import_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)  # what `import` sees when dask is absent
    monkeypatch.delitem(sys.modules, "toolkit.dask")
    with pytest.raises(ImportError, match=r"pip install toolkit\[dask\]"):
        importlib.import_module("toolkit.dask")
