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
