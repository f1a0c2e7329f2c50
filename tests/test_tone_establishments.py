"""Issue 13, round 12 (Beige Book): places of business opened or closed, said with a verb or with
"of" ("two plants closed", "openings of retail stores"), read like the compounds "plant closings"
(bad) and "store openings" (good); no place noun, an adjective "open", or no verb of opening or
closing reads nothing of the kind. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Two plants closed in the district.",
    "The company closed three mills in the region.",
    "Several factories have shut since the spring.",
    "The closing of a large plant weighed on the town.",
    "A number of restaurants were closed during the quarter.",
])
def test_places_closing_are_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Several stores have recently opened.",
    "Retailers opened two new stores in the district.",
    "There were reports of openings of retail stores and restaurants.",
    "A steel mill reopened in Ohio.",
])
def test_places_opening_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Stocks closed higher.",  # no place noun: a market
    "The market opened lower.",
    "Plants operated at capacity.",  # no verb of opening or closing
    "Stores were open longer hours.",  # the adjective
    "Sales rose at stores that opened last year.",  # a relative clause names the stores
])
def test_no_opening_or_closing_reading_without_a_place_opened_or_closed(text):
    assert not {"store openings", "plant closings"} & set(terms(text))


def test_a_closure_noun_is_not_counted_twice():
    assert terms("The closure of a major plant was announced.") == ["closure"]


def test_the_particle_of_a_closing_verb_is_no_movement_of_the_closings():
    assert terms("Several plants shut down.") == ["plant closings"]
    assert score("Reports noted plants closing down.") < 0


@pytest.mark.parametrize("text", [
    "The group will close its plant in Kotka.",
    "The carmaker plans to close its factory in Belgium next year.",
    "The company decided to close its sawmill in Lieksa.",
    "The steelmaker will close down two mills.",
    "The bank closes 12 branches in rural areas.",
])
def test_a_base_verb_of_closing_before_a_place_is_bad_news(text):
    """Round 14 (company news): "close" / "closes" before a noun phrase that opens with a
    determiner or a number."""
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The retailer plans to open 40 new stores next year.",
    "The chain opens five new restaurants in Poland.",
    "The company will open a new factory in Vietnam.",
    "The brewer will open a new brewery in Tartu.",
])
def test_a_base_verb_of_opening_before_a_place_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The office is close to two stores.",  # nearness
    "The bank kept close ties with its branches.",  # the adjective
    "The mill is close to the river.",
    "Stores were open on Sunday.",  # the adjective after the noun
    "The committee will close the meeting with a vote on the stores.",  # no place right after
])
def test_close_and_open_that_are_no_verb_before_a_place_give_no_closing(text):
    assert not {"store openings", "plant closings"} & set(terms(text))
