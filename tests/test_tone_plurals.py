"""Issue 13, round 8 (Beige Book): plurals of lexicon words the lexicon had in the singular only.
"values" is the plural of the good quantity "value": the asset values of the district reports
("farmland values rose 8 percent", "declining property values") move like any good quantity; so do
"efficiencies", "occupancies", and the bad "contractions", "anxieties"; "pickups", "turnarounds",
"spikes" are movements like their singulars. Plurals that do not move, or are no quantity at all,
carry no tone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms as terms


@pytest.mark.parametrize("text, pair, sign", [
    ("Bankers said farmland values climbed 6 percent over the summer.", "values climbed", 1),
    ("Land values in the western counties fell for a third straight quarter.", "values fell", -1),
    ("Commercial property values declined sharply in the downtown area.", "values declined", -1),
    ("Realtors reported that home values rose modestly in most markets.", "values rose", 1),
    ("Lenders worried that falling ranch values would strain farm balance sheets.", "falling values", -1),
])
def test_asset_values_move_like_a_good_quantity(text, pair, sign):
    assert pair in terms(text)
    assert sign * score(text) > 0.3


@pytest.mark.parametrize("text", [
    "Farmland values were unchanged from the previous quarter.",
    "The values shown in the table are rounded to the nearest dollar.",
    "Appraisers revised their methods for estimating property values.",
])
def test_values_without_a_movement_carry_no_tone(text):
    assert score(text) == 0.0


def test_values_pair_with_the_movement_before_them():
    assert "declining values" in terms("Contacts noted declining values for office buildings.")


@pytest.mark.parametrize("text, term, sign", [
    ("Plants reported greater efficiencies from new equipment.", "greater efficiencies", 1),
    ("Anxieties about layoffs eased in the spring.", "anxieties eased", 1),
    ("Hotel occupancies rose during the holiday season.", "occupancies rose", 1),
    ("Retailers reported pickups in store traffic.", "pickups store traffic", 1),
    ("Several firms reported spikes in fuel costs.", "spikes fuel costs", -1),
    ("Contacts noted contractions in several service industries.", "contractions", -1),
])
def test_plurals_read_like_their_singulars(text, term, sign):
    assert term in terms(text)
    assert sign * score(text) > 0.3


@pytest.mark.parametrize("text", [
    "Hotel occupancies were unchanged from a year earlier.",
    "The survey lists hotel occupancies by county.",
    "Occupancies of downtown office buildings were little changed.",
])
def test_plurals_without_news_carry_no_tone(text):
    assert abs(score(text)) < 0.1
