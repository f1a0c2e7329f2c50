"""Issue 13, round 10 (Beige Book): two movements of one subject joined by "or" / "and" ("retail
sales in most areas were unchanged or fell modestly", "factory orders were unchanged in most
districts or declined slightly"): the second movement, out of the pairing window, moves the subject
of the first, not nothing. A second clause with its own verb ("declines were limited to autos"), a
new sentence or a comma clause leave it alone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term, sign", [
    ("Retail sales in most areas were unchanged or fell modestly.", "retail sales fell", -1),
    ("Factory orders were unchanged in most districts or declined slightly.", "orders declined", -1),
    ("Hiring was steady at most firms in the region and then picked up.", "hiring picked up", 1),
    ("Consumer spending was little changed in most areas and even increased.", "consumer spending increased", 1),
    ("Employment was flat at most firms in the region or fell.", "employment fell", -1),
])
def test_the_second_movement_moves_the_first_ones_subject(text, term, sign):
    assert term in terms(text)
    assert sign * score(text) > 0.1


def test_a_level_that_held_or_moved_stays_no_news():
    text = "Commodity prices in general remained largely stable or declined further."
    assert "commodity prices declined" in terms(text)
    assert score(text) == 0


@pytest.mark.parametrize("text, term", [
    ("Retail sales in most areas were unchanged and declines were limited to autos.", "retail sales declines"),
    ("Retail sales in most areas were unchanged; elsewhere they fell.", "retail sales fell"),
    ("Retail sales in most areas were unchanged, while in the West the numbers fell.", "retail sales fell"),
    ("Retail sales in most areas were unchanged but in the West fell.", "retail sales fell"),
    ("The sales rate for new homes has declined by half or more.", "sales more"),  # an amount
])
def test_a_movement_with_a_clause_of_its_own_is_left_alone(text, term):
    assert term not in terms(text)
