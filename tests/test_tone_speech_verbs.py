"""Issue 13, fourth round: "added that" is a verb of speech ("He added that losses had narrowed"):
it reports a view and moves no quantity; "added" of a quantity ("the plant added jobs", "rents added
to cost pressures") is still a rise. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "He added that unemployment was still high.",
    "She added that losses at regional banks had narrowed.",
    "The member added that inflation pressures remained contained.",
    "One contact added that defaults were rising among small firms.",
])
def test_added_that_reports_a_view_and_moves_nothing(text):
    assert not any(t.startswith("added") or t.endswith("added") for t in terms(text))


def test_the_reported_view_decides():
    assert score("She added that losses at regional banks had narrowed.") > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The new plant added capacity and jobs.", 1),
    ("Rising rents added to cost pressures.", -1),
    ("Exporters added workers at a brisk pace.", 1),
])
def test_added_of_a_quantity_is_still_a_rise(text, sign):
    assert sign * score(text) > 0.1
