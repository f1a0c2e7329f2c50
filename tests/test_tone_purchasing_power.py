"""Issue 13, round 8 (other central banks): purchasing power is what incomes can buy, a quantity whose
rise is good news like incomes: "household debt remained a drag on purchasing power" is bad news,
"lower fuel prices boosted purchasing power" good news. Named without a movement it is no news. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Elevated household debt remained a drag on purchasing power.", -1),
    ("High inflation eroded the purchasing power of households.", -1),
    ("Lower fuel prices boosted purchasing power in the second half.", 1),
    ("Purchasing power declined as prices rose faster than wages.", -1),
    ("Purchasing power recovered strongly last year.", 1),
])
def test_purchasing_power_moves_like_incomes(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The survey measures purchasing power across regions.",
    "Purchasing power parity estimates were published in May.",
    "The report discussed purchasing power and consumer habits.",
])
def test_purchasing_power_named_without_a_movement_is_no_news(text):
    assert abs(score(text)) <= 0.1
