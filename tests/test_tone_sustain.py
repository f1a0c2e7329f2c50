"""Issue 13, round 10 (FOMC and PBoC): "sustain" moves its object up, like "fuel": "could sustain
inflation pressures" is a price risk, and the good news that causes it ("strong demand") is no good
news; "will sustain the expansion" is the expansion held up (it used to pair with "lower rates" as a
fall of the expansion). The adjective "sustained" and an aim ("aims to sustain") are left alone.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Strong demand may sustain price pressures.", -1),
    ("High resource utilization could sustain inflation pressures.", -1),
    ("Rising wages could sustain inflation.", -1),
    ("Lower rates will sustain the expansion.", 1),
    ("Low interest rates have helped sustain housing activity.", 1),
])
def test_sustain_moves_its_object_up(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Weak demand could sustain deflationary pressures.", -1),  # a bad object held up is bad news
    ("The sustained expansion continued.", 1),  # the adjective keeps its reading
])
def test_other_readings_keep_their_sign(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Policy aims to sustain growth.",  # an aim states no outcome
    "The Committee will act to sustain the recovery.",
    "Members discussed how to sustain the program.",
])
def test_an_aim_to_sustain_is_no_news(text):
    assert abs(score(text)) <= 0.1
