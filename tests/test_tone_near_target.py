"""Issue 13, round 10 (FOMC and PBoC): prices said against their target with a figure and an owner
between the words ("close to the Committee's 2 percent longer-run objective", "in line with the 2
percent target", "well above its longer-run goal") read like the band phrases "close to the target"
(price stability, good news) and "above the target" (high inflation); of any other quantity they say
nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Inflation has been running close to the Committee's 2 percent longer-run objective.",
    "Inflation is running close to the 2 percent target.",
    "Inflation is near its objective.",
    "Inflation has moved closer to the 2 percent objective.",
    "Inflation remains in line with the 2 percent target.",
    "Inflation will remain near its objective over the medium term.",
])
def test_prices_close_to_their_target_are_price_stability(text):
    assert score(text) > 0.1


def test_prices_well_above_their_target_are_high_inflation():
    assert score("Inflation remains well above the Committee's 2 percent objective.") < -0.1


@pytest.mark.parametrize("text", [
    "Exports were close to their target.",  # not prices: no news
    "The federal funds rate remains at its target.",
    "Policy is aimed at the Committee's goals of maximum employment and price stability.",
    "The Committee will keep the target range at 0 to 1/4 percent.",
])
def test_other_quantities_near_a_target_say_nothing(text):
    assert abs(score(text)) <= 0.1
