"""Issue 13, round 8 (FOMC): "only slowly", "only gradually" after a movement say the pace is the
news, like "more slowly": "the unemployment rate will decline only gradually" is a disappointing
recovery (x-1), "output is recovering only slowly" too. Our own sentences, not taken from the
labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "The jobless rate is expected to come down only slowly.",
    "Unemployment will decline only gradually over the next two years.",
    "Output is recovering only slowly from the downturn.",
    "Hiring picked up only very gradually in the spring.",
])
def test_a_good_movement_that_comes_only_slowly_is_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Unemployment declined steadily over the year.", 1),
    ("Output is recovering gradually.", 1),  # "gradually" alone is a degree, not the news
    ("Unemployment rose only slightly.", -1),  # a small degree, not a slow pace: no flip
])
def test_without_only_slowly_the_pace_is_a_degree(text, sign):
    assert sign * tone_score(text) > 0.1
