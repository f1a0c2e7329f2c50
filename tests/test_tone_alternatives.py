"""Issue 13, round 10 (Beige Book): what did not happen - the movement or state right after "rather
than" / "instead of" ("rather than slowing, growth accelerated", "instead of rising, sales fell",
"demand remained weak rather than improving") - has no tone; the other one is the news. A quantity
there keeps its reading; "anything but strong" is not strong. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Rather than slowing, growth accelerated.", 1),
    ("Instead of rising, sales fell.", -1),
    ("Instead of a sharp decline, orders held up well.", 1),
    ("Rather than easing, shortages of skilled workers worsened.", -1),
    ("Demand is anything but strong.", -1),
])
def test_what_did_not_happen_has_no_tone(text, sign):
    assert sign * score(text) > 0.1


def test_only_the_other_movement_is_a_term():
    assert terms("Rather than slowing, growth accelerated.") == ["growth accelerated"]


@pytest.mark.parametrize("text, sign", [
    ("Demand remained weak rather than improving.", -1),
    ("Sales fell rather than rose.", -1),
    ("Investment rather than consumption drove growth.", 1),  # a quantity after it keeps its reading
])
def test_the_news_stays_with_the_main_clause(text, sign):
    assert sign * score(text) > 0.1
