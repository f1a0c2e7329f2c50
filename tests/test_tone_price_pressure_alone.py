"""Issue 13, round 12: pressure on prices said without a movement is pressure present - mildly bad
news, like "risks" - so that its negation is good news: "there were no signs of inflationary
pressure" (guidelines: inflation low or contained is 1, pressure building up is -1). A movement still
decides ("price pressures eased" is good news). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There were no signs of inflationary pressure.",
    "Members saw no evidence of demand pressure in the economy.",
    "There were no price pressures in the second quarter.",
    "The economy is growing without inflationary pressures.",
])
def test_negated_price_pressure_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Inflationary pressures persist in the services sector.",
    "Members pointed to price pressures in the housing market.",
])
def test_price_pressure_present_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Inflationary pressures eased in the spring.", 1),  # a movement decides
    ("Price pressures intensified.", -1),
])
def test_a_movement_of_price_pressure_decides(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The Committee will continue to monitor inflationary pressures closely.",  # an intention
    "Policy aims to contain price pressures.",  # a purpose
    "The staff presented the outlook for price pressures.",  # a topic of a forecast noun
])
def test_price_pressure_as_an_aim_or_topic_says_nothing(text):
    assert abs(score(text)) <= 0.1
