"""Issue 13, ninth round (Beige Book): a shortage said as a search that fails - "a lack of qualified
workers", "applicants lacked the skills", "skilled labor is hard to find", "unable to find drivers" -
is bad news like "shortages" and "difficulty"; "lack" alone still negates what follows, and finding
what one looks for is no shortage. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Contractors cited a lack of qualified workers.",
    "Several employers said applicants lacked the skills needed for open positions.",
    "Experienced machinists remain hard to find.",
    "Trucking firms were unable to find enough drivers.",
    "Builders said framing crews were hard to come by.",
    "Some restaurants reported a lack of available staff.",
])
def test_a_search_that_fails_is_a_shortage(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Retailers reported no lack of shoppers.", 0),  # round 10: "a lack of demand held back sales" is sales held back
    ("Employers found qualified applicants for most openings.", 0),
    ("The lack of inflation pressures was welcome.", 0),
    ("Retailers did not lack customers during the holidays.", 0),
])
def test_other_uses_of_lack_and_find_are_no_shortage(text, sign):
    assert not score(text) < -0.1
