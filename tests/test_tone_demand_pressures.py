"""Issue 13, eleventh round (other central banks): pressure from demand ("demand pressures",
"demand-pull pressure", "demand-side price pressures") is a price pressure, like "cost pressures" and
"wage pressures" (guidelines, inflation rule), so a level or movement word before it binds to the
pressure, not to demand: "rising demand pressures" is bad news, "weak demand pressures kept inflation
low" good news. Demand itself keeps its reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Strong demand pressures pushed inflation higher.", -1),
    ("Rising demand pressures have pushed up core inflation.", -1),
    ("Stronger demand pressures emerged in the second half.", -1),
    ("Weak demand pressures kept inflation low.", 1),
    ("Subdued demand-side price pressures are expected to persist.", 1),
    ("Inflation remained stable, reflecting the absence of strong demand pressures.", 1),
])
def test_a_word_before_demand_pressures_binds_to_the_pressure(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Demand pressures intensified.", -1),
    ("Demand-pull pressure is expected to increase gradually.", -1),
    ("Demand pressures eased.", 1),
])
def test_demand_pressures_move_like_price_pressures(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign, term", [
    ("Demand remained strong.", 1, "demand strong"),
    ("Demand eased.", -1, "demand eased"),
    ("Strong demand lifted sales.", 1, "strong demand"),
])
def test_demand_itself_keeps_its_reading(text, sign, term):
    assert term in terms(text)
    assert score(text) * sign > 0.1
