"""Issue 13, round 9 (FOMC): "the forces restraining demand", "other factors restraining aggregate
demand" name a cause that holds activity back - a bad quantity like "headwinds" that can ease
(guidelines rule 1) - not an observed fall of demand: "once the forces restraining demand abate" is
good news, and a list of such causes of moderating inflation does not make the prices beside it a
shortfall beside slack. Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score, tone_terms
from toolkit import explain


@pytest.mark.parametrize("text", [
    "Spending should firm once the forces restraining demand abate.",
    "The factors restraining growth have eased somewhat.",
    "The forces holding back the recovery are expected to fade next year.",
    "Most of the factors weighing on investment diminished in the spring.",
])
def test_forces_holding_activity_back_that_ease_are_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Price pressures are likely to ease, reflecting contained inflation expectations and other factors restraining demand.",
    "Inflation should moderate over time, reflecting lower energy prices and the forces restraining spending.",
    "Core inflation is expected to slow, reflecting well anchored expectations and other factors restraining activity.",
    "Inflation pressures seem likely to abate, reflecting subdued import prices and other forces restraining demand.",
])
def test_moderating_inflation_beside_its_restraining_causes_is_no_shortfall(text):
    terms = explain(text)
    prices = terms[terms["term"].str.contains("inflation|price pressures")]
    assert len(prices) and (prices["contribution"] > 0).all()


@pytest.mark.parametrize("text", [
    "The forces restraining demand have intensified.",
    "Factors restraining growth persisted through the summer.",
    "The forces holding back investment strengthened further.",
])
def test_forces_holding_activity_back_that_grow_are_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Weak foreign demand restrained exports in the spring.", -1),  # a restraint observed: exports held down
    ("Tight credit restrained growth in the first quarter.", -1),
    ("Market forces determine the exchange rate.", 0),
])
def test_restraining_said_as_a_verb_still_moves_its_object(text, sign):
    s = tone_score(text)
    assert (sign * s > 0.1) if sign else s == 0


def test_the_named_forces_are_one_term():
    assert "forces restraining demand abate" in tone_terms("Growth should pick up once the forces restraining demand abate.")
