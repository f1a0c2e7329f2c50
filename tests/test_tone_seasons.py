"""Issue 13, round 10 (Beige Book): "fall" the season ("in the fall", "this fall", "last fall",
"summer and fall") is a time, not a fall; a fall with a phrase of what moved ("the fall in prices",
"this fall in orders") stays a movement. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Hiring was strong last fall.",
    "Retailers expect sales to pick up this fall.",
    "Construction activity slowed during the fall.",
    "Demand for farm equipment was solid through the summer and fall.",
    "Orders for heating equipment rose in early fall.",
    "Sales were weak in the fall of 2008.",
    "Next fall, builders plan to expand their crews.",
    "Tourism was brisk in the fall and winter months.",
])
def test_the_season_moves_nothing(text):
    assert not any("fall" in term.split() for term in terms(text))


@pytest.mark.parametrize("text, sign", [
    ("Hiring was strong last fall.", 1),  # the pair is hiring strong alone, not also "hiring fall"
    ("Prices fell in the fall.", 1),  # prices fell (good news on prices), the season adds nothing
    ("Retail sales last fall were disappointing.", -1),
])
def test_the_sentence_keeps_the_tone_of_its_other_words(text, sign):
    assert sign * score(text) > 0.1


def _fall_read_as(text: str) -> list[str]:
    from toolkit.tone.lexicon import load_lexicon
    from toolkit.tone.text import _tokens

    lex = load_lexicon()
    return [lex.terms[i] for i in _tokens([text], lex) if lex.terms[i].startswith("fall")]


@pytest.mark.parametrize("text, term", [
    ("Exporters worried about the fall in orders.", "fall orders"),
    ("This fall in sales was larger than expected.", "fall sales"),
    ("Analysts expect a fall of 2 percent in output.", "fall output"),
    ("Employment may fall in the coming months.", "employment fall"),
])
def test_a_fall_of_something_stays_a_movement(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text", [
    "Prices recovered after the fall of the dollar.",
    "Sales rebounded after the fall in the dollar.",
    "Output could rise or fall and winter wheat is a risk.",  # no season before "and": a verb
])
def test_a_fall_with_a_phrase_of_what_moved_is_no_season(text):
    assert _fall_read_as(text) == ["fall"]


def test_the_season_is_a_word_of_its_own():
    assert _fall_read_as("Hiring was strong last fall.") == ["fall (the season)"]
