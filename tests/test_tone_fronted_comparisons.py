"""Issue 13, round 13 (report-style comparisons, i13-r13c): "up from" / "down from" put first in the
sentence move the subject after them (toolkit.tone.fronted_comparisons): "Down from 5.5 percent a year
earlier, the unemployment rate stood at 5.1 percent" is unemployment down. A comparison that follows
its subject, or one with a subject of its own before it, reads as before. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Down from 5.5 percent a year earlier, the unemployment rate stood at 5.1 percent.",
    "Up from 48.9 in March, the manufacturing PMI came in at 50.4 in April.",
    "Up from EUR 8.7 mn, operating profit reached EUR 13.1 mn.",
    "Down from 1.2 million a year earlier, the number of jobless stood at 0.9 million.",
    "Down from 14 percent in 2022, the default rate was 9 percent in 2023.",
])
def test_a_fronted_good_comparison_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Down from 6.1 percent in April, industrial output growth was 4.5 percent in May.",
    "Up from 3.9 percent, the jobless rate stood at 4.3 percent in June.",
    "Down from EUR 0.31, earnings per share came in at EUR 0.12.",
])
def test_a_fronted_bad_comparison_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Exports grew 5 percent, up from 3 percent.", 1),
    ("Unemployment was 5.1 percent, down from 5.5 percent.", 1),
    ("Sales fell 4 percent, down from a 2 percent gain.", -1),
])
def test_a_comparison_after_its_subject_reads_as_before(text, sign):
    assert score(text) * sign > 0.1


def test_a_fronted_comparison_of_a_figure_is_no_news():
    assert score("Up from USD 3.1 trillion, foreign exchange reserves stood at USD 3.2 trillion.") == pytest.approx(0.0, abs=0.1)
