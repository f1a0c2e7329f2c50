"""Issue 13, round 8 (FOMC): the topic of a forecast noun goes on over "and" / "or", as a risk's does -
in "the evolution of the outlook for both inflation and economic growth" growth is named as a topic,
not reported. A movement said of the listed topic still counts. Our own sentences, not taken from the
labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Future policy will depend on the outlook for both inflation and economic growth.",
    "The outlook for inflation and growth was discussed.",
    "The staff presented its forecast for inflation and growth.",
    "Members reviewed the outlook for prices and economic growth.",
])
def test_a_list_of_the_outlooks_topics_is_no_news(text):
    assert tone_score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("The outlook for growth and employment has weakened.", -1),
    ("Growth and employment rose.", 1),  # no forecast noun: the quantities move
    ("The outlook was discussed, and employment rose.", 1),
])
def test_quantities_outside_an_outlooks_topic_still_count(text, sign):
    assert sign * tone_score(text) > 0.1
