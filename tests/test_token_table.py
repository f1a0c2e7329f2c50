"""The token table is compact (categorical strings, int32 ids, no metadata per token) and
``with_metadata`` joins the corpus columns back on, value for value."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit.tokenizing import sentences, tokens, with_metadata

from conftest import BEIGE, need

CORPUS = pd.DataFrame({
    "doc_id": ["fed/1", "ecb/1", "fed/2"],
    "date": pd.to_datetime(["2024-01-31", "2024-03-07", None]),
    "source": ["Fed", "ECB", "Fed"],
    "title": ["January", "March", ""],
    "text": ["Rates held. Growth slowed.", "Rates fell.", "The Fed's outlook: rates held."],
})


def test_token_strings_are_categorical_with_sorted_categories_and_ids_are_int32():
    toks = tokens(CORPUS)
    for col in ("doc_id", "token", "lower", "lemma"):
        assert isinstance(toks[col].dtype, pd.CategoricalDtype), col
    for col in ("token", "lower", "lemma"):
        cats = list(toks[col].cat.categories)
        assert cats == sorted(cats), col
    assert {str(toks[c].dtype) for c in ("sent_id", "token_id", "start", "end")} == {"int32"}
    assert toks.sort_values("token", kind="stable")["token"].tolist() == sorted(toks["token"].tolist())
    assert toks["lower"].tolist()[:3] == ["rates", "held", "."]


def test_tokens_carry_no_document_metadata():
    assert not {"date", "source", "title"} & set(tokens(CORPUS).columns)
    assert not {"date", "source"} & set(tokens(sentences(CORPUS)).columns)


def test_with_metadata_gives_each_token_its_documents_values():
    toks = with_metadata(tokens(CORPUS), CORPUS)
    texts = dict(zip(CORPUS["doc_id"], CORPUS.itertuples()))
    for doc_id, date, source in zip(toks["doc_id"], toks["date"], toks["source"]):
        row = texts[doc_id]
        assert source == row.source and (date == row.date or (pd.isna(date) and pd.isna(row.date)))
    assert toks["date"].dtype == CORPUS["date"].dtype and toks["source"].dtype == CORPUS["source"].dtype
    assert toks.loc[toks["doc_id"] == "ecb/1", "source"].unique().tolist() == ["ECB"]


def test_with_metadata_joins_named_columns_and_leaves_the_table_alone():
    toks = tokens(CORPUS)
    before = toks.copy()
    out = with_metadata(toks, CORPUS, "title")
    assert list(out.columns) == list(toks.columns) + ["title"]
    assert out.loc[out["doc_id"] == "fed/1", "title"].unique().tolist() == ["January"]
    pd.testing.assert_frame_equal(toks, before)


def test_with_metadata_on_a_sentence_table_and_on_a_corpus_in_another_order():
    sents = sentences(CORPUS).drop(columns=["date", "source"])
    out = with_metadata(sents, CORPUS.iloc[::-1])
    assert out["source"].tolist() == ["Fed", "Fed", "ECB", "Fed"]


def test_with_metadata_on_tokens_of_a_list_of_texts_numbers_the_documents():
    toks = tokens(["Rates held.", "Rates fell."])
    corpus = pd.DataFrame({"text": ["Rates held.", "Rates fell."], "source": ["Fed", "ECB"]})
    assert with_metadata(toks, corpus)["source"].tolist() == ["Fed"] * 3 + ["ECB"] * 3


def test_with_metadata_refuses_tokens_of_another_corpus():
    with pytest.raises(ValueError, match=r"not in the corpus \(e\.g\. 'other'\)"):
        with_metadata(tokens(pd.DataFrame({"doc_id": ["other"], "text": ["Rates rose."]})), CORPUS)


def test_with_metadata_refuses_an_ambiguous_corpus_an_unknown_column_and_a_clash():
    toks = tokens(CORPUS)
    with pytest.raises(ValueError, match="appears more than once"):
        with_metadata(toks, pd.concat([CORPUS, CORPUS]))
    with pytest.raises(ValueError, match=r"no column\(s\) \['series'\]"):
        with_metadata(toks, CORPUS, ["series"])
    with pytest.raises(ValueError, match="already has column"):
        with_metadata(with_metadata(toks, CORPUS), CORPUS, "source")
    with pytest.raises(ValueError, match="corpus DataFrame"):
        with_metadata(toks, ["Rates held."])


def test_with_metadata_is_a_top_level_verb():
    assert toolkit.with_metadata is with_metadata


def test_top_terms_by_period_still_works_from_a_corpus():
    terms = toolkit.top_terms(CORPUS, freq="Y", n=1)
    assert terms["period"].tolist() == ["2024"]
    with pytest.raises(ValueError, match="with_metadata"):
        toolkit.top_terms(tokens(CORPUS), freq="Y")
    joined = toolkit.top_terms(with_metadata(tokens(CORPUS), CORPUS), freq="Y", n=1)
    pd.testing.assert_frame_equal(joined, terms)


@pytest.mark.shared
def test_token_table_of_a_beige_book_year_is_at_most_five_times_its_text():
    folder = need(BEIGE / "2005")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder, progress=False)
    toks = tokens(corpus)
    text_bytes = corpus["text"].memory_usage(deep=True, index=False)
    table_bytes = toks.memory_usage(deep=True, index=False).sum()
    assert table_bytes <= 5 * text_bytes, (table_bytes / 1e6, text_bytes / 1e6)
    # and the join restores what the table carried per token before, value for value
    joined = with_metadata(toks, corpus)
    by_doc = corpus.set_index("doc_id")
    sample = joined.sample(2000, random_state=0)
    assert (sample["source"].to_numpy() == by_doc.loc[sample["doc_id"].astype(str), "source"].to_numpy()).all()
    assert np.array_equal(sample["date"].to_numpy(), by_doc.loc[sample["doc_id"].astype(str), "date"].to_numpy())


def test_tokens_in_runs_of_sentences_equal_one_run(monkeypatch):
    """tokens() works in runs of about CACHE_CHARS characters of sentences and merges the runs'
    forms: with runs of a few sentences the table is the one of a single run, dtypes included."""
    from toolkit import pool

    texts = ["Prices rose 4.6 percent. The U.S. economy grew; it didn't slow.",
             "Café owners said demand – as in 2019 – was “strong”. Output rose.",
             "", "Output rose. Prices rose. Growth slowed in the Fed's district.", "Growth slowed."] * 3
    whole = tokens(texts)
    monkeypatch.setattr(pool, "CACHE_CHARS", 40)
    assert len(pool.runs([len(s) for s in sentences(texts)["sentence"]])) > 10  # really many runs
    runs = tokens(texts)
    pd.testing.assert_frame_equal(whole, runs)
    assert whole.attrs == runs.attrs
    assert whole["token"].cat.categories.tolist() == runs["token"].cat.categories.tolist()


def test_word_counts_in_runs_of_texts_equal_one_run(monkeypatch):
    """count_words on many texts works in runs of about CACHE_CHARS characters: the same counts."""
    from toolkit import pool

    texts = ["The U.S. economy grew 4.6 percent.", "", "Café demand – “strong” – rose; it didn't slow.",
             "COVID-19 year-over-year 1,000 units."] * 5
    whole = toolkit.count_words(texts)
    monkeypatch.setattr(pool, "CACHE_CHARS", 50)
    assert len(pool.runs(list(map(len, texts)))) > 5
    assert toolkit.count_words(texts).tolist() == whole.tolist() == [toolkit.count_words(t) for t in texts]
