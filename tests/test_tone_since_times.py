"""Issue 13, round 13 (report-style comparisons, i13-r13c): an event after "since" names the time a
comparison starts from ("the biggest drop since the 2009 crisis", "the strongest rise since the
slump"), not what the movement moves: the movement goes back to its subject, as after "after" or
"following" (toolkit.tone.since_times). Plain quantities and state words after a causal "since" keep
their reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms


@pytest.mark.parametrize("text", [
    "Exports recorded their biggest drop since the 2009 crisis.",
    "Sales posted the sharpest decline since the pandemic.",
    "New orders saw their steepest fall since the recession.",
    "Retail sales registered their largest decrease since the global financial crisis.",
])
def test_a_fall_since_an_event_is_the_subject_falling(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Industrial profits recorded the largest increase since the downturn of 2015.",
    "Car sales posted the strongest rise since the slump.",
    "Hiring showed its biggest gain since the recession.",
])
def test_a_rise_since_an_event_is_the_subject_rising(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Since weak demand weighed on output, firms cut jobs.", -1),   # a causal "since": "weak demand" stays
    ("Since the recession deepened, unemployment has risen.", -1),
    ("Activity has weakened since the crisis began.", -1),
    ("Output has recovered strongly since the spring.", 1),
    ("Since demand picked up, sales have improved.", 1),
])
def test_a_causal_since_or_a_plain_time_keeps_the_reading(text, sign):
    assert score(text) * sign > 0.1


def test_the_movement_before_since_moves_its_subject_not_the_event():
    terms = tone_terms("Exports recorded their biggest drop since the crisis.")
    assert "exports drop" in terms and "drop crisis" not in terms, terms
