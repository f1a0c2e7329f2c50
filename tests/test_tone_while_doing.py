"""Issue 13, round 13 (policy intentions, guidelines rule 4): inside an intention or commitment of the
institution, "while" + an action gerund ("while deepening reform", "while maintaining price stability")
continues the institution's own action, so it does not end the intention's reach; elsewhere "while"
keeps its concession. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The PBC will keep liquidity ample while deepening reform, and strengthen domestic demand.",
    "It will expand domestic demand while deepening structural reform, and boost consumption.",
    "The Bank will continue to support the economy while maintaining price stability and promote growth.",
    "Efforts will be made to expand investment while paying attention to risks, and stabilise employment.",
    "We will keep policy accommodative while monitoring inflation, and support a stronger recovery.",
])
def test_while_and_a_gerund_continue_the_intention(text):
    assert score(text) == 0.0


@pytest.mark.parametrize("text", [
    "Output grew, while exports fell.",  # an observation: "while" is a concession/contrast
    "The Committee will keep rates low, while inflation has risen sharply.",  # a clause with its own subject
    "Sales rose strongly while inventories declined.",
])
def test_while_with_a_subject_keeps_its_reading(text):
    assert score(text) != 0.0
