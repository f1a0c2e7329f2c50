"""Issue 13, round 13 (company news, i13-r13c): a company result that swings moves the figure it swings
to ("swung to a pre-tax profit" is profit up, "swung to a net loss" losses up), "turned to an
operating profit / loss" is a profit made / a loss made, and the red and the black are losses and
profits. A figure right before "from" is where the movement ended, so the figure after "from" is where
it started, not news of its own ("... of EUR 4.5 mn from a loss of EUR 2.1 mn": toolkit.tone.origin_states).
"Turned to" alone names a topic ("the discussion turned to ..."). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms


@pytest.mark.parametrize("text", [
    "The group swung to a pre-tax profit of EUR 4.5 mn from a loss of EUR 2.1 mn a year earlier.",
    "The unit turned to an operating profit of EUR 1.2 mn from a loss of EUR 0.4 mn.",
    "Earnings swung to a profit of EUR 2 mn from a loss of EUR 5 mn.",
    "The airline was back in the black in the second quarter.",
])
def test_a_result_that_swings_to_a_profit_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The shipbuilder swung into the red in 2023.",
    "The company swung to a net loss of EUR 3 mn from a profit of EUR 2 mn a year earlier.",
    "The retailer turned to an operating loss of EUR 0.9 mn in the second quarter.",
    "The mill has remained in the red for three years.",
])
def test_a_result_that_swings_to_a_loss_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The discussion turned to the outlook for growth.",
    "Members turned to a discussion of financial developments.",
    "Sales of EUR 5 mn from the new plant were booked in March.",
    "The company turned to an outside adviser.",
])
def test_turned_to_a_topic_or_a_source_after_a_figure_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_the_figure_after_from_is_where_the_swing_started():
    terms = tone_terms("The group swung to a pre-tax profit of EUR 4.5 mn from a loss of EUR 2.1 mn.")
    assert "loss" not in terms, terms
