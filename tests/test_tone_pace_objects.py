"""Issue 13, tenth round (other central banks): a pace verb whose object is a movement noun says how
that movement changed ("rising exports moderated the decline in output" is a decline that moderated:
good news), like a pace word after the noun ("the decline in output moderated"). The verb pairs with
no quantity of its own ("exports moderating" is no fall of exports). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "The import and export indices rose, moderating the fall in the composite index.",
    "Rising exports moderated the decline in output.",
    "Strong hiring slowed the increase in unemployment.",
    "Government transfers eased the decline in household spending.",
    "Firmer demand narrowed the drop in manufacturing output.",
])
def test_a_slowing_verb_turns_its_objects_movement_around(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Weak demand accelerated the decline in output.",
    "Weaker exports narrowed the increase in output.",
    "Tighter credit slowed the rise in investment.",
])
def test_the_object_decides_not_the_subject(text):
    assert score(text) < -0.1


def test_the_verb_moves_no_quantity_of_its_own():
    assert "indices moderating" not in terms("The indices rose, moderating the fall in the composite index.")


@pytest.mark.parametrize("text, sign", [
    ("Output slowed, a decline of 2 percent.", -1),  # a comma: no object
    ("Investment slowed in the second quarter.", -1),
    ("Exports eased a further 2 percent.", -1),  # no movement noun after the determiner
    ("The decline in output moderated.", 1),  # the pace word after the noun, as before
    ("Sales fell sharply in May.", -1),
])
def test_a_pace_word_without_a_movement_object_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The measures curbed the rise in unemployment.",
    "Subsidies contained the rise in food prices.",
    "Tighter lending standards restrained the increase in household debt.",
    "The new rules dampened the rise in loan defaults.",
])
def test_a_verb_that_holds_back_turns_its_objects_movement_around(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Inflation remained contained.", 1),  # no object: the level word as before
    ("Higher costs dampened profits.", -1),  # a quantity as object: the transitive reading as before
    ("Weak demand curbed output.", -1),
])
def test_a_holding_verb_without_a_movement_object_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1
