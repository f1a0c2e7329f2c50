"""Issue 13, round 10 (Beige Book): nouns spelled like a market word that name output or demand - the
yields of a crop ("corn yields are expected to be lower") and buyers' interest ("buyer interest in new
homes increased", "interest in buying homes rose") - read as a good quantity; "Treasury yields",
"bond yields" and "interest rates" stay levels. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Corn yields are expected to be lower than last year.", -1),
    ("Wheat yields improved after the rains.", 1),
    ("Buyer interest in new homes increased.", 1),
    ("Interest in buying homes rose sharply in the spring.", 1),
    ("Customer interest in luxury cars weakened.", -1),
    ("Cotton yields declined in the southern part of the District.", -1),
    ("Investor interest in office buildings fell.", -1),
    ("Soybean yields were higher than expected.", 1),
])
def test_output_and_demand_carry_their_tone(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Treasury yields fell.",
    "Bond yields rose sharply.",
    "Interest rates rose.",
    "Yields on mortgage securities increased.",
])
def test_market_yields_and_rates_stay_levels(text):
    assert score(text) == 0


def test_the_crop_yield_is_named_in_the_terms():
    assert terms("Corn yields were lower.") == ["yields (of a crop) lower"]


def test_interest_stimulated_is_demand_stimulated():
    # round 10: "interest in the new models" is demand (tests/test_tone_helped.py used it as an unknown object)
    assert score("Contacts said the campaign stimulated interest in the new models.") > 0.1


@pytest.mark.parametrize("text, word", [
    ("Capital gains taxes were cited as a burden.", "gains"),
    ("Hiring of high school graduates rose.", "high"),
    ("Firms hired more high school students for the summer.", "high"),
    ("Investors worried about the capital gains tax.", "gains"),
])
def test_a_tax_and_a_school_are_no_gain_and_no_level(text, word):
    assert not any(word in found.split() for found in terms(text))


@pytest.mark.parametrize("text, sign", [
    ("Capital spending gains were broad.", 1),
    ("High demand for school supplies lifted sales.", 1),
    ("School enrollment was high.", 0),
])
def test_the_words_apart_keep_their_reading(text, sign):
    value = score(text)
    assert (sign * value > 0.1) if sign else abs(value) < 0.1
