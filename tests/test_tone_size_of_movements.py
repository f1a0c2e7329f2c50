"""Issue 13, round 10 (FOMC and PBoC): a size said as a predicate moves its subject: "job losses were
smaller than expected" is fewer losses (good news), "the trade deficit was larger" more of a bad
quantity; after a movement noun it is that movement's pace ("the decline in output was smaller" is a
fall that slowed, "the increase in unemployment was smaller than feared" good news). The adjective
before a noun ("smaller firms") is left alone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Job losses were smaller than expected.", 1),
    ("The decline in output was smaller than anticipated.", 1),
    ("The increase in unemployment was smaller than feared.", 1),
    ("Gains in employment were larger than expected.", 1),
    ("The trade deficit was larger than expected.", -1),
    ("Job gains were smaller than expected.", -1),  # a good movement, smaller
])
def test_a_size_predicate_moves_its_subject(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Losses were larger than expected.", -1),
    ("Larger retailers reported stronger sales.", 1),
    ("Smaller firms reported weaker sales.", -1),  # the adjective says which firms
])
def test_other_sizes_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1
