"""Issue 13, tenth round (other central banks): a negated verb of report negates the clause it reports
("forecasts did not explicitly indicate that growth was recovering" is bad news), also beyond the
negator's own three-token reach (guidelines rule 9). A report that is not negated, a clause after a
contrast word, and a negation the negator reaches by itself (no double flip) keep their reading.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Forecasts for Germany did not explicitly indicate that economic growth was recovering.", -1),
    ("The latest surveys do not clearly show that the labour market has strengthened.", -1),
    ("Recent indicators did not suggest that the economy was slowing significantly.", 1),
    ("The data do not yet point to a sustained recovery in investment.", -1),
    ("High-frequency data did not confirm that unemployment had started to rise.", 1),
])
def test_a_negated_report_negates_what_it_reports(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The data indicated that growth was recovering.", 1),  # not negated
    ("The data did not indicate that growth was slowing.", 1),  # the negator's own reach: one flip
    ("Surveys did not show much, but demand had weakened.", -1),  # after the contrast
    ("Growth did not slow.", 1),
])
def test_other_reports_and_negations_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1
