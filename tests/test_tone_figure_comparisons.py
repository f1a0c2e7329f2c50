"""Issue 13, round 13 (company news, i13-r13c): a company report that compares two figures without a
movement word ("net profit was EUR 5.6 mn, compared with EUR 9.8 mn a year earlier") says by the
numbers how its figure moved: the comparison word reads as "down from" / "up from"
(toolkit.tone.figure_comparisons). A loss on the other side turns the sign ("compared with a loss of
EUR 1.4 mn"). Statistics of central banks, figures with a movement word of their own, several
references, years, and equal figures are left as they were. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "Net profit for the period was EUR 5.6 mn, compared with EUR 9.8 mn a year earlier.",
    "The company's diluted EPS was EUR 0.55, against EUR 0.71 a year earlier.",
    "The operating margin was 4.1 percent versus 6.3 percent in 2022.",
    "Net sales in the second quarter amounted to EUR 88 mn compared to EUR 97 mn.",
    "Operating loss totalled EUR 2.3 mn, compared with a profit of EUR 1.1 mn in 2007.",
    "The group posted an operating loss of EUR 4.0 mn, against a loss of EUR 1.2 mn a year ago.",
    "Pre-tax profit was EUR 3.3 mn, compared with the year-earlier EUR 5.1 mn.",
    "Net sales totalled EUR 51.8 mn, compared with the previous year's EUR 60.2 mn.",
])
def test_a_smaller_figure_than_before_is_its_quantity_down(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Operating profit was EUR 3.1 mn, compared with a loss of EUR 1.4 mn a year earlier.",
    "Order intake was EUR 120 mn, compared with EUR 95 mn in the previous quarter.",
    "Revenue for the year totalled USD 1,450 million, against USD 1,210 million in 2022.",
    "The net loss was EUR 0.8 mn compared with EUR 2.6 mn a year earlier.",
    "The operating loss was EUR 1.1 mn, compared with an operating loss of EUR 3.4 mn.",
])
def test_a_larger_figure_than_before_is_its_quantity_up(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Inflation over the previous twelve months was 2.3 percent, compared with 2.2 percent last month.",
    "The total volume of new mortgages granted was NIS 4.9 billion, compared with NIS 3.9 billion in June.",
    "Net sales were EUR 12 mn in May, compared with EUR 11 mn in April and EUR 14 mn a year earlier.",
    "The order was worth EUR 5 mn, compared with the EUR 5 mn the company had expected.",
    "Net sales were EUR 12 mn, compared with EUR 11 bn for the whole group.",
])
def test_statistics_several_references_equal_figures_or_other_units_are_left_alone(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_a_figure_with_its_own_movement_word_keeps_its_reading():
    assert score("Operating profit rose to EUR 13.1 mn, compared with EUR 8.7 mn a year earlier.") > 0.1


def test_the_reading_does_not_depend_on_the_texts_scored_with_it():
    text = "Operating profit was EUR 3.1 mn, compared with a loss of EUR 1.4 mn a year earlier."
    alone = score_texts([text]).loc[0, "score"]
    after = score_texts(["Sales rose.", text, "Profits fell sharply."]).loc[1, "score"]
    assert alone == after > 0.1
