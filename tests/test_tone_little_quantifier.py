"""Issue 13, round 13 (negation scope, guidelines rule 9): "little" right before a quantity or a
state word counts how much of it there is, and hardly any is a negation: "there was little growth in
sales", "little improvement was seen" are bad news, "little stress on their herds", "little risk of
a downturn" good news. "a little higher" (a degree), "little changed" (held still) and little
growth of prices (price stability, the inflation rule) are left as they were. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There was little growth in sales.",
    "Little improvement was seen in labor market conditions.",
    "Very little improvement in hiring was reported by contacts.",
    "There has been little recovery in business investment.",
    "Plant managers reported little growth in production since the previous survey.",
])
def test_little_of_a_good_thing_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Livestock producers reported little stress on their herds.",
    "Contacts expressed little concern about the outlook.",
])
def test_little_of_a_bad_thing_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Prices were a little higher than a year earlier, and sales rose.", 1),  # a degree
    ("Sales were a little stronger than expected.", 1),
    ("Several contacts reported little growth in overall prices.", 1),  # price stability
])
def test_a_degree_and_little_growth_of_prices_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1


def test_little_changed_is_still_held_still():
    assert score("Employment was little changed in the district.") == 0.0
