"""Issue 13, round 10 (FOMC and PBoC): a movement noun in a quantity's own "of" / "about" phrase is what
the quantity is about ("fears of a decline", "concerns about a deterioration in business conditions"):
it does not move the fear or the concern (that read "fears of a decline" as fears declining, good
news). And "deterioration" is a movement noun like "weakness": "the deterioration in the labor market
is abating" is a fall that slowed, good news. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There are fears of a decline.",
    "Concerns about a deterioration in business conditions remain.",
    "Investors voiced concerns about a weakening of the currency.",
    "Concerns about weakness abroad increased.",
    "Markets reflected fears of a fall.",
    "Businesses expressed concern about weaker conditions.",
    "The survey showed worries about a decline.",
])
def test_a_feared_movement_is_not_a_movement_of_the_fear(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Uncertainty about the outlook has risen.", -1),  # the movement after the phrase moves the head
    ("Concerns about inflation have eased.", 1),
    ("Regional analysts expect the unemployment rate to fall below 6 percent.", 1),  # "to" of a verb
    ("Retail sales continued at a strong pace.", 1),  # "at": the quantity's own level
])
def test_movements_after_the_phrase_or_of_the_quantity_itself_still_pair(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The deterioration in the labor market is abating.",
    "The deterioration in labor market conditions has moderated.",
    "Information received suggests that the deterioration in the labor market is abating.",
    "The deterioration in business investment has eased.",
])
def test_a_deterioration_that_abates_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "There was a deterioration in loan quality.",
    "Further deterioration is possible.",
    "The deterioration in the labor market accelerated.",
    "Bankers expect some deterioration in credit quality.",  # loan quality, not the credit aggregate
])
def test_a_deterioration_is_still_bad_news(text):
    assert score(text) < -0.1
