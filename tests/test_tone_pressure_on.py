"""Issue 13, fifth round: a push on a quantity moves that quantity. "upward pressure on inflation",
"added to inflation pressures", "downward pressure on prices" are a rise / fall of what follows
(prices read against price stability by default), not of the sentence's subject; a pace word after the
object ("... eased", "... intensified") says how the push changed. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There is upward pressure on inflation.",
    "Tight labour markets added to inflationary pressures.",
    "The depreciation of the currency is adding to price pressures.",
    "Upward pressure on prices intensified.",
    "Downward pressure on profits intensified.",
    "Tight labour markets put upward pressure on wages.",  # wage pressures: labour costs, read as prices
])
def test_a_push_up_on_prices_or_down_on_profits_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "There is downward pressure on prices.",
    "Cheaper imports exerted downward pressures on consumer prices.",
    "Exports added to growth.",
])
def test_a_push_down_on_prices_or_up_on_growth_is_good_news(text):
    assert score(text) > 0.1


def test_the_subject_of_add_to_is_not_what_rises():
    e = explain("Rising wages could add to inflation pressures.")
    pushed = e.loc[e["term"].str.contains("inflation pressures"), "contribution"]
    assert len(pushed) == 1 and pushed.iloc[0] < 0
    assert not e["term"].str.contains("wages add").any()


@pytest.mark.parametrize("text", [
    "Weak demand exerted downward pressure on prices.",  # prices falling beside weak activity: the weakness
    "Downward pressure on prices eased.",  # the push down eased: no good news about prices
])
def test_a_push_down_on_prices_beside_weakness_or_easing_is_no_good_news(text):
    assert score(text) < 0


@pytest.mark.parametrize("text", [
    "Downward pressure on the exchange rate persisted.",  # a level quoted without an evaluation
    "The Committee added that it will monitor developments.",  # a verb of speech
    "Upward pressure on retail prices remained subdued.",  # the price of one kind of good
])
def test_a_push_on_a_level_or_a_verb_of_speech_is_no_news(text):
    assert score(text) == 0



@pytest.mark.parametrize("text", [
    "Downward pressure on profits has eased.",
    "Downward pressure on margins eased.",
])
def test_a_push_down_that_eased_is_good_news(text):
    assert score(text) > 0.1
