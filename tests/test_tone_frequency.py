"""Issue 13, round 10 (Beige Book): how often a thing is reported is a level of its count: "layoffs
were rare" is few layoffs (good news), "price increases were less widespread" fewer price increases,
"widespread layoffs" many. Said of a movement ("the decline in orders is pervasive", "gains in sales
were widespread") it says how far the movement reaches and adds no movement of its own; "rare
earths" are metals. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term, sign", [
    ("Layoffs were rare.", "layoffs rare", 1),
    ("Layoffs have become less common in the District.", "layoffs less common", 1),
    ("Price increases were less widespread.", "prices less widespread", 1),
    ("Bankruptcies among farmers remain uncommon.", "bankruptcies uncommon", 1),
    ("Layoffs were widespread in the auto industry.", "layoffs widespread", -1),
])
def test_how_often_is_a_level_of_the_count(text, term, sign):
    assert term in terms(text)
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, expected", [
    ("The decline in orders is pervasive.", ["decline orders"]),
    ("Gains in sales were widespread across the District.", ["gains sales"]),
    ("Reports of weakness were widespread.", ["weakness"]),
    ("Contacts reported widespread job losses.", ["widespread job losses"]),
    ("There have been widespread signs of weakening in the labor market.", ["weakening labor market"]),
])
def test_said_of_a_movement_it_adds_no_movement(text, expected):
    assert terms(text) == expected


@pytest.mark.parametrize("text", [
    "However, discounting remained widespread and reports on early November sales were mixed.",
    "Promotions were widespread, and holiday sales were mixed.",
])
def test_it_is_not_said_of_a_quantity_in_the_next_clause(text):
    # round 11: "discounting" is a quantity of its own now ("discounting widespread"); the next
    # clause's sales still take no "widespread"
    assert not any("widespread" in found and "sales" in found for found in terms(text))


def test_rare_earths_are_metals():
    found = terms("Strong demand for rare earths lifted exports.")
    assert "strong demand" in found and not any("rare" in term or "earth" in term for term in found)
