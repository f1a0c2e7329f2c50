"""Issue 13, round 7: "price increases", "price reductions", "input price declines", "price growth" -
the singular "price" before a movement noun - are the prices firms charge moving, read against
price stability like "prices rose" (the inflation rule), not the price of one good. After a named
good or an asset of the lexicon ("steel price increases", "home price increases") and in "the price
of oil rose" it stays a good's price, a figure (guidelines rule 10). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Several manufacturers announced price increases for the coming quarter.", -1),
    ("Retailers expect further price hikes on apparel.", -1),
    ("Contacts reported widespread price reductions on building materials.", 1),
    ("Input price declines have begun to show through to customers.", 1),
    ("Selling price growth eased at most wholesalers.", 1),
])
def test_price_before_a_movement_noun_is_the_price_level(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Steel price increases were announced by two mills.",  # a named good
    "Home price increases slowed in the suburbs.",  # an asset of the lexicon ("home prices")
    "The price of crude oil rose in the week.",  # "price of": a good's price
    "The price charged for parking increased.",  # not before a movement noun
])
def test_a_goods_price_stays_a_figure(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "The most notable price decline was for natural gas.",
    "Price increases of copper and steel were reported by fabricators.",
])
def test_a_price_movement_for_a_named_good_is_that_goods_price(text):
    assert abs(score(text)) <= 0.1
