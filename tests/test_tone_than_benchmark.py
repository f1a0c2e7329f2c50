"""Issue 13, round 10 (Beige Book): a quantity said to be more or less than a benchmark ("layoffs were
fewer than expected", "orders were more than anticipated", "holiday sales were less than a year ago")
is above or below it, a level word of the subject; "more than" before a figure ("more than half of the
firms", "more than 5 percent") and after a movement ("sales fell more than expected") stays a unit.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Layoffs were fewer than expected.", 1),
    ("Retail sales were less than expected.", -1),
    ("New orders were more than anticipated.", 1),
    ("Holiday sales were less than a year ago.", -1),
    ("Loan losses remained less than anticipated.", 1),
])
def test_more_or_less_than_a_benchmark_is_a_level(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("More than half of the firms reported higher sales.", "higher sales"),
    ("Sales were more than 5 percent higher.", "sales higher"),
    ("Sales fell more than expected.", "sales fell"),
])
def test_before_a_figure_or_after_a_movement_it_stays_a_unit(text, term):
    assert terms(text)[0] == term
    assert not any("(a benchmark)" in found for found in terms(text))
