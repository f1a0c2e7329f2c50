"""Issue 13, round 12: a movement in a relative clause that ends the sentence is said of the noun
before the comma - "the key indicator is the unemployment rate, which has been falling" is good
news, "growth depends on exports, which have been weakening" bad news. The relative word and its
auxiliaries used to put the movement past the pairing window. A relative clause inside the sentence
is a side remark: the main clause decides. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("The key indicator is the unemployment rate, which has been falling.", 1),
    ("Growth depends on exports, which have been falling.", -1),
    ("Inflation reflects services prices, which have been rising.", -1),
    ("The recovery was led by household spending, which has been gradually rising since mid-2017.", 1),
    ("Members discussed corporate defaults, which had been increasing steadily.", -1),
])
def test_a_closing_relative_clause_moves_the_noun_before_it(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Exports, which had been rising, fell sharply in May.", -1),  # a side remark: the main clause decides
    ("The Bank watched exports, which boosted growth.", 1),  # a transitive verb keeps its object
    ("Dealers noted some weakening in SUV sales, which have been particularly strong.", -1),  # after news
    ("Members welcomed the strong rise in hiring, which had been weakening.", 1),
])
def test_other_relative_clauses_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The forecast covers the cost of borrowing, which has been rising.",  # no quantity before the comma
    "The report described exports, which the ministry expects to publish.",  # no movement
    "Outstanding loans, which have been rising.",  # a level: a figure, no news
])
def test_a_relative_clause_without_a_quantity_and_movement_says_nothing(text):
    assert abs(score(text)) <= 0.1
