"""Issue 13, round 13 (report-style comparisons, i13-r13c): a figure between the determiner and a
movement noun ("the year-on-year decline in profits narrowed", "the 5 percent decline in exports
narrowed") keeps the noun a movement noun, so the pace word after it says how that movement changed
(toolkit.tone.pairing._pace_words over toolkit.tone.noun_phrases._before_figure), as without the figure.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The year-on-year decline in industrial profits narrowed by 4.3 percentage points from January-February.",
    "The 5 percent decline in exports narrowed in September.",
    "The year-on-year fall in output eased in the second quarter.",
    "The month-on-month increase in unemployment slowed in May.",
])
def test_a_slowing_of_a_bad_movement_after_a_figure_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The year-on-year increase in unemployment accelerated.",
    "The 3 percent rise in sales slowed in the fourth quarter.",
])
def test_a_worse_pace_after_a_figure_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Profits fell 3 percent year on year and margins narrowed.", -1),  # the figure ends a clause: no movement noun
    ("The year-on-year decline in exports continued.", -1),
    ("Exports fell 2 percent, and the decline deepened.", -1),
])
def test_without_a_pace_word_of_the_noun_the_reading_stays(text, sign):
    assert score(text) * sign > 0.1
