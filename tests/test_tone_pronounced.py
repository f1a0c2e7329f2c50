"""Issue 13, round 13 (risk as the quantity that moves, guidelines rules 1 and 7): a risk, a strain or
a pressure that "became more / less pronounced", "more / less acute", "less intense" grew or shrank:
"downside risks have become less pronounced" is good news, "uncertainty has become more pronounced"
bad news. After a movement noun the words are its pace ("the decline in sales was more pronounced":
more of the decline). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Downside risks have become less pronounced.", 1),
    ("Downside risks to the outlook have become less acute.", 1),
    ("Uncertainty has become less pronounced.", 1),
    ("Labor shortages became less acute.", 1),
    ("Strains in funding markets have become less intense.", 1),
    ("Uncertainty has become more pronounced.", -1),
    ("Price pressures have become more pronounced.", -1),
])
def test_a_risk_that_became_more_or_less_pronounced_moved(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Weakness in manufacturing became more pronounced.",
    "The decline in sales was more pronounced in autos.",
    "The slowdown in housing has become more pronounced.",
])
def test_after_a_movement_noun_it_is_that_movements_pace(text):
    assert score(text) < -0.1
