"""Issue 13, round 7: "few signs of", "little evidence of", "few reports of", "no sign of" say that what
follows is hardly or not at all there: a negation reaching from the phrase's end ("few signs of a
recovery in orders" is bad news, "little evidence of layoffs" good news). "a few signs of" is some,
not hardly any: no negation. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Retailers see few signs of a sustained improvement in store traffic.", -1),
    ("Bankers reported little evidence of stronger loan quality in farm portfolios.", -1),
    ("There were few reports of rising layoffs in the District.", 1),
    ("Contacts saw little evidence of growing strains in the labor market.", 1),
    ("Manufacturers see no indication of a broad recovery this year.", -1),
])
def test_few_signs_of_negates_what_follows(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("There were a few signs of improvement in retail sales.", 1),
    ("A few reports of layoffs came from the textile mills.", -1),
    ("Contacts reported a few signs of renewed strength in orders.", 1),
])
def test_a_few_signs_of_is_no_negation(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Fewer builders reported delays in obtaining materials.", 1),
    ("Fewer companies anticipated staffing reductions in the spring survey.", 1),
    ("Fewer dealers reported weak sales in the spring.", 1),
    ("Fewer retailers reported strong holiday sales than last year.", -1),
])
def test_fewer_firms_report_less_of_what_follows(text, sign):
    """A survey's share: "fewer firms plan layoffs" is fewer layoffs planned."""
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Firms reported fewer orders from abroad.", -1),  # "fewer" of a quantity: a fall
    ("Many firms plan layoffs this quarter.", -1),
    ("Fewer firms were surveyed this time.", 0),
])
def test_fewer_of_a_quantity_or_without_a_report_is_no_survey_share(text, sign):
    assert (sign * score(text) > 0.1) if sign else abs(score(text)) <= 0.1
