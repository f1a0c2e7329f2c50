"""Issue 13, round 11 (Beige Book): the flows of deposits and funds are that monetary aggregate moving,
a figure quoted without an evaluation (guidelines rule 10): "deposit inflows increased" is no news,
like "deposits rose"; capital outflows keep their reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Deposit inflows increased at most banks.",
    "S&Ls reported that deposit outflows slowed in June.",
    "Savings institutions said their deposits outflows moderated.",
    "Deposit flows were mixed across the District.",
    "Fund inflows rose sharply in the second quarter.",
])
def test_deposit_flows_are_a_figure(text):
    assert abs(score(text)) < 0.1


@pytest.mark.parametrize("text, sign", [
    ("Capital outflows increased sharply.", -1),  # capital flight: bad news
    ("Capital inflows picked up.", 1),
    ("Deposit inflows increased, but loan demand weakened.", -1),  # the rest of the sentence still counts
])
def test_other_flows_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1
