"""Issue 13, round 13 (company and trade news, i13-r13c): a movement word after "and" / "with" that
opens a noun phrase moves the quantity the phrase ends in, not the quantity before the conjunction:
"weak demand and rising raw material costs" is costs rising, not demand rising
(toolkit.tone.noun_phrases._participle_before_noun). A movement word followed by a word with a role keeps
its nearest pairing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms


@pytest.mark.parametrize("text", [
    "The company has been hit by weak demand and rising raw material costs.",
    "Sales were hurt by weak demand and soaring transport costs.",
    "The mill suffered from low orders and higher wood costs.",
    "Retailers cited weak traffic and rising freight costs.",
    "Contractors faced weak bookings and higher lumber costs.",
    "Growers were squeezed by poor harvests and rising fertilizer costs.",
])
def test_a_bad_quantity_rising_after_and_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Strong demand and falling raw material costs lifted margins.",
    "The company benefited from solid orders and lower input costs.",
])
def test_a_bad_quantity_falling_after_and_is_good_news(text):
    assert score(text) > 0.1


def test_the_participle_moves_the_noun_of_its_phrase():
    terms = tone_terms("The company has been hit by weak demand and rising raw material costs.")
    assert "rising costs" in terms and "demand rising" not in terms, terms


@pytest.mark.parametrize("text, sign", [
    ("Exports rose and higher domestic demand helped.", 1),
    ("Demand weakened and then fell further in May.", -1),  # no noun phrase after "and ... fell"
    ("Sales were strong and rising.", 1),
])
def test_without_a_noun_phrase_after_the_movement_the_pair_stays(text, sign):
    assert score(text) * sign > 0.1
