"""Issue 13, round 12: a definition states no outcome (guidelines rule 5) - "the Committee defines
maximum employment as the highest level of employment that can be achieved" is a framework, not
news that employment is high. Tone right after "defines ... as" / "is defined as" counts zero, like a
purpose clause (same scope). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The Committee defines maximum employment as the highest level of employment that can be achieved.",
    "Maximum employment is defined as the highest level of employment.",
    "Potential output is defined as the highest level of output consistent with stable inflation.",
    "The Bank defines price stability as low and stable inflation.",
    "Full employment is defined as low unemployment without rising inflation.",
])
def test_a_definition_states_no_outcome(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Employment rose strongly, as defined by the household survey.", 1),  # the report before the comma
    ("Output declined sharply in the quarter.", -1),
    ("Growth remained strong, though the survey defines it narrowly.", 1),
])
def test_tone_outside_the_definition_still_counts(text, sign):
    assert sign * score(text) > 0.1
