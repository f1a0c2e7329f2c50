"""Issue 13, round 8 (FOMC and PBoC): the goals an institution names ("against the background of
its long-run goals of price stability and sustainable economic growth") are aims, not an observation
of growth, like "goal of" and "objective of". Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "The Committee weighed its long-run goals of price stability and sustainable economic growth.",
    "Policy is set with regard to the goals of strong employment and solid growth.",
    "The Bank restated its longer-run goals of robust growth and stable prices.",
    "The Council discussed the long-term goals of balanced and sustainable expansion.",
])
def test_named_goals_carry_no_tone(text):
    assert tone_score(text) == 0


@pytest.mark.parametrize("text, sign", [
    # the aim is named, the observation after the comma still counts
    ("In view of its goals of maximum employment and stable prices, the Committee noted that growth "
     "slowed sharply.", -1),
    ("Progress toward these goals has been strong, and output rose solidly.", 1),  # no "goals of"
    ("Sustainable economic growth returned in the second half.", 1),
])
def test_observations_beside_the_goals_still_count(text, sign):
    assert sign * tone_score(text) > 0.1
