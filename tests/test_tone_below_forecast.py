"""Issue 13, eleventh round (other central banks): "below" / "above" a forecast ("inflation was
significantly below the forecast", "unemployment was below expectations") compares the subject with the
forecast, like "below year-ago levels": the subject is lower / higher (guidelines rule 1: direction x
valence). It is no shortfall under a target, so the sentence's prices keep their tone; "below 2
percent", "below the target" stay shortfalls. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Inflation was significantly below the forecast.", 1),
    ("Inflation was below expectations.", 1),
    ("Core inflation came in below projections.", 1),
    ("Unemployment was below expectations.", 1),
    ("Inflation was above the forecast.", -1),
])
def test_a_forecast_benchmark_moves_the_subject(text, sign):
    assert score(text) * sign > 0.1


def test_the_comparison_pairs_with_the_subject_not_the_forecast():
    assert terms("Unemployment was below expectations.") == ["unemployment below expectations"]


@pytest.mark.parametrize("text", [
    "Inflation remained below 2 percent.",
    "Inflation fell below the target.",
    "Inflation was below the forecast, reflecting slack in the labour market.",
])
def test_prices_under_a_target_or_beside_slack_are_still_no_news(text):
    assert score(text) <= 0


def test_growth_below_the_forecast_is_bad_news():
    assert score("Growth was below the forecast.") < -0.1
