"""Issue 13, fifth round: a push on prices moves prices. "upward pressure on inflation", "added to
inflationary pressures" are a rise of prices (read against price stability by default), not a rise of
the sentence's subject; "pressure on wages" is a wage pressure. A movement that opens its clause
("Upward wage pressures eased", "Strong growth has slowed") takes the pace word after its quantity.
Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There is upward pressure on inflation.",
    "Tight labour markets added to inflationary pressures.",
    "The depreciation of the currency is adding to price pressures.",
    "Upward pressure on prices intensified.",
    "Tight labour markets put upward pressure on wages.",  # wage pressures: labour costs, read as prices
])
def test_a_push_up_on_prices_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Rising wages could add to inflation pressures.",
    "Strong demand added to price pressures.",
])
def test_the_subject_of_add_to_is_not_what_rises(text):
    e = explain(text)
    pushed = e.loc[e["term"].str.contains("pressures"), "contribution"]
    assert len(pushed) == 1 and pushed.iloc[0] < 0
    assert not e["term"].str.contains(" add").any()  # no "wages add" / "demand added" pair


@pytest.mark.parametrize("text", [
    "Exports added to growth.",  # a good object stays good news
    "Downward pressure on profits has eased.",  # the head noun still takes the movement
])
def test_a_push_on_a_good_quantity_keeps_its_reading(text):
    assert score(text) > 0.1


def test_a_verb_of_speech_adds_no_rise():
    assert score("The Committee added that it will monitor developments.") == 0


@pytest.mark.parametrize("text, sign", [
    ("Upward wage pressures eased further.", 1),
    ("Upward price pressures have eased.", 1),
    ("Strong growth has slowed.", -1),
    ("Higher prices have eased.", 1),
])
def test_a_movement_opening_its_clause_takes_the_pace_word_after_its_quantity(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Exports rose. Sales have slowed.",  # a new sentence: "slowed" moves sales, no pace of "rose"
    "Output fell, and the decline has narrowed.",
    "Costs rose sharply, and margins have narrowed.",
])
def test_a_pace_word_does_not_reach_into_another_clause(text):
    assert score(text) < 0.1
