"""The on-disk corpus cache and the process pool change speed, never results."""
from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import toolkit.cache
import toolkit.corpus
from toolkit import document_tone, load_corpus, theme_frequency
from toolkit.cache import (
    _blocks,
    cache_folder,
    clear_cache,
    corpus_key,
    load_corpus_cached,
    map_documents,
    sentences_and_tokens,
)
from toolkit.tokenizing import sentences, tokens


def quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


@pytest.fixture
def releases(tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "20200115.txt").write_text("Growth picked up in January. Hiring was solid.\n", encoding="utf-8")
    (folder / "20200415.txt").write_text("Output fell sharply. Losses widened in April.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # skipped by load_corpus, with a warning
    return folder


def test_a_cached_corpus_equals_load_corpus_on_first_and_second_call(releases, tmp_path):
    expected = quiet(load_corpus, releases)
    first = quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    again = quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    for got in (first, again):
        pd.testing.assert_frame_equal(got, expected)
        assert got.attrs["root"] == expected.attrs["root"]
        pd.testing.assert_frame_equal(pd.DataFrame(got.attrs["skipped"]), pd.DataFrame(expected.attrs["skipped"]))


def test_the_second_call_reads_the_cache_instead_of_parsing(releases, tmp_path, monkeypatch):
    quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")

    def no_parsing(*args, **kwargs):
        raise AssertionError("load_corpus was called although the corpus is cached")

    monkeypatch.setattr(toolkit.corpus, "load_corpus", no_parsing)
    again = quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    assert len(again) == 2


def test_editing_one_file_gives_a_new_key_and_fresh_text(releases, tmp_path):
    before = quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    key = corpus_key(releases)
    (releases / "20200415.txt").write_text("Output rose strongly in April.\n", encoding="utf-8")
    after = quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    assert corpus_key(releases) != key
    assert after.loc[1, "text"] == "Output rose strongly in April."
    assert before.loc[1, "text"] != after.loc[1, "text"]


def test_load_options_are_part_of_the_key_but_workers_are_not(releases):
    assert corpus_key(releases, workers=2, progress=False) == corpus_key(releases)
    assert corpus_key(releases, default_source="Reuters") != corpus_key(releases)


def test_the_key_covers_every_source_file_of_the_corpus_package_and_its_data_files():
    package = Path(toolkit.corpus.__file__).parent
    sources = {"corpus/" + p.relative_to(package).as_posix() for p in package.rglob("*.py")}
    hashed = {name for name, _ in toolkit.cache._loader_files()}
    assert "corpus/readers/text.py" in sources and sources <= hashed
    assert {"data/boilerplate.tsv", "data/known_sources.txt"} <= hashed


def test_editing_a_corpus_package_source_file_gives_a_new_key(releases, tmp_path, monkeypatch):
    key = corpus_key(releases)
    real = toolkit.cache._loader_files()
    name, item = next((n, i) for n, i in real if n == "corpus/readers/seed.py")
    edited = tmp_path / "seed.py"
    edited.write_bytes(item.read_bytes() + b"\n# a changed rule\n")
    monkeypatch.setattr(toolkit.cache, "_loader_files",
                        lambda: [(n, edited if n == name else i) for n, i in real])
    assert corpus_key(releases) != key
    monkeypatch.setattr(toolkit.cache, "_loader_files", lambda: real)
    assert corpus_key(releases) == key


def test_a_new_corpus_package_source_file_gives_a_new_key(releases, tmp_path, monkeypatch):
    key = corpus_key(releases)
    real = toolkit.cache._loader_files()
    added = tmp_path / "xml.py"
    added.write_text("def read_xml(path, root, data, opts):\n    return []\n", encoding="utf-8")
    monkeypatch.setattr(toolkit.cache, "_loader_files", lambda: real + [("corpus/readers/xml.py", added)])
    assert corpus_key(releases) != key


def test_the_loader_warning_is_repeated_when_reading_from_the_cache(releases, tmp_path):
    quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    with pytest.warns(toolkit.corpus.CorpusWarning, match="skipped 1"):
        load_corpus_cached(releases, cache_dir=tmp_path / "cache")


def test_a_cache_folder_inside_the_corpus_is_refused(releases):
    with pytest.raises(ValueError, match="inside the corpus"):
        load_corpus_cached(releases, cache_dir=releases / ".cache")
    assert not (releases / ".cache").exists()


def test_a_cache_folder_beside_a_single_corpus_file_is_refused(releases):
    with pytest.raises(ValueError, match="inside the corpus"):
        load_corpus_cached(releases / "20200115.txt", cache_dir=releases)


def test_the_cache_folder_follows_the_argument_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("TOOLKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "toolkit"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_folder() == tmp_path / "mine"
    assert cache_folder(tmp_path / "given") == tmp_path / "given"


@pytest.mark.filterwarnings("ignore::toolkit.corpus.CorpusWarning")
def test_a_damaged_cache_entry_is_replaced_with_a_warning(releases, tmp_path):
    folder = tmp_path / "cache"
    expected = quiet(load_corpus_cached, releases, cache_dir=folder)
    (entry,) = folder.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    with pytest.warns(RuntimeWarning, match="could not be read"):
        got = load_corpus_cached(releases, cache_dir=folder)
    pd.testing.assert_frame_equal(got, expected)


def test_clear_cache_removes_the_entries(releases, tmp_path):
    quiet(load_corpus_cached, releases, cache_dir=tmp_path / "cache")
    assert clear_cache(tmp_path / "cache") == 1
    assert list((tmp_path / "cache").iterdir()) == []


def test_sentences_and_tokens_on_two_workers_equal_one_process(beige):
    beige_2000 = quiet(load_corpus, beige / "2000")
    sents, toks = sentences_and_tokens(beige_2000, workers=2)
    expected_sents = sentences(beige_2000)
    pd.testing.assert_frame_equal(sents, expected_sents)
    pd.testing.assert_frame_equal(toks, tokens(expected_sents))
    assert sents.attrs["empty_docs"] == expected_sents.attrs["empty_docs"]


def test_tone_and_themes_are_identical_with_pool_and_cache(beige, tmp_path):
    plain = quiet(load_corpus, beige / "2000")
    fast = quiet(load_corpus_cached, beige / "2000", cache_dir=tmp_path / "cache", workers=2)
    fast = quiet(load_corpus_cached, beige / "2000", cache_dir=tmp_path / "cache", workers=2)  # from the cache
    pd.testing.assert_frame_equal(fast, plain)
    fast_sents = sentences(fast)
    pd.testing.assert_frame_equal(map_documents(document_tone, fast_sents, workers=2),
                                  document_tone(sentences(plain)))
    pd.testing.assert_frame_equal(map_documents(theme_frequency, fast, workers=2), theme_frequency(plain))


def test_blocks_keep_each_documents_rows_together():
    table = pd.DataFrame({"doc_id": list("aaabbbbccd"), "sentence": ["x" * 10] * 10})
    blocks = _blocks(table, 3)
    assert len(blocks) == 3
    assert pd.concat(blocks).equals(table)
    ids = [set(b["doc_id"]) for b in blocks]
    assert all(ids[i].isdisjoint(ids[j]) for i in range(3) for j in range(i + 1, 3))


def test_map_documents_wants_a_table_with_doc_ids():
    with pytest.raises(ValueError, match="'doc_id' column"):
        map_documents(document_tone, pd.DataFrame({"text": ["Growth rose."]}), workers=2)


def test_workers_must_be_a_positive_count(releases):
    corpus = quiet(load_corpus, releases)
    with pytest.raises(ValueError, match="workers=0"):
        sentences_and_tokens(corpus, workers=0)


def test_theme_frequency_given_the_token_table_equals_counting_the_words_itself(beige):
    corpus = quiet(load_corpus, beige / "2000")
    toks = tokens(sentences(corpus))
    from toolkit.tokenizing import _memo

    _memo.WORDS.clear()  # tokens() remembered the word counts: count them from the texts here
    pd.testing.assert_frame_equal(theme_frequency(corpus, tokens=toks), theme_frequency(corpus))


def test_theme_frequency_refuses_the_tokens_of_another_corpus():
    with pytest.raises(ValueError, match="not in the corpus"):
        theme_frequency(["Growth picked up."], tokens=tokens(["Output fell.", "Prices rose."]))


def test_cache_key_follows_the_content_of_a_dates_table(tmp_path):
    (tmp_path / "a.txt").write_text("Output rose.", encoding="utf-8")
    first = pd.DataFrame({"path": ["a.txt"] * 1, "date": ["2024-01-31"]})
    changed = first.assign(date=["2024-02-29"])
    table = tmp_path.parent / f"{tmp_path.name}-dates.csv"
    first.to_csv(table, index=False)
    key_file = corpus_key(tmp_path, dates=table)
    changed.to_csv(table, index=False)
    assert corpus_key(tmp_path, dates=table) != key_file
    assert corpus_key(tmp_path, dates=first) != corpus_key(tmp_path, dates=changed)
    assert corpus_key(tmp_path, dates=first) == corpus_key(tmp_path, dates=first.copy())
