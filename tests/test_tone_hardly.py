"""Issue 13, round 13 (negation scope, guidelines rule 9): "hardly" and "scarcely" before a movement
or a state deny it like "not": "uncertainty has hardly diminished" is bad news, "unemployment has
hardly risen" good news. "hardly any" stays the quantifier. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Uncertainty has hardly diminished.", -1),
    ("Growth was hardly robust in the first half.", -1),
    ("Demand has scarcely improved since the spring.", -1),
    ("Unemployment has hardly risen despite the slowdown.", 1),
    ("Losses scarcely widened in the quarter.", 1),
])
def test_hardly_denies_the_movement_after_it(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Hardly any contacts reported higher sales.", -1),
    ("Uncertainty has diminished.", 1),
    ("Sales rose strongly, which was hardly surprising.", 1),
])
def test_hardly_any_and_sentences_without_a_denied_movement_keep_their_sign(text, sign):
    assert score(text) * sign > 0.1
