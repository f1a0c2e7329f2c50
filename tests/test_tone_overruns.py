"""Issue 13, round 11 (FOMC and PBoC): demand that overruns the economy's potential ("increases in demand
will continue to exceed the growth in potential supply") is a price pressure, bad news (guidelines,
inflation rule: "demand exceeding potential supply" is -1), and the rise of demand before it is that
pressure's cause, not good news. An overrun of anything else ("exports exceeded expectations", "demand
exceeds capacity") keeps its reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Increases in demand will continue to exceed the growth in potential supply.",
    "Demand will exceed potential supply.",
    "Spending growth has outpaced the growth of potential output.",
    "Aggregate demand is outstripping the economy's potential.",
    "Final demand has exceeded the estimated growth rate of potential output.",
])
def test_demand_overrunning_potential_is_a_price_pressure(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Exports exceeded expectations.", 1),
    ("Demand for freight cars far exceeds capacity.", 1),
    ("Sales exceeded last year's levels.", 1),
    ("Growth is expected to fall short of its potential.", -1),
])
def test_other_overruns_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1


def test_potential_with_its_own_infinitive_is_no_overrun():
    from conftest import tone_terms as terms

    assert not any("(overrun)" in t for t in terms("Output growth exceeded its potential to rise."))
