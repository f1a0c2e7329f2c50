"""Issue 13, tenth round (other central banks): a movement said of a forecast is a movement of what it
forecasts ("the forecast for unemployment was revised up" is bad news, "the outlook for inflation shows
a lower path" good news; guidelines rule 10: forecast revisions count as forecasts), and a forecast after
a comparison is its benchmark ("output was higher than the forecast" moves output). A forecast noun with
no quantity to hand on keeps the movement ("the outlook weakened"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("The forecast for unemployment was revised up.", -1),
    ("The latest outlook for inflation shows a lower path.", 1),
    ("The forecast for inflation was revised down.", 1),
    ("The unemployment forecast was lowered for next year.", 1),
    ("The projections for unemployment were raised.", -1),
])
def test_a_forecast_moves_what_it_forecasts(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, term", [
    ("The forecast for unemployment was revised up.", "unemployment up"),
    ("Unemployment came in below the forecast.", "unemployment below"),
    ("Losses were significantly below the forecast.", "losses below"),
])
def test_the_movement_pairs_with_the_forecast_quantity(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("The outlook weakened.", -1),
    ("The growth forecast was lowered.", -1),
    ("Forecasts for GDP growth were raised.", 1),
    ("The Bank published a lower forecast for growth.", -1),  # "a lower forecast": the forecast's own
    ("Output was higher than the forecast.", 1),
])
def test_forecasts_of_good_quantities_and_bare_forecasts_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Weak demand and overcapacity dampen the outlook for these industries.", -1),  # a verb, no benchmark
    ("Cold weather provided chill hours for fruit, boosting the outlook for yields.", 1),  # no hand-off to a level
])
def test_a_verb_on_a_forecast_is_no_comparison(text, sign):
    assert score(text) * sign > 0.1
