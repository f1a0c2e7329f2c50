"""Issue 13, round 7: what is held in check (guidelines, inflation rule: inflation "contained" and
"moderating" are good news). "Contained" is a level word ("inflation remained contained", "costs were
largely contained"; "the measures contained in the budget" are included, not held in check); the
verb "moderate" after a forecast word or a modal ("inflation is expected to moderate", "spending
could moderate") is a slowing, while the adjective stays a degree ("a moderate pace"). Our own
sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score
from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "Core inflation has stayed contained this year.",
    "Wage pressures remained well contained.",
    "Operating costs were largely contained in the quarter.",
    "Headline inflation is projected to moderate in the second half.",
    "Price pressures could moderate next year.",
])
def test_prices_or_costs_held_in_check_are_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Consumer spending is expected to moderate after the holidays.",
    "Export growth will moderate as foreign demand cools.",
])
def test_activity_expected_to_moderate_is_a_slowing(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The measures contained in the budget were approved.",
    "The Committee acted to moderate inflation.",
    "Wages are reviewed at a moderate frequency.",
])
def test_contained_in_an_aim_or_the_adjective_is_no_news(text):
    assert abs(tone_score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "The economy expanded at a moderate pace.",
    "Household spending grew moderately in the spring.",
])
def test_a_moderate_pace_of_growth_stays_good_news(text):
    assert tone_score(text) > 0.1


def test_a_forecast_verb_before_moderate_still_counts_as_a_hedge():
    row = score_texts(["Inflation is expected to moderate next year."]).loc[0]
    assert row["uncertainty"] >= 1 and bool(row["forward_looking"])
