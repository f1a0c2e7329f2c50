"""Issue 13, round 13 (contrast and concession, guidelines rule 6): "has begun to", "has started to"
link a subject carried over "but" or a concession to its movement, like "continues to": "Although
inflation remains high, it has begun to ease" and "Inflation remains high but has begun to ease" are
good news, the main clause (the clause after "but") decides. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Although inflation remains high, it has begun to ease.",
    "Inflation remains high but has begun to ease.",
    "Core inflation is still elevated but has begun to decline.",
    "Although unemployment remains high, it has begun to fall.",
])
def test_a_movement_begun_after_but_or_a_concession_decides(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Although inflation has begun to ease, it remains high.",  # the main clause is "remains high"
    "Sales have begun to weaken.",
    "Inflation remains high.",
])
def test_the_main_clause_still_decides_the_other_way(text):
    assert score(text) < -0.1
