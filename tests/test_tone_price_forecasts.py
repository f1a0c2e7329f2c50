"""Issue 13, round 7: a forecast of prices is prices (guidelines rule 10: forecast revisions count as
forecasts): "the inflation forecast was revised upwards" is a rise of prices, bad news under the
inflation rule, not a better forecast; a growth forecast keeps its reading. Our own sentences, not
taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score
from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "The bank revised its inflation forecast upwards.",
    "Inflation forecasts for both years were raised again.",
    "The staff's inflation projections moved higher.",
    "The committee's inflation forecast for 2027 edged up.",
])
def test_a_higher_forecast_of_prices_is_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Inflation projections were revised downward in May.",
    "The CPI projections declined for the coming year.",
    "The CPI forecast was revised down for the coming quarters.",
])
def test_a_lower_forecast_of_prices_is_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The growth forecast was revised upwards.",
    "Forecasts for exports were raised again.",
])
def test_a_higher_forecast_of_activity_stays_good_news(text):
    assert tone_score(text) > 0.1


def test_a_forecast_of_prices_named_without_a_movement_is_no_news():
    assert abs(tone_score("Analysts published their inflation forecasts on Monday.")) <= 0.1


def test_a_forecast_of_prices_is_still_forward_looking():
    assert bool(score_texts(["The inflation projections point higher for next year."]).loc[0, "forward_looking"])
