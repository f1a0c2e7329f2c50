"""Issue 13, sixth round: "few" (also "very few", "only a few", "hardly any") denies what it counts, like
a negation: "few firms reported higher sales" is bad news, "few signs of slowing" good news; "a few" and
"quite a few" are some, and "the past few weeks" is a time. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Few firms reported higher sales.", -1),
    ("Hardly any firms increased hiring.", -1),
    ("Growth has shown few signs of slowing.", 1),
    ("Very few contacts reported layoffs.", 1),
    ("Only a few districts reported stronger demand.", -1),
])
def test_few_denies_what_it_counts(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("A few firms reported higher sales.", 1),
    ("Quite a few contacts noted stronger demand.", 1),
    ("Travel activity has increased in the past few weeks.", 1),
    ("Sales are expected to weaken over the next few months.", -1),
    ("In the few cases where salaries increased, the rise was small.", 1),
])
def test_a_few_and_time_spans_count_nothing(text, sign):
    assert score(text) * sign > 0.1


def test_nonperforming_assets_are_a_bad_quantity():
    assert score("Nonperforming assets rose.") < -0.1
