"""Issue 13, round 9 (other central banks): a verb of effect that names no direction ("could affect",
"may influence", "could have an impact on", "might not be conducive to") is a threat when its object
is a quantity whose rise is good news: the recovery, growth, exports are held back (guidelines rule 7:
"poses evolving risks" is -1). Said of prices, of a bad quantity or of a level it names no direction
and is no news ("oil prices could affect inflation"); "could positively affect" names its direction.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Trade disputes could affect the global recovery next year.",
    "The members discussed the new regulations, which may affect economic growth in the region.",
    "A stronger currency might not be conducive to the recovery of exports.",
    "The new levies could have an impact on domestic demand in the second half.",
    "Several members said the flooding may influence investment in the coming quarters.",
])
def test_an_effect_on_a_good_quantity_is_a_threat(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Higher oil prices could affect inflation in the coming months.",
    "The decision may affect the exchange rate of the currency.",
    "The reform could influence the unemployment rate over time.",
    "Changes in the tax code might have an impact on consumer prices.",
])
def test_an_effect_on_anything_else_is_no_news(text):
    assert abs(score(text)) <= 0.1


def test_an_effect_that_names_its_direction_keeps_it():
    assert score("Lower energy costs could positively affect consumption next year.") > 0.1
