"""Issue 13, round 7: a negated degree said of what comes before it ("the damage was not serious",
"the risk of lending constraints was not great") is little of that quantity (guidelines rule 9:
negation flips the movement): good news for a bad quantity, bad news for a good one; "good, but not
great" is a degree of the good news, not little of it. Our own sentences, not taken from the
labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Storm damage to the plants was not serious.",
    "Loan losses have not been large this year.",
    "Supply disruptions were not significant in the spring.",
    "The slowdown in the region is not severe.",
    "The risk of a credit crunch is not great.",
])
def test_little_of_a_bad_quantity_is_good_news(text):
    assert tone_score(text) > 0.1


def test_little_of_a_good_quantity_is_bad_news():
    assert tone_score("Export orders were not significant in the quarter.") < -0.1


@pytest.mark.parametrize("text", [
    "Holiday sales were good, but not great.",
    "Contacts described demand as solid but not spectacular.",
])
def test_good_but_not_great_stays_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The difference between the two surveys was not significant.",
    "The revision to the series was not large.",
])
def test_a_negated_degree_with_no_quantity_is_no_news(text):
    assert abs(tone_score(text)) <= 0.1
