"""Issue 13, round 12 (Beige Book): "stable" / "steady" right before a bad-direction quantity holds it
still ("stable delinquency rates"), no news like "delinquency rates were stable", not the bad quantity
alone; before a good quantity ("steady growth") and before prices the old readings stay. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Contacts reported stable delinquency rates.",
    "Bankers said steady unemployment was likely this spring.",
    "Analysts expect stable unemployment in the state.",
    "Bankers noted steady delinquency levels on auto loans.",
    "Lenders described stable delinquencies on consumer loans.",
])
def test_a_steady_bad_quantity_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.05)


@pytest.mark.parametrize("text, sign", [
    ("The district saw steady growth.", 1),  # a good quantity: its own reading stays
    ("Bankers reported steady increases in delinquencies.", -1),  # a movement noun in between
    ("Delinquency rates rose, though unemployment was stable.", -1),
])
def test_other_steady_readings_are_unchanged(text, sign):
    assert sign * score(text) > 0.1


def test_stable_prices_still_read_as_no_movement_of_a_bad_quantity():
    assert terms("Retailers reported stable prices.") == []
