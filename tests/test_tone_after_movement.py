"""Issue 13, sixth round: a movement right after "after" / "following" is the earlier movement that the
news followed, like the starting level after "from" ("fell from high levels"): "layoffs increased after
subsiding in April" is layoffs increasing, not a rise that slowed; "after rising sharply, inflation
eased" is inflation easing. Words after "after" that are no movement are left alone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Layoffs increased after subsiding in April.", -1),
    ("Sales rose after easing in the spring.", 1),
    ("Hiring picked up after slowing in the summer.", 1),
    ("Employment rose following a decline in May.", 1),
    ("After rising sharply last year, inflation eased.", 1),
])
def test_the_movement_after_after_is_the_earlier_one(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Output fell sharply after the hurricane.", -1),  # no movement after "after": the news stands
    ("Prices rose after the harvest.", -1),
    ("Sales increased in the following months.", 1),
    ("Exports slowed after strong gains earlier in the year.", -1),
])
def test_a_movement_before_after_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1


def test_the_earlier_movement_makes_no_term():
    assert not any("subsiding" in t for t in terms("Layoffs increased after subsiding in April."))
