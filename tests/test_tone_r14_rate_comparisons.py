"""Issue 13, round 14 (lead): a rise stated as a rate and compared with an earlier rate
("increased 0.52% in March, down from 0.81% in February") reads the comparison as the pace of the
rise (toolkit.tone.rate_comparisons): "down from" slows it, "up from" quickens it. Our own sentences,
in the style of statistics paragraphs in minutes and of Chinese industry news."""
from __future__ import annotations

import pytest

from toolkit.tone import explain, score_texts


def _label(text):
    return score_texts([text])["label"].iloc[0]


@pytest.mark.parametrize("text, label", [
    ("Industrial output rose 4.2 percent, down from 6.0 percent in March.", "negative"),  # growth slowed
    ("Retail sales increased 0.5 percent in May, down from 1.2 percent in April.", "negative"),
    ("Exports grew 7.1 percent year on year in the first quarter, down from 9.3 percent in the previous quarter.", "negative"),
    ("Regulated prices increased 0.15%, down from 0.38% in April.", "positive"),  # inflation slowed
    ("Consumer prices rose 2.1 percent in the year to June, down from 2.5 percent in May.", "positive"),
    ("Loan volumes rose by 3 percent, down from 4 percent the prior quarter.", "negative"),
])
def test_a_rise_whose_rate_came_down_slowed(text, label):
    assert _label(text) == label


def test_the_comparison_is_the_pace_of_the_rise_not_a_second_movement():
    table = explain("Industrial output rose 4.2 percent, down from 6.0 percent in March.")
    assert table["term"].tolist() == ["output rose"]
    assert "pace 'down from" in table.loc[0, "rule"]


@pytest.mark.parametrize("text, label", [
    ("Exports grew 7.1 percent year on year, up from 5.3 percent.", "positive"),  # quickened: still a rise
    ("The unemployment rate rose to 5.2 percent, up from 5.0 percent.", "negative"),  # "to": a level
    ("The unemployment rate fell to 4.1 percent, down from 4.3 percent.", "positive"),
    ("Holiday sales were a bit on the sluggish side but still up from a year ago.", "positive"),  # no rate before
    ("Output fell 2 percent, down from a 1 percent rise.", "negative"),  # a fall is left as it was
])
def test_levels_falls_and_comparisons_without_a_rate_keep_their_reading(text, label):
    assert _label(text) == label
