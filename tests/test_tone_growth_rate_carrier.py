"""Issue 13, round 12: "growth rate" is growth, a carrier - "the growth rate of services prices has
been rising" is prices rising (bad news), not good growth; its own phrase names what moves wherever
the movement stands. Alone, or after a quantity ("GDP growth rate slowed"), it keeps the reading of
"growth". Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("The key indicator is the growth rate of services prices, which has been rising.", -1),
    ("Members watched the growth rate of consumer prices, which had been accelerating.", -1),
    ("The growth rate of unemployment claims fell.", 1),
    ("The Council noted the growth rate of import prices, which has been increasing.", -1),
    ("Attention turned to the growth rate of labour costs, which has been rising steadily.", -1),
])
def test_a_growth_rate_moves_the_quantity_of_its_phrase(text, sign):
    assert sign * score(text) > 0.1


def test_a_growth_rate_with_a_moved_phrase_does_not_count_alone():
    assert "growth rate" not in terms("The growth rate of services prices, which has been rising.")


@pytest.mark.parametrize("text, sign", [
    ("GDP growth rate slowed in the second quarter.", -1),  # the rate of GDP
    ("The growth rate is strong.", 1),
    ("There was growth in exports.", 1),  # no movement: growth counts alone
])
def test_a_growth_rate_alone_reads_as_growth(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The growth rate of credit rose.",  # a level: a figure, no news
    "The growth rate of the money supply, which has been rising.",
    "Members noted the growth rate of deposits, which has been increasing.",
])
def test_a_growth_rate_of_a_level_says_nothing(text):
    assert abs(score(text)) <= 0.1
