"""Issue 13, eleventh round (other central banks): a quantity named, without a determiner, as what a
cause noun drives ("domestic demand will remain the key driver of growth", "the main source of growth")
is a topic, not a reading of how it stands, and does not count alone (guidelines rule 1), like "the
foundation for recovery". With a determiner it is an event that happened and keeps its tone ("the main
driver of the recovery"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Domestic demand will remain the key driver of growth.",
    "Exports are the main source of growth.",
    "Household spending was the largest contributor to growth.",
    "Manufacturing remained the main engine of growth.",
    "Oil prices are a key determinant of inflation.",
])
def test_a_quantity_named_as_what_is_driven_does_not_count_alone(text):
    assert terms(text) == []
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("Exports were the main driver of the recovery.", 1),
    ("Consumption was the main driver of the slowdown in growth.", -1),
    ("The engine of growth slowed.", -1),
    ("Exports were a drag on growth.", -1),
])
def test_an_event_named_or_a_movement_keeps_its_tone(text, sign):
    assert score(text) * sign > 0.1
