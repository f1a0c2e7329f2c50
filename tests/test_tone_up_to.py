"""Issue 13, round 13 (company news, i13-r13c): "up to" before a number is "at most", no movement
(toolkit.tone.up_to): "up to 80 jobs will be lost" is jobs lost, "the company will cut up to 300 jobs"
jobs cut. After a verb that "up" is the particle of ("moved up to 5 percent") it stays a rise. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Up to 80 jobs will be lost at the Tampere plant.",
    "The company will cut up to 300 jobs in Finland.",
    "The airline plans to eliminate up to 900 mechanic jobs.",
    "Up to 1,200 workers could be laid off next year.",
    "Automakers are seeing declines of up to 30 percent in sales from last year.",
    "Sales may fall by up to 10 percent this year.",
])
def test_up_to_a_number_is_no_rise(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Unemployment moved up to 5 percent in March.",
    "Prices went up to 3 percent.",
    "The jobless rate crept up to 6.1 percent.",
])
def test_up_after_a_verb_is_still_a_rise(text):
    assert score(text) < -0.1  # a rise of a bad quantity / of prices


def test_up_to_a_number_of_a_good_quantity_is_no_rise():
    assert score("Up to 500 new orders were booked in the first week.") == pytest.approx(0.0, abs=0.1)


def test_a_rise_of_up_to_a_number_stays_a_rise():
    assert score("Sales increased by up to 10 percent.") > 0.1
