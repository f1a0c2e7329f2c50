"""Issue 13, tenth round (other central banks): a size comparative as the predicate of a quantity
("losses were smaller than expected", "the surplus was larger than expected") reads like "lower" /
"higher" (guidelines rule 1: direction x valence). Where the subject is no quantity ("the effects on
income would be larger") or the word is no predicate ("larger declines", "smaller firms") it keeps its
old reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Losses were smaller than expected.", 1),
    ("The deficit was smaller than a year earlier.", 1),
    ("Profits were smaller than a year ago.", -1),
    ("The surplus was larger than expected.", 1),
    ("Loan losses were much bigger than in the previous quarter.", -1),
])
def test_a_size_predicate_moves_its_quantity(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, term", [
    ("Losses were smaller than expected.", "losses lower"),
    ("The surplus was larger than expected.", "surplus higher"),
])
def test_it_pairs_like_a_level_word(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Larger declines were seen in manufacturing.", -1),  # an intensifier before a movement noun
    ("Smaller firms reported weaker sales.", -1),  # no predicate: the sales decide
    ("The negative effects of the rate hike on disposable income would be larger than expected.", -1),
])
def test_a_size_word_elsewhere_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The decline in exports was smaller than expected.", 1),  # the decline slowed
    ("The rise in unemployment was smaller than in May.", 1),
    ("The increase in unemployment was larger than expected.", -1),
    ("The decline in exports was larger than expected.", -1),
])
def test_the_size_of_a_movement_noun_is_its_pace(text, sign):
    assert score(text) * sign > 0.1
