"""Issue 13, sixth round: a pressure with a direction on prices or a level moves that quantity.
"downward pressure on prices" is prices pushed down (good news under the default reading against price
stability), "upward pressure on the exchange rate" is an exchange rate pushed up (a level: no news),
and neither is a rise of a bad quantity "pressure". A push on anything else keeps its reading:
"downward pressure on the economy" is still bad news. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There is downward pressure on prices.",
    "Cheaper imports exerted downward pressure on inflation.",
    "The stronger currency is putting downward pressure on consumer prices.",
    "Downward pressures on inflation could intensify.",
    "Imports have put downward pressure on the price level.",
])
def test_a_push_down_on_prices_is_falling_inflation(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Capital inflows put upward pressure on the exchange rate.",
    "There was downward pressure on the exchange rate.",
    "Upward pressure on the exchange rate persisted.",
    "Foreign purchases have put downward pressure on bond yields.",
])
def test_a_push_on_a_level_is_no_news(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "Downward pressure on the economy is mounting.",
    "The economy faces downward pressure on growth.",
    "Weak orders put downward pressure on output.",
    "There is upward pressure on inflation.",
    "Tight labour markets put upward pressure on wages.",
])
def test_a_push_on_activity_or_a_push_up_on_prices_stays_bad_news(text):
    assert score(text) < -0.1


def test_a_push_on_a_good_quantity_that_eased_is_still_good_news():
    assert score("Downward pressure on profits has eased.") > 0.1


def test_the_push_moves_its_object_not_the_subject_before_it():
    e = explain("Strong exports put upward pressure on the exchange rate.")
    assert not e["term"].str.contains("exports upward").any()
    assert e.loc[e["term"].str.contains("exchange rate"), "contribution"].abs().sum() == 0


def test_a_push_without_on_is_left_alone():
    assert score("Downward pressure persisted.") < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Downward pressure on inflation has increased.", 1),
    ("Downward pressures on prices have mounted.", 1),
    ("Upward pressure on inflation has increased.", -1),
])
def test_a_rise_of_a_push_is_more_of_that_push(text, sign):
    e = explain(text)
    assert len(e[e["rule"].str.startswith("direction")]) == 1  # one pair: the push and its object
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Wages and Prices Upward pressures on prices eased further during the period.",
    "Contacts said upward pressure on prices has eased.",
    "Upward pressures on wages eased in the second half of the year.",
    "In most districts upward pressure on inflation abated.",
])
def test_a_push_up_on_prices_that_eased_is_good_news(text):
    assert score(text) > 0.1
