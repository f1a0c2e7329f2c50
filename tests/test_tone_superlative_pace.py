"""Issue 13, round 13 (report-style comparisons, i13-r13c): the superlatives of the pace words read
like their comparatives: "at the fastest pace" / "at its slowest pace" say how the movement before
them changed, like "at a faster pace" / "at a slower pace" ("GDP grew at its slowest pace since 2009"
is a slowing, bad news; "unemployment rose at its slowest pace since 2015" good news), and "the
fastest growth in a decade" is strong growth like "faster growth". Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("GDP grew at its slowest pace since 2009.", -1),
    ("Exports fell at the slowest pace in a year.", 1),
    ("Losses grew at the slowest pace in three years.", 1),
    ("Unemployment rose at its slowest pace since 2015.", 1),
    ("Factory output expanded at the slowest rate in six months.", -1),
    ("Machinery exports recorded the fastest growth in a decade.", 1),
])
def test_a_superlative_pace_says_how_the_movement_changed(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales grew at the fastest pace in a decade.", 1),
    ("Inflation rose at its fastest pace since 2008.", -1),
    ("Employment fell at a slower pace.", 1),
])
def test_a_quickening_keeps_the_movement_and_the_comparatives_read_as_before(text, sign):
    assert score(text) * sign > 0.1


def test_a_superlative_pace_alone_is_no_news():
    assert score("The committee worked at the fastest pace it could.") == pytest.approx(0.0, abs=0.1)
