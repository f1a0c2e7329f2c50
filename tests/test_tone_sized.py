"""Issue 13, round 8 (Beige Book): a movement noun whose size the predicate states ("job gains were
weak", "sales increases have been sluggish") is no movement of its own: the predicate's movement word
pairs with the quantity and decides ("job gains were weak" is bad news; "employment gains were strong"
counts once, not twice). A movement noun with no movement word in its predicate keeps its tone. Our
own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Manufacturing job gains were weak in the third quarter.", -1),
    ("Sales increases have been sluggish at most department stores.", -1),
    ("Sales gains were soft at furniture and appliance stores.", -1),
    ("Retail sales gains remained weak, though tourism was strong.", -1),
    ("Hiring was brisk in retail, but factory job gains were weak.", -1),
])
def test_the_predicate_says_the_size_of_the_movement(text, sign):
    assert sign * score(text) > 0.1


def test_a_sized_movement_counts_once():
    assert terms("Employment gains were strong.") == ["employment strong"]


@pytest.mark.parametrize("text, sign", [
    ("Sales gains were modest.", 1),
    ("Job gains were reported in most Districts.", 1),
    ("Sales rose to record levels.", 1),
    ("Declines in orders have eased.", 1),
])
def test_no_movement_in_the_predicate_keeps_the_noun(text, sign):
    assert sign * score(text) > 0.1
