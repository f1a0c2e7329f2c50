"""Issue 13, round 13 (contrast and concession, guidelines rule 6): a concession set off by commas
between a subject and its predicate ("Uncertainty, while still elevated, has diminished") leaves
the main clause - the subject with the predicate after the commas - to decide. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Uncertainty, while still elevated, has diminished.", 1),
    ("Inflation, while still elevated, has eased.", 1),
    ("Coal production, although down from last year, has increased slightly in recent weeks.", 1),
    ("Medical insurance costs, though still rising, have decelerated somewhat.", 1),
    ("Downside risks, although still present, have receded.", 1),
])
def test_the_predicate_after_the_commas_is_the_subjects(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The unemployment rate, though lower, remains elevated.", -1),
    ("Demand for steel, while still strong, softened somewhat.", -1),
    ("Sales rose, while costs increased.", 1),  # no subject before the concession: the main clause first
    ("Exports, which had been weak, picked up.", 1),  # a relative clause, not a concession
])
def test_other_commas_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1
