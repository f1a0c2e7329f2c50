"""Issue 13, round 10 (Beige Book): a figure said to equal an earlier one ("sales were about the same
as a year ago", "revenues were similar to last year", "hiring was comparable to year-ago levels")
held still, like "unchanged": no news. A state or an event named that way ("the slowdown was similar
to that of 2001") is still there and keeps its tone; a movement beside the comparison keeps its own.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Revenues were similar to last year.", "revenues similar to"),
    ("Profits at most retailers were about the same as a year ago.", "profits about the same as"),
    ("Employment was comparable to year-ago levels.", "employment comparable to"),
    ("Tourist spending was on par with last summer.", "spending on par with"),
    ("Orders for machine tools were roughly the same as in the prior quarter.", "orders roughly the same as"),
])
def test_a_quantity_equal_to_an_earlier_figure_held_still(text, term):
    assert term in terms(text)
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("The slowdown was similar to that of 2001.", -1),  # a state that is still there
    ("Layoffs were about the same as last year.", -1),
    ("Growth was similar to that observed in the last report.", 1),  # a rate: growth went on
    ("Sales rose 5 percent, similar to the gain last month.", 1),  # the movement keeps its tone
    ("Demand was strong, much the same as in the spring.", 1),
])
def test_states_and_movements_keep_their_tone(text, sign):
    assert sign * score(text) > 0.1
