"""The sentence table remembered per corpus text column (``_memo.TABLES``): handed the same Arrow text
column again, ``sentences`` (and so ``document_tone``, ``timeline``, ``tone_shift``) returns the table at
once; any change to the texts, the ids or the carried columns builds it afresh."""
from __future__ import annotations

import gc
import importlib

import pandas as pd
import pytest

import toolkit
from toolkit.tokenizing import _memo
from conftest import RELEASES

SENTENCES = importlib.import_module("toolkit.tokenizing.sentences")


pytestmark = pytest.mark.usefixtures("fresh_memo")


@pytest.fixture
def builds(monkeypatch):
    """Count the sentence tables actually built (table memo misses)."""
    seen = []
    real = SENTENCES._sentence_table

    def counting(*args):
        seen.append(args[0])
        return real(*args)

    monkeypatch.setattr(SENTENCES, "_sentence_table", counting)
    return seen


def corpus() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["a", "b", "c"], "source": "test",
                         "date": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"]),
                         "text": [RELEASES.text[0], RELEASES.text[1], "Rates rose. Growth slowed."]})


def test_the_same_corpus_gets_the_same_table_without_building_it(builds):
    c = corpus()
    first = toolkit.sentences(c)
    second = toolkit.sentences(c)
    toolkit.document_tone(c)
    assert len(builds) == 1
    pd.testing.assert_frame_equal(first, second)
    assert second.attrs == first.attrs


def test_an_edited_text_builds_a_new_table(builds):
    c = corpus()
    toolkit.sentences(c)
    c.loc[2, "text"] = "Prices fell. Hiring picked up. Output rose."
    out = toolkit.sentences(c)
    assert len(builds) == 2
    assert out[out["doc_id"] == "c"]["sentence"].tolist() == ["Prices fell.", "Hiring picked up.", "Output rose."]


@pytest.mark.parametrize("change", [
    lambda c: c.assign(doc_id=["x", "y", "z"]),
    lambda c: c.assign(date=c["date"] + pd.Timedelta(days=1)),
    lambda c: c.assign(source="other"),
    lambda c: c.drop(columns="source"),
])
def test_new_ids_or_metadata_beside_the_same_texts_build_a_new_table(builds, change):
    c = corpus()
    toolkit.sentences(c)
    changed = change(c)
    assert _memo.arrow_texts(changed["text"]) is _memo.arrow_texts(c["text"])  # the texts are shared
    expected = SENTENCES._sentence_table(*SENTENCES.documents(changed, "text"), False, 1)
    pd.testing.assert_frame_equal(toolkit.sentences(changed), expected)
    assert len(builds) == 3  # the first call, expected, and the changed corpus's own


def test_editing_a_returned_table_never_reaches_the_next_call():
    c = corpus()
    first = toolkit.sentences(c)
    first.loc[0, "sentence"] = "edited"
    first.loc[0, "start"] = 999
    first.attrs["empty_docs"].append("made up")
    second = toolkit.sentences(c)
    assert second.loc[0, "sentence"] != "edited" and second.loc[0, "start"] == 0
    assert second.attrs["empty_docs"] == []
    second.loc[1, "sentence"] = "again"
    assert toolkit.sentences(c).loc[1, "sentence"] != "again"


def test_a_collected_corpus_leaves_no_table_behind():
    c = corpus()
    toolkit.sentences(c)
    assert len(_memo.TABLES) == 1
    del c
    gc.collect()
    assert len(_memo.TABLES) == 0


def test_no_table_memo_without_a_budget_or_for_python_strings(builds, monkeypatch):
    c = corpus()
    monkeypatch.setenv("TOOLKIT_MEMO_MB", "0")
    toolkit.sentences(c), toolkit.sentences(c)
    monkeypatch.delenv("TOOLKIT_MEMO_MB")
    objects = c.astype({"text": object})  # a numpy object column can be edited in place: no key
    toolkit.sentences(objects), toolkit.sentences(objects)
    assert len(builds) == 4 and len(_memo.TABLES) == 0
