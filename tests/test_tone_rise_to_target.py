"""Issue 13, round 11 (FOMC and PBoC): prices that rise to their target with an owner or a figure
between ("rise to the 2 percent objective", "move up toward the Committee's 2 percent goal") were below
it: that rise is good news (guidelines, inflation rule: "expected to rise to 2 percent" when it is
below), like the marker "to 2 percent". A "to" that follows no movement ("committed to its 2 percent
objective", "risks to the 2 percent objective", "progress toward the 2 percent objective") says no
direction of prices. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Inflation is expected to rise to the 2 percent objective over the medium term.",
    "Inflation will rise to the Committee's 2 percent objective.",
    "Inflation is expected to rise gradually toward the Committee's 2 percent longer-run objective.",
    "Inflation is expected to move up towards its 2 percent goal as energy effects fade.",
    "Core inflation should climb back to the 2 percent target next year.",
])
def test_prices_rising_to_their_target_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Inflation rose, and the Committee remains committed to its 2 percent objective.",
    "Inflation rose, posing risks to the Committee's 2 percent objective.",
    "Inflation has made progress toward the Committee's 2 percent objective but remains somewhat elevated.",
    "Inflation rose sharply, far above the 2 percent objective.",
])
def test_a_to_of_no_movement_keeps_the_rise_bad_news(text):
    assert score(text) < -0.1


def test_prices_falling_to_the_target_are_not_turned_around():
    assert score("Inflation has declined to the Committee's 2 percent objective.") >= 0
