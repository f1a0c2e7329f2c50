"""Issue 13, round 10: lexicon phrases of any length in a lexicon of any size.

A user who brings a large dictionary (Loughran-McDonald alone has about 4,000 words) with long
multi-word entries gets them matched exactly as the bundled phrases are: the longest phrase at a start
wins, the earlier of two overlapping phrases wins, single words are still found. The user words here
are made up ("zq..."), so no bundled term interferes with what each test checks."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.tone import explain, load_lexicon, score_texts
from toolkit.tone.lexicon import Lexicon, _expand_lexicon
from toolkit.tone.phrases import _find_phrases, _phrase_levels

LETTERS = "bcdfghjklmnpqrstvwxz"


def made_up(i: int) -> str:
    """A made-up word per number: zqbbbb, zqcbbb, ..."""
    return "zq" + "".join(LETTERS[i // 20 ** k % 20] for k in range(4))


SIX = " ".join(made_up(i) for i in range(10_000, 10_006))
SEVEN = " ".join(made_up(i) for i in range(10_000, 10_007))  # not listed: a prefix of EIGHT
EIGHT = " ".join(made_up(i) for i in range(10_000, 10_008))


@pytest.fixture(scope="module")
def big():
    """A user lexicon of 10,500 words plus a 6-word phrase (bad) inside an 8-word phrase (good)."""
    rows = [(made_up(i), "level", "0") for i in range(10_500)]
    rows += [(SIX, "state", "-0.6"), (EIGHT, "state", "0.6"), ("zqglut", "state", "-0.6")]
    return load_lexicon(pd.DataFrame(rows, columns=["term", "kind", "value"]))


def fired(text: str, lexicon) -> list:
    return explain(text, lexicon=lexicon)["term"].tolist()


def test_a_user_lexicon_of_ten_thousand_words_with_eight_word_phrases_loads(big):
    assert len(big.terms) > 10_000 and big.max_phrase == 8


def test_a_long_user_phrase_is_found_and_scored(big):
    assert fired(f"There is {SIX}.", big) == [SIX]
    assert score_texts([f"There is {SIX}."], lexicon=big).loc[0, "label"] == "negative"


def test_the_longest_phrase_at_a_start_wins(big):
    assert fired(f"There is {EIGHT}.", big) == [EIGHT]
    assert score_texts([f"There is {EIGHT}."], lexicon=big).loc[0, "label"] == "positive"


def test_an_unlisted_seven_word_prefix_falls_back_to_the_six_word_phrase(big):
    assert fired(f"There is {SEVEN}.", big) == [SIX]


def test_a_phrase_cut_by_the_end_of_the_text_is_not_found(big):
    assert fired(f"There is {' '.join(EIGHT.split()[:5])}", big) == []


def test_the_words_of_a_phrase_alone_are_not_the_phrase(big):
    assert fired(f"Firms saw {made_up(10_001)} {made_up(10_002)}.", big) == []


def test_single_words_are_still_found_beside_long_phrases(big):
    assert fired("There is a zqglut.", big) == ["zqglut"]
    assert score_texts(["Unemployment fell."], lexicon=big).loc[0, "label"] == "positive"


def test_an_empty_lexicon_scores_nothing_without_error():
    empty = Lexicon(_expand_lexicon(pd.DataFrame({"term": [], "kind": []}), "test"))
    assert empty.max_phrase == 0
    row = score_texts(["Unemployment fell sharply in the labor market."], lexicon=empty).loc[0]
    assert (row["score"], row["terms"]) == (0.0, [])


@pytest.mark.parametrize("term", ["glut", "a glut of unsold homes in the region"])
def test_a_one_term_lexicon_finds_its_term(term):
    one = Lexicon(_expand_lexicon(pd.DataFrame({"term": [term], "kind": ["state"], "value": ["-0.6"]}), "test"))
    assert fired(f"Brokers reported {term}.", one) == [term]
    assert fired("Brokers reported a glut of unsold cars.", one) == (["glut"] if term == "glut" else [])


def test_a_lexicon_beyond_the_int64_codes_is_a_clear_error():
    with pytest.raises(ValueError, match=r"2 phrases and 4611686018427387904 terms.*2\*\*63"):
        _phrase_levels({("a", "b"): 4, ("a", "c"): 5}, {"a": 1, "b": 2, "c": 3}, 2 ** 62)


# ------------------------------------------------------------------ the matcher against a plain scan
def plain_scan(ids: list, table: dict, longest: int) -> tuple:
    """Left to right: at each position the longest listed phrase, then on past its end."""
    ids, last, i = list(ids), list(range(len(ids))), 0
    while i < len(ids) - 1:
        for size in range(min(longest, len(ids) - i), 1, -1):
            pid = table.get(tuple(ids[i:i + size]))
            if pid:
                ids[i + 1:i + size] = [0] * (size - 1)
                ids[i], last[i] = pid, i + size - 1
                i += size - 1
                break
        i += 1
    return ids, last


def test_the_matcher_equals_a_plain_longest_first_scan_on_a_large_random_lexicon():
    rng = np.random.default_rng(7)
    words = [made_up(i) for i in range(12_000)]
    phrases = {tuple(words[j] for j in rng.integers(0, 40, rng.integers(2, 10))) for _ in range(600)}
    phrases |= {p[:k] for p in list(phrases)[:200] for k in range(2, len(p))}  # shared prefixes
    rows = [(w, "level", "0") for w in words] + [(" ".join(p), "state", "0.5") for p in phrases]
    lex = load_lexicon(pd.DataFrame(rows, columns=["term", "kind", "value"]))
    table = {tuple(lex.ids[w] for w in p): lex.phrase_of[" ".join(p)] for p in phrases}
    pool = [lex.ids[w] for w in words[:45]]
    merged = 0
    for _ in range(300):
        stream = np.array(rng.choice(pool, rng.integers(2, 60)), dtype=np.int64)
        for p in rng.choice(len(phrases), 3):  # plant whole phrases, some overlapping
            at = int(rng.integers(0, len(stream)))
            key = list(table)[p]
            stream = np.concatenate([stream[:at], key, stream[at:]])
        ids, last = stream.copy(), np.arange(len(stream))
        _find_phrases(ids, last, lex)
        want_ids, want_last = plain_scan(stream.tolist(), table, lex.max_phrase)
        assert ids.tolist() == want_ids and last.tolist() == want_last
        merged += int((last != np.arange(len(last))).sum())
    assert merged > 500  # the check saw many phrases, not streams without any
