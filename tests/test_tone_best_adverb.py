"""Issue 13, round 10 (FOMC and PBoC): "best" as an adverb of manner or fitness is no good news: "rates
that best foster economic growth" names an aim (like "foster"), "how best to", "the best way to",
"best suited" say how something is done. "Best" of a result ("their best quarter in years") is still
good news. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Inflation could persist for a time below rates that best foster economic growth and price stability.",
    "Members discussed how best to communicate the policy.",
    "Staff considered which tools were best suited to the task.",
    "Participants debated the best way to phase out the program.",
    "The firm acted in the best interests of its clients.",
])
def test_best_of_manner_is_no_good_news(text):
    assert score(text) <= 0.1


@pytest.mark.parametrize("text", [
    "Sales had their best quarter in years.",
    "Profits were the best since 2007.",
    "Conditions are the best in a decade.",
])
def test_best_of_a_result_is_good_news(text):
    assert score(text) > 0.1
