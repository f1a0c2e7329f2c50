"""Issue 13, round 13: a pace or restraining verb right before a bare movement noun ("curbed increases
in prices", "moderated declines in employment") governs that noun: the noun moves the quantity of its
own phrase and the verb turns its news around, as with a determiner ("curbed the rise in prices").
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Competition curbed increases in prices.",
    "Discounts would help limit increases in vacancy rates.",
    "Lower interest rates moderated increases in delinquency rates.",
    "Strong sales moderated declines in employment.",
    "Rising exports offset declines in output and dampened increases in unemployment.",
])
def test_a_verb_that_holds_back_a_bare_movement_noun_turns_its_news_around(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("Weak demand curbed increases in prices.", "increases prices"),
    ("Strong sales moderated declines in employment.", "declines employment"),
    ("Lower demand dampened increases in wages.", "increases wages"),
])
def test_the_governed_noun_moves_the_quantity_of_its_own_phrase(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text", [
    "Sales slowed down in May.",  # a particle after the verb, no object
    "Growth slowed in the second quarter.",  # the verb's own subject
    "Output contracted as declines in exports deepened.",  # no verb right before the noun
])
def test_without_a_governing_verb_the_movements_keep_their_news(text):
    assert score(text) < -0.1


def test_a_movement_noun_as_the_subject_of_a_pace_verb_keeps_its_reading():
    assert score("Increases in prices slowed.") > 0.1
