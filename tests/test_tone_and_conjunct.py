"""Issue 13, round 7: a movement word with a quantity before it does not take the quantity after an
"and" / "or" that follows it: that quantity opens the next conjunct ("inflation is not expected to
slow appreciably and interest rates ..." is inflation not slowing). Without a quantity before it, or
with nothing but other words between ("rising costs", "lower prices"), the nearest quantity stays.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Inflation is not expected to slow appreciably and interest rates are steady.", -1),
    ("Orders are likely to fall further and yields are seen unchanged.", -1),
    ("Exports are projected to rebound strongly and deposits should stay flat.", 1),
    ("Defaults are expected to decline and lending rates will hold steady.", 1),
])
def test_the_movement_keeps_its_subject_before_an_and(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("Sales rose and profits fell.", "profits fell"),  # each conjunct has its own movement
    ("Higher costs and weaker demand hurt margins.", "weaker demand"),
    ("Firms expect higher prices and wages.", "higher prices"),  # no quantity before "higher": the nearest after
])
def test_the_nearest_quantity_stays_where_there_is_no_subject_before(text, term):
    assert term in terms(text)
