"""Issue 13, round 9 (FOMC): prices moving back to their target - "inflation will move back toward its
objective", "inflation is expected to return to 2 percent" - are good news (guidelines, inflation rule:
"moving back toward 2 percent" is 1). Read like a target band: paired with prices only, so a growth
figure "returning to 2 percent" is no news, and a policy aim ("committed to returning inflation to
2 percent") stays an aim. Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Inflation is expected to move back toward 2 percent.",
    "Core inflation should return to 2 percent next year.",
    "Inflation has moved closer to 2 percent.",
    "Inflation will return to its target over the medium term.",
    "Price inflation is projected to move back toward its objective by 2027.",
])
def test_prices_moving_back_to_their_target_are_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The Committee is committed to returning inflation to its 2 percent objective.",  # an aim
    "GDP growth will return to 2 percent next year.",  # not prices: a figure, no news of its own
    "Output growth is expected to move back toward 2 percent.",
])
def test_a_return_to_target_of_anything_but_prices_is_no_news(text):
    assert tone_score(text) == 0


def test_prices_rising_to_the_target_keep_their_reading():
    assert tone_score("Inflation rose to 2 percent.") > 0.1
    assert tone_score("Inflation rose to 5 percent.") < -0.1
