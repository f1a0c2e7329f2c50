"""Issue 13, third round: a quantity right after "for" ("the foundation for recovery", "support for
growth", "room for expansion") names what something is for, not how it stands: it does not count
alone, and the sentence is read by what it says of the thing ("is not yet solid"). A movement still
pairs with it. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

from conftest import tone_terms as terms


def row(text: str):
    return score_texts([text]).loc[0]


@pytest.mark.parametrize("text, gone", [
    ("The basis for a recovery in the sector is not yet solid.", "recovery"),
    ("Officials called for growth-friendly reforms.", "growth"),
    ("Contacts saw room for expansion this year.", "expansion"),  # round 11: "little room for" is a negation (test_tone_little_room)
    ("The plan sets out the conditions for employment to return.", "employment"),
])
def test_a_quantity_after_for_does_not_count_alone(text, gone):
    assert gone not in terms(text)


def test_the_state_of_the_thing_decides():
    assert row("The foundation for recovery is not yet solid.")["label"] == "negative"


@pytest.mark.parametrize("text, term", [
    ("Demand for exports rose in the spring.", "demand rose"),  # a movement pairs as before
    ("Orders for machinery fell sharply.", "orders fell"),
    ("The recovery continued for a third quarter.", "recovery"),  # the quantity is before "for"
])
def test_movements_and_quantities_before_for_are_read_as_before(text, term):
    assert any(t.startswith(term) for t in terms(text))
