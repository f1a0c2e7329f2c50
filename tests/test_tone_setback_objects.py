"""Issue 13, round 8 (other central banks): "weigh on", "weigh down", "hamper", "hurt", "harm" are setback
verbs: like "undermine" and "hinder", what they hold back is their object ("the housing market continues
to weigh down the recovery" is a recovery held back, bad news, not a recovery mentioned beside a worry).
Said of prices they push prices down (the inflation rule); said of a bad quantity they are good news.
Without an object after them they stay a setback. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Tariffs hampered the recovery in the second half.", -1),
    ("The strong currency hurt exports and weighed on the expansion of manufacturing.", -1),
    ("Falling house prices continue to weigh down the recovery.", -1),
    ("Lower energy prices weighed on inflation in the first quarter.", 1),
    ("Stronger hiring weighed heavily on the unemployment rate.", 1),
])
def test_a_setback_verb_holds_back_its_object(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Uncertainty weighed on business investment.", -1),
    ("The drought hurt.", -1),
    ("Weak demand continued to weigh on activity, hiring and profits.", -1),
    ("The Committee weighed the risks to the outlook.", -1),  # "weighed" alone: no setback; "risks" decide
])
def test_without_a_good_object_the_tone_stays(text, sign):
    assert sign * score(text) > 0.1
