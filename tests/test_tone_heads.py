"""Issue 13, third round: a movement goes back to a head noun only across the head's own modifier,
a prepositional phrase right after it ("uncertainty about exports has risen"); a preposition after
a verb ("the exchange rate contributed to inflation rising") leaves the movement with the quantity
next to it. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Uncertainty about exports has risen.", "uncertainty risen"),
    ("Downward pressure on profits has eased.", "downward pressure eased"),
    ("Risks to the expansion have diminished.", "risks diminished"),
    ("Pressures in some labour markets increased.", "pressures increased"),
    ("Demand for loans from households picked up.", "demand picked up"),
])
def test_a_movement_goes_back_to_the_head_across_its_modifier(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, term", [
    ("The exchange rate depreciation contributed to inflation persisting at an increased level.",
     "inflation increased"),
    ("A weaker exchange rate added to inflation rising further.", "inflation rising"),
    ("Lower reserves led to exports declining.", "exports declining"),
    ("The credit squeeze led to unemployment rising sharply.", "unemployment rising"),
])
def test_a_preposition_after_a_verb_does_not_hand_the_movement_back(text, term):
    assert term in terms(text)
