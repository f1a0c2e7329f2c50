"""Issue 13, eleventh round (other central banks): what a past "helped" governs happened ("structural
changes have helped to cap price increases", "the measures helped to reduce unemployment"). The
infinitive after it is no purpose clause, and a verb that only holds back ("cap", "limit", "contain")
holds its object down (guidelines rule 1: direction x valence; rule 9 leaves aims, not outcomes, at
zero). The present "help" ("will help to reduce", "measures to help reduce") still names an aim.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Structural changes have helped to cap price increases.", 1),
    ("Competition has helped contain price increases.", 1),
    ("The measures have helped to contain inflation.", 1),
    ("The measures helped to reduce unemployment.", 1),
    ("The measures have helped to limit the rise in unemployment.", 1),
    ("The floods helped to reduce output.", -1),
    ("The new rules have helped to contain profits.", -1),
])
def test_the_verb_after_a_past_helped_is_an_outcome(text, sign):
    assert score(text) * sign > 0.1


def test_helped_makes_no_term_of_its_own_beside_the_verb():
    assert terms("The measures helped to reduce unemployment.") == ["reduce unemployment"]


@pytest.mark.parametrize("text", [
    "The policy will help to reduce unemployment.",
    "Measures to help reduce unemployment were announced.",
    "Officials helped to prepare the report.",
    "The measures have helped to ensure an orderly transition.",
])
def test_an_aim_or_a_verb_of_no_movement_stays_neutral(text):
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("The index contains price increases.", -1),  # no "helped": "contains" is not held back
    ("Growth was helped by exports.", 1),  # the passive keeps its reading
    ("Exports have helped to lift growth.", 1),
])
def test_other_readings_are_kept(text, sign):
    assert score(text) * sign > 0.1
