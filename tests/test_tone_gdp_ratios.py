"""Issue 13, round 8 (other central banks): a quantity scaled by output moves as that quantity, not as
GDP: "the loan-to-GDP ratio declined" is a credit aggregate (a level, guidelines rule 10), "public debt
as a share of GDP declined" is debt falling (good news). GDP itself still moves ("GDP declined"). Our
own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("The loan-to-GDP ratio had further declined in 2019.", 0),
    ("The credit-to-GDP ratio rose to 150 percent.", 0),
    ("Public debt as a share of GDP declined last year.", 1),
    ("The fiscal deficit as a percentage of GDP widened to 5 percent.", -1),
    ("Government debt relative to GDP fell in 2018.", 1),
])
def test_a_ratio_to_gdp_moves_its_numerator(text, sign):
    assert (sign * score(text) > 0.1) if sign else abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("GDP declined by 2 percent in the second quarter.", -1),
    ("Real GDP rose strongly in 2018.", 1),
    ("The debt-to-GDP ratio declined to 60 percent.", 1),
])
def test_gdp_itself_and_the_debt_ratio_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1
