"""Issue 13, round 13 (i13-r13a): the hedges of certainty C1, C3, C7 the lexicon lacked ("suggest",
"signs of", "assume", "scenario", "depending on", "barring") count into ``uncertainty`` and leave the
tone alone (rule 7); "risk-free" is a rate, not a risk (C4); "May" opening a sentence is the month
unless a pronoun or a question mark makes it the modal (C6, F6). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text", [
    "Survey data suggest that activity has weakened.",
    "There are signs of a recovery in investment.",
    "The projections assume that oil prices stay at current levels.",
    "Sales were mixed, depending on the product line.",
    "Output should rise, barring a sharp slowdown in property.",
])
def test_a_hedge_word_counts(text):
    assert _row(text)["uncertainty"] > 0


@pytest.mark.parametrize("text, label", [
    ("Survey data suggest that activity has weakened.", "negative"),
    ("There are signs of a recovery in investment.", "positive"),
])
def test_a_hedge_word_leaves_the_tone(text, label):
    assert _row(text)["label"] == label


@pytest.mark.parametrize("text", [
    "The risk-free rate rose.",
    "May retail sales were up 3 percent from a year earlier.",
    "May saw a sharp rise in car sales.",
    "May sales were weak.",
    "Sales rose in May.",
])
def test_no_hedge_in_a_safe_rate_or_the_month(text):
    row = _row(text)
    assert row["uncertainty"] == 0 and not row["forward_looking"]


@pytest.mark.parametrize("text", [
    "May output recover soon?",
    "May we expect growth to recover?",
    "Output may recover soon.",
])
def test_may_the_modal_is_still_a_hedge(text):
    assert _row(text)["uncertainty"] > 0


def test_a_risk_free_rate_is_no_news():
    assert _row("The risk-free rate rose.")["label"] == "neutral"


@pytest.mark.parametrize("text", [
    "Steel output is set to decline next year.",
    "Exports are poised to rebound in the second half.",
    "Small firms remain vulnerable to higher borrowing costs.",
    "The banking system's vulnerabilities have grown.",
])
def test_set_to_poised_to_and_vulnerable_are_hedges(text):
    assert _row(text)["uncertainty"] > 0


@pytest.mark.parametrize("text", [
    "The Committee set the target range at 5 percent.",
    "Output rose, setting a new record.",
    "Exports rose strongly in the quarter.",
])
def test_set_without_to_is_no_hedge(text):
    assert _row(text)["uncertainty"] == 0
