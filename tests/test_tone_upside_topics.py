"""Issue 13, round 10 (FOMC and PBoC): an upside risk is read with what it is a risk to. Through a
forecast noun ("the outlook for inflation") and in a forecast phrase of prices ("the inflation
outlook") it is a chance of higher prices, bad news under the default inflation reading; a bare
forecast noun ("the projections") does not say what it forecasts: a risk. A verb that moves the
upside risk moves that chance ("upside risks to growth have increased" is more chance of higher
growth). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The Committee sees upside risks to the outlook for inflation.",
    "There are upside risks to the inflation outlook.",
    "Members saw upside risks to the outlook for prices.",
    "Upside risks to growth have receded.",
    "Board members noted an increase in the upside risks to the projections.",
])
def test_an_upside_risk_to_prices_or_its_loss_for_growth_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Upside risks to growth have increased.",
    "Upside risks to the growth outlook have increased.",
    "Upside risks to the inflation outlook have diminished.",
    "There are upside risks to growth.",
    "The Committee sees some upside risk to the economic outlook.",
])
def test_an_upside_risk_to_growth_or_less_of_it_for_prices_is_good_news(text):
    assert score(text) > 0.1


def test_an_upside_risk_to_prices_under_the_neutral_reading_is_a_risk_only():
    """inflation="neutral": prices carry no tone, the risk keeps its small tone of a risk."""
    assert -0.3 < score("There are upside risks to the inflation outlook.", inflation="neutral") <= 0


def test_an_upside_risk_to_the_outlook_for_growth_stays_good_news():
    assert score("There are upside risks to the outlook for growth.") > 0.1
