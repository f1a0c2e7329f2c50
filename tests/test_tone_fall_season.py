"""Issue 13, round 10 (FOMC and PBoC): "fall" the season after a word of time ("last fall", "this fall",
"in the late fall", "over the fall") is no movement: it used to pair with the quantity beside it as a
fall ("sales were strong last fall" scored zero). "The fall in prices" and the verb "to fall" stay
movements. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Sales were strong last fall.",
    "Since last fall, hiring has increased.",
    "Activity picked up in the late fall.",
    "Employment rose early this fall.",
    "Sales rose in the fall of 2008.",
])
def test_the_season_is_no_movement(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Output could fall next year.",  # the verb
    "Demand softened over the fall.",  # the season beside a real movement
    "Retail sales are expected to fall sharply.",
])
def test_the_verb_and_real_movements_keep_their_tone(text):
    assert score(text) < -0.1
