"""Issue 13, tenth round (other central banks): "moderate" as the predicate of prices ("inflation will
remain moderate") says prices are held in check, good news like "contained" (guidelines, inflation
rule). Of any other quantity it stays a diminisher ("growth remained moderate" keeps the mild tone of
growth), and prices that rise at a moderate pace still rise. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Inflation will remain moderate.",
    "Price pressures remained moderate in the second quarter.",
    "Consumer prices are likely to remain relatively moderate.",
    "In the coming quarters, core inflation is expected to stay moderate.",
])
def test_prices_that_remain_moderate_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Growth remained moderate.", 1),
    ("Economic growth was moderate during the first half of the year.", 1),
    ("Inflation rose at a moderate pace.", -1),
    ("Inflation is expected to moderate.", 1),  # the verb, as before
])
def test_moderate_elsewhere_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1


def test_moderate_growth_stays_mild():
    assert 0 < score("Growth remained moderate.") < score("Growth remained strong.")
