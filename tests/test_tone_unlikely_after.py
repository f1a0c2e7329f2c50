"""Issue 13, round 13 (negation of the hedge, guidelines rules 8 and 9): a forecast denied after what
it denies - "a strong upturn is unlikely", "a further rise in unemployment seems unlikely" - says the
movement before it is not expected (like "layoffs are not expected"): the upturn is bad news denied,
the rise in unemployment good news. Before "to" or "that" the negation still reaches forward
("growth is unlikely to pick up", "it is unlikely that growth will slow"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("A strong upturn is unlikely.", -1),
    ("A rapid recovery in exports seems unlikely.", -1),
    ("Significant improvement in hiring is unlikely in the near term.", -1),
    ("A quick rebound in orders is highly unlikely.", -1),
    ("A further rise in unemployment is unlikely.", 1),
    ("A sharp decline in sales appears unlikely this year.", 1),
    ("Further increases in inflation look unlikely.", 1),
])
def test_a_movement_said_to_be_unlikely_is_denied(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Growth is unlikely to pick up soon.", -1),
    ("Unemployment is unlikely to rise further.", 1),
    ("It is unlikely that growth will slow.", 1),
    ("A recovery is likely.", 1),
])
def test_unlikely_before_to_or_that_reaches_forward_and_likely_denies_nothing(text, sign):
    assert score(text) * sign > 0.1


def test_unlikely_after_its_subject_is_still_a_forward_looking_hedge():
    from toolkit.tone import score_texts

    row = score_texts(["A strong upturn is unlikely."]).iloc[0]
    assert bool(row["forward_looking"]) and row["uncertainty"] >= 1
