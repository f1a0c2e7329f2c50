"""Issue 13, round 13 (report-style comparisons and company news, i13-r13c): the figures of statistics
releases and company reports are the quantities they measure (guidelines rule 10). Industrial value
added is output ("the added value of industry fell" is output falling, not "added" moving "value");
"industrial enterprises above designated size" is the industrial sector, one quantity, so the movement
after it reaches the head before it ("profits of ... above designated size fell"); the PMI, EPS, order
intake, order book, market share and pre-tax profit are activity, profits and orders. Foreign exchange
reserves are an aggregate, a figure with no tone. The lexicon block "round 13, report-style
comparisons and company news" holds the rows. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The added value of industrial enterprises above designated size fell 2.9 percent year on year in April.",
    "Industrial added value dropped 1.1 percent month-on-month in October.",
    "Profits of industrial enterprises above designated size fell 3.1 percent year on year.",
    "Operating revenue of enterprises above designated size declined by 4 percent in the first half.",
    "The manufacturing PMI slipped to 48.7 in July from 49.3, staying below the boom-bust line.",
    "Earnings per share fell to EUR 0.12 from EUR 0.31 a year earlier.",
    "The order book weakened in the fourth quarter.",
    "Market share declined to 18 percent in Europe.",
])
def test_a_figure_that_falls_is_its_quantity_falling(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The PMI rose to 51.3 in April from 49.8 in March.",
    "The purchasing managers index edged up to 50.2 in November.",
    "EPS rose to EUR 0.45 from EUR 0.38 a year earlier.",
    "Order intake increased by 18 percent to EUR 95 mn.",
    "The company's order book strengthened during the quarter.",
    "The company's market share grew to 23 percent.",
    "The company's profit before taxes more than doubled to EUR 12.4 mn.",
    "Pre-tax profit rose to EUR 6.3 mn.",
    "Earnings before interest and taxes were EUR 7.2 mn, up from EUR 6.1 mn.",
])
def test_a_figure_that_rises_is_its_quantity_rising(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Foreign exchange reserves increased by USD 32 billion to USD 3.2 trillion at the end of May.",
    "Foreign reserves fell to USD 410 billion in March.",
    "The PMI held at 50.1 in October, unchanged from September.",
    "The PMI was 50.1 in October.",
    "The value added tax was raised to 24 percent.",  # a tax rate: a policy action, no output
    "The order book stood at EUR 1.2 bn.",
])
def test_an_aggregate_or_a_figure_quoted_without_a_movement_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_value_added_is_output_not_an_addition():
    from conftest import tone_terms

    terms = tone_terms("The value added of industry fell 2 percent.")
    assert not any(t.startswith("value added") and "fell" not in t for t in terms), terms
