"""Issue 13, round 13 (company news, i13-r13c): workers taken on in a number are hiring up, like
"hired more workers" (toolkit.tone.hires): "the company will hire 500 engineers", "retailers hired
20,000 seasonal workers" (guidelines rule 1: employment is a good quantity). Without a number or a
comparative, or with the number not right after the verb, the reading stays none. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The company will hire 500 engineers.",
    "The company announced plans to hire 500 engineers in India.",
    "Retailers hired 20,000 seasonal workers for the holidays.",
    "The company hired 150 new employees in 2023.",
    "The carmaker hires 1,200 staff at its new plant.",
])
def test_workers_hired_in_a_number_are_hiring_up(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Firms hired workers.",
    "The agency hired 3 consultants to review the plan.",
    "The 150 workers hired last year were trained in Tampere.",
    "The company hires 10 percent of its staff from abroad.",
])
def test_without_a_number_right_after_the_verb_hiring_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_a_number_not_hired_is_not_good_news():
    assert score("The company did not hire 150 workers this year.") < 0.1
