"""Issue 13, round 10 (Beige Book): "stocks" that are inventories ("stocks of coal", "steel stocks",
"inventory stocks", "the housing stock") are not the stock market: they carry no tone, and a movement
of them is a level that moved. "stocks of small companies", "stock prices" and "stocks" alone stay
shares. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Utilities report unusually low stocks of coal.",
    "Steel stocks remain high at most service centers.",
    "Inventory stocks at retail establishments declined.",
    "Grain stocks fell sharply after the harvest.",
    "Dealers said stocks of finished goods were lower than a year ago.",
    "The stock of unsold homes rose further.",
    "Crude oil stocks increased in the latest week.",
])
def test_an_inventory_stock_carries_no_tone(text):
    assert score(text) == 0


def test_a_movement_of_inventories_is_a_level_that_moved():
    assert terms("Steel stocks rose sharply.") == ["stocks (inventories) rose"]


@pytest.mark.parametrize("text, sign", [
    ("Stocks fell sharply in October.", -1),
    ("Stocks of small technology companies rallied.", 1),
    ("Bank stocks fell sharply.", -1),
    ("Low stocks weighed on sentiment.", -1),
    ("The stock market rebounded strongly.", 1),
])
def test_shares_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1


def test_stock_prices_stay_a_price_level():
    assert terms("Stock prices fell.") == ["stock prices fell"]
