"""Issue 13, sixth round: the price of one good or service of a sector ("hotel room prices", "crop
prices", "milk prices") is a figure of that sector, a level, not consumer inflation (guidelines
rule 10), like "copper prices"; the price level ("consumer prices", "prices of goods and services") and
a firm's own prices ("selling prices") stay prices read against price stability. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Hotel room prices increased.",
    "Crop prices declined.",
    "Farmland prices rose further.",
    "Prices for hay and milk were higher.",
    "Crude oil prices rose.",  # a good of several words
    "Natural gas prices fell sharply.",
])
def test_the_price_of_one_sector_is_a_level(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Consumer prices rose.", -1),
    ("Prices of goods and services increased.", -1),
    ("Selling prices increased.", -1),
    ("Occupancy rates rose.", 1),
    ("Hotel occupancy rose sharply.", 1),
])
def test_the_price_level_and_activity_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1
