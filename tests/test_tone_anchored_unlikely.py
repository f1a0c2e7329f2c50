"""Issue 13, sixth round: two words the scorer missed. "Anchored" said of prices is held in place, like
"stable" ("inflation expectations remain well anchored" is good news under the reading against price
stability; said of anything else it is no news). "Unlikely" denies the movement it is said of ("exports are
unlikely to recover" is bad news), and still counts as a hedge. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Inflation expectations remain well anchored.",
    "Longer-term inflation expectations have remained firmly anchored.",
    "Surveys show that household inflation expectations are anchored.",
    "Market-based inflation expectations remained well anchored.",
])
def test_anchored_prices_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Exports are unlikely to recover soon.", -1),
    ("Consumers are unlikely to step up spending.", -1),
    ("Unemployment is unlikely to rise much further.", 1),
    ("Firms said that orders were unlikely to rebound quickly.", -1),
])
def test_unlikely_denies_the_movement(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Inflation is likely to rise.", -1),  # "likely" keeps the movement
    ("Growth is likely to pick up.", 1),
    ("Growth was anchored by strong consumer spending.", 1),  # not prices: the support still counts
])
def test_likely_and_anchored_elsewhere_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1


def test_unlikely_still_counts_as_a_hedge():
    assert score_texts(["Exports are unlikely to recover soon."]).loc[0, "uncertainty"] >= 1


def test_an_aim_of_keeping_expectations_anchored_is_no_news():
    assert score("Communicating the goal clearly helps keep inflation expectations firmly anchored.") == 0
