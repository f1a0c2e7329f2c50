"""Issue 13, round 7: the Beige Book reports ranges - "sales were flat to down", "steady to slightly
higher", "unchanged to up" - whose moving end gives the direction: one movement of the subject,
reaching back over the words between like "up from" ("sales of automobiles and light trucks were
flat to down"). Prices follow the inflation rule. A range of numbers or of dates is no range of
movement. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Sales of automobiles and light trucks at most dealers were flat to down.", -1),
    ("Orders for industrial machinery and parts in the region were steady to slightly higher.", 1),
    ("Shipments from paper mills and box plants in Maine were unchanged to up.", 1),
    ("Retail sales in the mountain and coastal resort towns this summer were stable to higher.", 1),
])
def test_a_range_moves_its_subject_by_its_moving_end(text, sign):
    assert sign * score(text) > 0.1


def test_a_range_is_one_movement():
    assert terms("Sales were flat to up.") == ["sales flat to up"]


@pytest.mark.parametrize("text", [
    "Deposits at most banks were flat to down.",  # a level: a figure, no news
    "The survey covered the period from March to June.",  # a range of dates
    "Bids for the new contracts ranged from 2 to 3 million dollars.",  # a range of numbers
])
def test_no_news_from_a_level_or_a_range_of_numbers(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Bankers reported little change in loan demand and steady to declining delinquency rates.", 1),
    ("Retailers expect flat to lower sales in January.", -1),
    ("Contacts in several industries reported steady to rising layoffs this year.", -1),
])
def test_a_range_right_before_its_noun_moves_that_noun(text, sign):
    """Said before a quantity, a range is its adjective: the quantity after it moves, not one before."""
    assert sign * score(text) > 0.1
