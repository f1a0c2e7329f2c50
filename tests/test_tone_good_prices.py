"""Issue 13, fourth round: the price of a named good or asset ("copper prices", "prices for crude
oil", "the prices of the main base metals") is that good's price, a level quoted without an
evaluation (guidelines rule 10: commodity prices are 0 unless the sentence evaluates them), not the
price level; "prices of goods and services", "prices for consumer goods" stay prices under the
inflation rule. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Prices for crude oil rose sharply in the month.",
    "The prices of the main base metals fell further.",
    "Copper prices climbed to a record high in May.",
    "Prices of wheat and corn increased in the month.",
])
def test_the_price_of_a_named_good_is_a_level(text):
    assert not any(t.startswith("prices ") and "(of a good)" not in t for t in terms(text))
    assert any("(of a good)" in t for t in terms(text))


def test_a_named_goods_price_rise_is_no_inflation_news():
    assert abs(score("Prices for crude oil rose sharply in the month.")) <= 0.1


@pytest.mark.parametrize("text", [
    "Prices of goods and services rose faster than expected.",
    "Prices for consumer goods increased again.",
    "Selling prices rose at most manufacturers.",
])
def test_prices_of_no_named_good_stay_the_price_level(text):
    assert score(text) < -0.1
