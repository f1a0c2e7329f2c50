"""Issue 13, round 7: a seasonal movement - "the usual seasonal slowdown", "seasonal declines are
expected", "seasonally slow months" - is the calendar, not news about the outlook; a movement beside
it still counts ("sales rose more than the usual seasonal increase"). And "stress that", like
"stressed that", is a verb of speech: "stress" there is no strain. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Retailers anticipate the usual seasonal slowdown after the holidays.",
    "Most contacts expect seasonal declines in construction during the winter.",
    "Resort areas reported a seasonal pickup in visitors.",
    "January and February are seasonally slow months for car dealers.",
    "Two districts stress that much of the new borrowing is short-term.",
])
def test_seasonal_movements_and_speech_verbs_are_no_news(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Retail sales rose more than the usual seasonal increase.", 1),
    ("Hiring weakened beyond the normal seasonal slowdown.", -1),
    ("Contacts said financial stress on farm households has intensified.", -1),  # "stress" the strain
])
def test_other_movements_beside_them_still_count(text, sign):
    assert sign * score(text) > 0.1
