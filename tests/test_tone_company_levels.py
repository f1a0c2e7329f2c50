"""Issue 13, round 13 (company news, i13-r13c): company figures that say no news. A figure on a par
with last year's held still ("operating profit is expected to be on a par with last year", like
"similar to"); the share capital is a figure of the balance sheet ("will be increased by EUR 1.2 mn");
"deal" names a transaction or an amount ("a great deal of uncertainty"), not good news by itself
(guidelines: an acquisition says nothing about the outlook). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Operating profit is expected to be on a par with last year.",
    "Net sales remained at the previous year's level.",
    "The share capital will be increased by EUR 1.2 mn.",
    "Financial details of the deal were not disclosed.",
    "The deal is expected to close in the second quarter.",
])
def test_a_figure_held_a_capital_change_or_a_deal_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_a_great_deal_of_uncertainty_is_no_good_news():
    assert score("Contacts expressed a great deal of uncertainty about the outlook for growth.") < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Net sales are expected to exceed last year's level.", 1),
    ("The agreement was welcomed by investors.", 1),
    ("The deal is expected to boost earnings.", 1),
    ("Operating profit fell short of the previous year.", -1),
])
def test_movements_and_states_beside_them_read_as_before(text, sign):
    assert score(text) * sign > 0.1
