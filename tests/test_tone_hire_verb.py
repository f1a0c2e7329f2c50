"""Issue 13, round 11 (Beige Book): the verb "hire" says hiring happened, like the noun "hiring" with
a rise ("firms hired workers", "14 percent of respondents expected to hire workers"); negated it did
not. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Many firms hired temporary workers in March.", 1),
    ("Contractors plan to hire more workers in the spring.", 1),
    ("Twenty percent of respondents expected to hire workers, while 10 percent expected to reduce staff.", 1),
    ("No manufacturers plan to hire this quarter.", -1),
    ("Few retailers hired seasonal help.", -1),
])
def test_the_verb_hire_is_hiring(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Hiring freezes remained in place at most banks.", -1),  # a stop to hiring: bad news
    ("Hiring slowed in the District.", -1),
    ("Firms cut staff in response to weak orders.", -1),
])
def test_other_hiring_words_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1
