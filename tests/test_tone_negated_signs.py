"""Issue 13, round 13 (negation scope, guidelines rule 9): a negator reaches over a noun of evidence
to what the evidence would be of: "factory orders are not yet showing signs of a recovery" and
"there are no signs yet of a recovery in investment" deny the recovery (bad news); "no major signs of
deterioration" denies the deterioration (good news). Signs that are there, and a negated report verb
before them (read once, not twice), keep their reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Factory orders are not yet showing signs of a recovery.",
    "There are no signs yet of a recovery in investment.",
    "Consumer spending is not yet showing any signs of improvement.",
    "Housing activity shows no signs yet of a turnaround in sales.",
    "Contacts reported few if any signs of a pickup in orders.",
])
def test_denied_signs_of_a_good_movement_are_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Loan quality showed no major signs of deterioration.",
    "Home sales have been strong, with no immediate signs of a slowdown.",
])
def test_denied_signs_of_a_bad_movement_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("February has not shown signs of continued improvement in demand.", -1),  # one flip, not two
    ("Exports showed signs of a recovery.", 1),
    ("There were signs of weakness in demand.", -1),
    ("The data did not clearly indicate that growth was recovering.", -1),
])
def test_signs_that_are_there_and_negated_reports_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1
