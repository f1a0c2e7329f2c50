"""Issue 13, eleventh round (other central banks): a quantity that held still ("employment was steady",
"output was unchanged", "a steady pace of sales") is no fall of activity, so it does not void the fall of
the sentence's prices the way a slump does ("inflation eased as demand weakened": the weakness is the
news). Guidelines rule 3 (held still is no news) and the inflation rule. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from toolkit.tone import explain


def contribution(text: str, term: str) -> float:
    rows = explain(text)
    return float(rows.loc[rows["term"] == term, "contribution"].sum())


@pytest.mark.parametrize("text", [
    "Inflation eased and employment was steady.",
    "Inflation eased while sales were stable.",
    "Inflation eased and output was unchanged.",
    "Price pressures moderated and output was flat.",
])
def test_prices_easing_beside_a_quantity_held_still_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Inflation eased as demand weakened.",
    "Inflation eased and output declined.",
    "Inflation eased to its lowest level in years and output was stable.",
])
def test_a_slump_or_a_shortfall_still_voids_the_fall_of_prices(text):
    assert contribution(text, "inflation eased") == 0


def test_the_quantity_held_still_stays_no_news():
    assert contribution("Inflation eased and employment was steady.", "employment steady") == 0
