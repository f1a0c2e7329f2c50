"""Issue 13, tenth round (other central banks): a gap is a bad-direction quantity, and in "the gap
between X and Y widened" the movement is the gap's, not the second side's ("demand widened" read as
good news). A widening gap, spread or deficit is bad news, a narrowing one good news (guidelines rule
1); a gap between levels (interest rates) stays no news (rule 10). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "The gap between supply and demand widened.",
    "The gap between actual and potential output widened further in the second quarter.",
    "The gap between exports and imports has widened since March.",
    "The negative output gap widened as demand weakened.",
    "The output gap widened.",
])
def test_a_widening_gap_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The gap between supply and demand narrowed.",
    "The negative output gap will narrow as most sectors recoup their pre-pandemic levels.",
    "The gap between actual and potential output is expected to narrow next year.",
    "The negative output gap narrowed markedly.",
])
def test_a_narrowing_gap_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("The gap between supply and demand widened.", "gap widened"),
    ("The gap between consumption and income narrowed.", "gap narrowed"),
])
def test_the_movement_pairs_with_the_gap_not_the_second_side(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Credit spreads widened sharply.", -1),
    ("Corporate bond spreads narrowed.", 1),
    ("The current account deficit widened.", -1),
    ("The budget deficit narrowed to 2 percent of GDP.", 1),
])
def test_spreads_and_deficits_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The spread between lending and deposit rates widened.",
    "The gap between lending and deposit rates narrowed.",
])
def test_a_gap_between_levels_is_no_news(text):
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("Demand rose strongly, and the gap between them shows that demand rose.", 1),
    ("The gap between the regions is large, and demand widened in most of them.", 1),
    ("Exports fell sharply in May.", -1),
])
def test_a_movement_outside_the_between_phrase_keeps_its_quantity(text, sign):
    assert score(text) * sign > 0.1


def test_the_sides_of_a_gap_count_no_tone_alone():
    text = "The Committee is concerned about the risk of a gap between the growth of demand and potential supply."
    assert "growth" not in terms(text)
    assert "growth" in terms("The Committee noted the growth of demand.")
