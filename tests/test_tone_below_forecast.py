"""Issue 13, eleventh round (other central banks): "below" a forecast ("inflation was significantly
below the forecast", "core inflation came in below projections") is the subject lower than forecast
(toolkit.tone.forecast_topics reads the forecast as the benchmark), not prices under a target: the
"below" is no shortfall, so the prices keep their tone (guidelines rule 1: direction x valence).
"Below 2 percent", "below the target" and slack stay shortfalls. "Expectations" is a forecast noun like
"forecast": "below expectations" is a benchmark, "expectations of inflation rose" is expected
inflation rising. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Inflation was significantly below the forecast.",
    "Inflation was below its forecast.",
    "Core inflation came in below projections.",
    "Inflation was below expectations.",
])
def test_prices_below_a_forecast_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, term, sign", [
    ("Unemployment was below expectations.", "unemployment below", 1),
    ("Expectations of inflation rose.", "inflation rose", -1),
])
def test_expectations_are_a_forecast_noun(text, term, sign):
    assert terms(text) == [term]
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Inflation was below the forecast, reflecting slack in the labour market.",
    "With substantial resource slack, inflation is running below 2 percent.",  # the guidelines' example: -1
])
def test_prices_beside_slack_are_still_no_news(text):
    assert score(text) <= 0


@pytest.mark.parametrize("text", [
    "Inflation remained below 2 percent.",
    "Inflation continues to run below the Committee's 2 percent objective.",
    "Inflation fell below the target.",
])
def test_prices_below_a_target_are_low_inflation_good_news(text):
    # the guidelines' inflation rule: low inflation is price stability achieved (1) unless the sentence
    # frames it as a shortfall of weak activity (round 14: "below" was a shortfall word before)
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Business expectations improved.", 1),
    ("Inflation expectations rose.", -1),
    ("Growth was below the forecast.", -1),
])
def test_other_readings_are_kept(text, sign):
    assert score(text) * sign > 0.1
