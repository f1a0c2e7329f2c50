"""Issue 14: the scorer's shortcuts give what the plain passes give.

The outlook scorer finds phrase starts by a binary search over the phrases once the layout has fixed
them (``_arrays._fix_phrases``), matches the first two words of a phrase by a table built once per
lexicon (``phrases._first_pairs``), and hands the layout readings their words from one ``Triggers``
pass. Each test compares a shortcut with the plain computation it replaces, on texts where both
have something to find and on texts where neither has."""
from __future__ import annotations

import numpy as np
import pytest

from toolkit.tone import load_lexicon, score_texts
from toolkit.tone import phrases
from toolkit.tone._arrays import _fix_phrases, _phrase_start
from toolkit.tone.engine import _Layout
from toolkit.tone.text import _tokens

TEXTS = ["Upward pressure on prices has increased, and the debt to GDP ratio rose.",
         "Inflation is expected to moderate; price increases for copper were small.",
         "Several plants closed, but firms hired fewer workers than expected.",
         "Inflation remained close to the Committee's 2 percent objective.",
         "Sales were flat."]


def _plain_start(ends: np.ndarray, p: np.ndarray) -> np.ndarray:
    """The phrase start of each of ``p`` by a pass over every token (the computation replaced)."""
    start_of = np.arange(len(ends))
    first = np.flatnonzero(ends != start_of)
    start_of[ends[first]] = first
    return start_of[p]


def test_fixed_phrase_starts_equal_the_pass_over_every_token():
    ends = np.array([0, 3, 2, 3, 4, 7, 6, 7, 8])  # phrases 1-3 and 5-7
    _fix_phrases(ends)
    p = np.arange(len(ends))
    assert _phrase_start(ends, p).tolist() == _plain_start(ends, p).tolist() == [0, 1, 2, 1, 4, 5, 6, 5, 8]


def test_fixed_phrase_starts_of_two_phrases_with_one_end_take_the_later_start():
    ends = np.array([3, 1, 3, 3])  # two spans end at 3: the later start wins, as in the plain pass
    _fix_phrases(ends)
    assert _phrase_start(ends, np.array([3, 1])).tolist() == _plain_start(ends, np.array([3, 1])).tolist() == [2, 1]


def test_phrase_start_of_an_unfixed_array_is_the_plain_pass():
    ends = np.array([0, 2, 2])
    assert _phrase_start(ends, np.array([2, 0])).tolist() == [1, 0]


def test_layout_phrase_starts_equal_the_pass_over_every_token():
    lex = load_lexicon()
    t = _Layout(_tokens(TEXTS, lex), lex)
    assert t.last is not None  # the texts have phrases ("debt to gdp ratio", "expected to")
    p = np.arange(t.n)
    assert (_phrase_start(t.last, p) == _plain_start(t.last, p)).all()


@pytest.mark.parametrize("cells", [phrases._DENSE_CELLS, 0])  # the table, and the search it replaces
def test_first_step_by_the_table_equals_the_binary_search(monkeypatch, cells):
    lex = load_lexicon()
    ids = _tokens(TEXTS + ["Nothing here opens a phrase."], lex)
    where = np.flatnonzero(lex.phrase_start[ids[:-1]])
    idx, cur = phrases._step(ids, where, lex.phrase_first[ids[where]], 1, lex.phrase_levels[0])
    monkeypatch.setattr(phrases, "_DENSE_CELLS", cells)
    monkeypatch.setattr(lex, "_first_pair_table", None, raising=False)
    fast_idx, fast_cur = phrases._first_step(ids, where, lex)
    assert len(idx) > 0
    assert fast_idx.tolist() == idx.tolist() and fast_cur.tolist() == cur.tolist()


def test_readings_fire_on_the_words_triggers_found_and_not_elsewhere():
    # "prices" written for "price" before "increases": read as prices (a good's price is a level)
    df = score_texts(["Manufacturers reported price reductions.", "Manufacturers reported steel price reductions."])
    assert df.loc[0, "score"] > 0.1 and abs(df.loc[1, "score"]) < 0.1
    # the push reads its object; the same words without a direction word stay a rise of pressures
    pushed = score_texts(["Downward pressure on prices has increased."]).loc[0, "score"]
    rising = score_texts(["Pressure on prices has increased."]).loc[0, "score"]
    assert pushed != rising
