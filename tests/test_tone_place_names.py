"""Issue 13, ninth round (Beige Book): a town whose name ends in a movement word ("Sioux Falls",
"Great Falls", "Wichita Falls") is a place, not a fall: "hiring picked up in Sioux Falls" is good
news. "falls" in lower case, and a "Falls" that opens its sentence, keep their reading. A place name is a filler
of the pairing window, like a month ("employment in Sioux Falls rose"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Hiring picked up in Sioux Falls, S.D.",
    "Home sales in Great Falls, Mont., rose.",
    "Retailers in Wichita Falls reported that sales improved.",
    "Contacts in Niagara Falls said tourism gained.",
    "Employment in Wichita Falls and Sioux Falls rose.",
])
def test_a_town_named_falls_is_no_fall(text):
    assert score(text) > 0.1
    assert not any("falls" in t.split() for t in terms(text))


@pytest.mark.parametrize("text", [
    "Output falls when demand weakens.",
    "Falls in output were widespread across the District.",
    "Activity in the region falls off in the winter.",
])
def test_falls_as_a_word_is_still_a_fall(text):
    assert score(text) < -0.1
