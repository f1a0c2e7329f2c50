"""Issue 13, sixth round: "moderate" after a modal or a forecast phrase ending in "to" is the verb, a
fall like "moderated" ("inflation is expected to moderate" is good news, "spending appeared to moderate"
bad), not the adjective, which stays a diminisher ("a moderate pace", "expect moderate growth", "fell to
moderate levels"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Inflation is expected to moderate.", 1),
    ("Job losses are expected to moderate next year.", 1),
    ("Consumer spending appeared to moderate in recent weeks.", -1),
    ("Growth will moderate in the second half.", -1),
    ("Price pressures are likely to moderate further.", 1),
])
def test_moderate_after_a_modal_or_to_is_a_fall(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales rose at a moderate pace.", 1),
    ("Bankers expect moderate growth in lending.", 1),
    ("Inflation fell to moderate levels.", 1),
    ("Hiring increased moderately.", 1),
])
def test_the_adjective_moderate_is_no_fall(text, sign):
    assert score(text) * sign > 0.1
