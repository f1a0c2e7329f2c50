"""Issue 13, round 13 (negation scope, guidelines rules 9 and 7): "not without" is a double negation
that states what follows it: "the outlook is not without risks" speaks of risks (bad news), it does
not deny them. "without" alone and "not" alone keep negating. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The outlook is not without risks.",
    "Exporters' prospects are not without risk.",
    "The path ahead for the economy is not without challenges.",
    "The outlook for investment is not without uncertainty.",
    "Conditions in the property market are not without difficulties.",
])
def test_not_without_states_the_risk(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Output grew without any increase in costs.", 1),
    ("Demand recovered without difficulties.", 1),
    ("Exports were not strong.", -1),
])
def test_without_alone_and_not_alone_still_negate(text, sign):
    assert score(text) * sign > 0.1
