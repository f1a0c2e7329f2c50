"""Issue 13, round 7: a movement said of "growth" with a phrase of its own moves the quantity in the
phrase ("strong growth in regulated prices" is a rise of prices, "slower growth of unit labour costs"
is costs moving more slowly); "strong growth" alone, or of a good quantity, keeps its reading.
Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Analysts pointed to rapid growth in labour costs.",
    "Hospitals faced brisk growth in losses last year.",
    "Members noted strong growth in administered prices.",
    "The survey recorded faster growth of consumer prices in the spring.",
])
def test_a_rise_of_a_bad_quantity_or_prices_through_growth_is_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Firms reported slower growth of unit labour costs.",
    "Weaker growth in unemployment claims was reported in March.",
    "Automation restrained the growth of labour costs.",
])
def test_a_slowing_of_a_bad_quantity_through_growth_is_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Rapid growth in bank lending continued in the second quarter.",
    "Strong growth of the money supply was recorded in May.",
    "The central bank curbed the rapid growth of credit.",
])
def test_growth_of_a_monetary_aggregate_is_no_news(text):
    assert abs(tone_score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "Strong growth in recent months lifted household incomes.",
    "Solid growth of manufacturing output continued.",
    "The economy posted strong growth in the second half.",
])
def test_growth_with_no_quantity_of_its_own_or_a_good_one_stays_good_news(text):
    assert tone_score(text) > 0.1


def test_weak_growth_of_a_good_quantity_stays_bad_news():
    assert tone_score("Weak growth in household spending held back the recovery.") < -0.1
