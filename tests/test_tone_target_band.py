"""Issue 13, round 7: prices read against a target band (central banks with an inflation target
range). Inflation inside its band, or moving back into it, is price stability (good news); inflation
above the band is high inflation (bad news); the band beside a rate the bank sets, or beside any
other quantity, is no news. Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Headline inflation should stay within the target band through next year.",
    "Consumer price inflation is projected to come back to the target range by the third quarter.",
    "Inflation expectations remain bounded by the target range.",
    "Underlying inflation will hover close to the midpoint this year.",
    "Core inflation has moved back within the target range.",
    "Annual inflation is expected to remain consistent with the inflation target in 2026.",
])
def test_prices_inside_or_back_in_their_band_are_good_news(text):
    assert tone_score(text) > 0.1


def test_a_rise_of_prices_into_the_band_was_from_below():
    assert tone_score("Inflation rose to the middle of the target range last quarter.") > 0.1


@pytest.mark.parametrize("text", [
    "Inflation expectations stayed at the upper end of the target band.",
    "Core inflation sat at the upper limit of the target range in May.",
    "Headline inflation is near the upper bound of the target band.",
    "Services inflation remains at the upper end of the target range.",
])
def test_prices_at_the_top_of_their_band_are_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The overnight rate traded within the target range throughout the period.",
    "The policy rate was kept close to the midpoint of the corridor.",
    "The effective federal funds rate stayed near the target set by the Committee.",
    "Money market rates remained above the target range for two days.",
])
def test_a_rate_the_bank_sets_inside_or_above_its_band_is_no_news(text):
    assert abs(tone_score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "Exports stayed within the target range set for the year.",
    "Credit growth remained consistent with the target set for the year.",
    "The value of building permits came in above the target set for the year.",
])
def test_another_quantity_inside_a_band_is_no_news(text):
    assert abs(tone_score(text)) <= 0.1


def test_inflation_inside_the_band_is_not_good_news_when_it_is_not_there():
    assert tone_score("Inflation is not expected to return to the target range before 2027.") < -0.1
