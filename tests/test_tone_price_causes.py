"""Issue 13, fifth round: what pushes prices up is part of the price risk. In "increases in resource
utilization could add to inflation pressures" the rise of utilization is the source of the inflation
risk, not good news beside it; bad news before the push, and good news across a contrast or in
another sentence, keep their tone. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Increases in resource utilization could add to inflation pressures.",
    "Rising wages could add to inflation pressures.",
    "Strong demand fuelled inflation.",
    "Robust demand is adding to price pressures.",
    "Tighter labour markets, together with higher energy costs, could add to price pressures.",
])
def test_good_news_that_pushes_prices_up_is_part_of_the_price_risk(text):
    assert score(text) < -0.1
    assert not (explain(text)["contribution"] > 0).any()


def test_the_cause_is_named_in_the_rule():
    e = explain("Rising wages could add to inflation pressures.")
    assert "cause of a price rise ('add to')" in e.loc[e["term"] == "rising wages", "rule"].iloc[0]


@pytest.mark.parametrize("text, term", [
    ("Exports rose, but higher energy prices added to inflation pressures.", "exports rose"),
    ("Strong growth continued, although higher oil prices added to inflation.", "strong growth"),
    ("Output expanded strongly. Higher import costs added to price pressures.", "output expanded"),
])
def test_good_news_across_a_contrast_or_in_another_sentence_keeps_its_tone(text, term):
    e = explain(text)
    assert e.loc[e["term"] == term, "contribution"].iloc[0] > 0


@pytest.mark.parametrize("text, sign", [
    ("Strong demand boosted output.", 1),  # a push on activity: no price risk
    ("Falling energy prices reduced inflation pressures.", 1),  # a push down on prices
    ("Higher import costs added to price pressures.", -1),  # bad news before the push stays bad
])
def test_a_push_that_is_no_price_rise_leaves_its_subject_alone(text, sign):
    assert score(text) * sign > 0.1
