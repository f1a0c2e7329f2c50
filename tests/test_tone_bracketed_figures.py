"""The year-earlier figure in brackets of a company report ("net sales totalled EUR 93.4 mn (EUR 81.0
mn)") is a comparison of two figures, read like "compared with" (toolkit.tone.figure_comparisons,
round 14, i13-r14d): the figure larger than the bracketed one rose."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Net sales totalled EUR 93.4 mn (EUR 81.0 mn).", 1),
    ("Operating profit amounted to EUR 2.0 mn (EUR 5.1 mn).", -1),
    ("The operating margin was 7.4 % (9.8 %).", -1),
    ("The operating loss was EUR 1.2 mn (EUR 3.3 mn).", 1),
    ("Operating profit was EUR 4.4 mn (a loss of EUR 0.7 mn).", 1),
    ("Order intake was EUR 58 mn (EUR 71 mn) in the second quarter.", -1),
    ("Net sales in the third quarter totalled EUR 31.7 mn (EUR 33.0 mn in the corresponding period in 2007).", -1),
])
def test_a_bracketed_year_earlier_figure_gives_the_movement(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Inflation was 2.3 percent (2.1 percent).",  # a statistic, no company figure
    "Net sales were EUR 40 mn (2007).",  # a year alone
    "Sales were EUR 5 mn (EUR 4 mn in 2006 and EUR 3 mn in 2005).",  # several references
    "The plant has a capacity of 300,000 tonnes (250,000 tonnes).",  # no figure of results
])
def test_brackets_without_a_year_earlier_result_give_no_tone(text):
    assert abs(score(text)) <= 0.1


def test_a_movement_near_keeps_its_own_reading():
    assert score("EBIT margin improved to 9.5% (8.1%).") > 0.1
    assert score("Net sales fell to EUR 30 mn (EUR 25 mn).") < -0.1
