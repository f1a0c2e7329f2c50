"""Issue 13, round 11 (Beige Book): what is hard to do did not happen. "Difficult (for X) to" before a
movement reads like "unable to": "competition made it difficult for firms to raise prices" is prices
held back (good news against price stability), "hard for manufacturers to increase production" is
output held back (bad news). The word of difficulty keeps its own tone elsewhere. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Competition made it difficult for firms to raise prices.", 1),
    ("Contacts said it was difficult to raise prices this quarter.", 1),
    ("Retailers found it hard to increase prices.", 1),
    ("Manufacturers said it was tough to boost output with so few workers.", -1),
    ("High rates made it harder for builders to expand sales.", -1),
])
def test_a_hard_movement_did_not_happen(text, sign):
    assert sign * score(text) > 0.1


def test_the_difficulty_is_the_negation_not_a_term():
    assert terms("It was difficult for small firms to raise prices.") == ["raise prices"]


@pytest.mark.parametrize("text", [
    "Conditions remained difficult for exporters.",
    "It was difficult to find qualified workers.",  # no movement after "to"
    "Farmers faced a difficult year.",
])
def test_difficult_without_a_movement_keeps_its_tone(text):
    assert score(text) < -0.1
    assert "difficult" in terms(text)
