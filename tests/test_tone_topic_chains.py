"""Issue 13, round 8 (FOMC): a risk's topic reaches over "the outlook for" - in "the downside risks to
the outlook for the economy and the labor market have diminished" the risks diminished, not the labour
market (guidelines rule 1: a bad-direction quantity going down is good news). Without a risk head the
outlook's topic moves as before. Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text, sign", [
    ("Downside risks to the outlook for growth and employment have diminished.", 1),
    ("Risks to the outlook for output and jobs have receded.", 1),
    ("The risks to the outlook for the economy and the labor market have increased.", -1),
    ("Members saw the risks to the prospects for consumption and investment as having eased.", 1),
])
def test_a_movement_after_the_outlooks_topic_moves_the_risk(text, sign):
    assert sign * tone_score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The outlook for growth and employment has weakened.", -1),  # no risk: the topic moves
    ("Risks to growth remain, and employment rose strongly.", 1),  # after a comma: its own news
    ("The outlook for exports improved.", 1),
])
def test_without_a_risk_head_the_topic_keeps_its_movement(text, sign):
    assert sign * tone_score(text) > 0.1
