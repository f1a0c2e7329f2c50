"""Issue 13, round 10 (Beige Book): "fuel" / "fuels" the good ("fuel efficient cars", "fuel prices",
"jet fuel", "prices of fuels") is a noun, not the verb that pushes its object up; after "to", a modal,
a verb of help or a quantity, its subject, it stays the verb ("could fuel inflation"). Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Demand shifted toward smaller, fuel efficient cars.",
    "Fuel deliveries to farms were normal.",
    "Airlines bought more jet fuel.",
    "Retailers of heating fuel reported normal deliveries.",
])
def test_the_noun_moves_nothing(text):
    assert not any("fuel" in term.split() for term in terms(text))


@pytest.mark.parametrize("text", [
    "Fuel prices rose sharply.",
    "Prices of fuels rose.",
    "Jet fuel prices fell.",
])
def test_fuel_prices_are_the_price_of_a_good(text):
    assert score(text) == 0


def test_a_noun_fuel_leaves_the_other_words_their_reading():
    text = "Dealers said demand was shifting toward fuel efficient cars as gasoline prices moved higher."
    assert score(text) < -0.1  # higher prices; the demand did not "fuel" anything


@pytest.mark.parametrize("text, term", [
    ("Low interest rates could fuel inflation.", "fuel inflation"),
    ("Tax cuts are expected to fuel consumer spending.", "fuel consumer spending"),
    ("Rising wages helped fuel consumer spending.", "fuel consumer spending"),
    ("Rising exports fuel growth.", "fuel growth"),
])
def test_the_verb_keeps_moving_its_object(text, term):
    assert term in terms(text)
