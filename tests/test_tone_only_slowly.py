"""Issue 13, round 10 (FOMC and PBoC): "only slowly", "only modestly" beside good news say it falls
short of hopes: "the unemployment rate will decline only slowly" is a disappointment (guidelines rule
1 with its qualifier), bad news is only diminished ("unemployment rose only slightly"), and "only"
without a small degree ("not only ... but also") changes nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The unemployment rate will decline only slowly.",
    "Growth picked up only modestly in the second quarter.",
    "Employment has increased only gradually since the spring.",
    "Output recovered only partially after the strike.",
    "Business investment is expected to strengthen only slightly next year.",
])
def test_good_news_that_falls_short_of_hopes_is_a_disappointment(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Unemployment rose only slightly.", -1),  # small bad news stays bad news
    ("Losses widened only modestly in the quarter.", -1),
    ("Exports not only recovered but also expanded strongly.", 1),  # "only" without a small degree
    ("Retail sales rose strongly, and prices increased only slightly.", 1),  # another comma clause
])
def test_bad_news_and_other_onlys_keep_their_sign(text, sign):
    assert sign * score(text) > 0.1


def test_a_disappointment_is_smaller_news_than_the_improvement():
    assert abs(score("Employment increased only gradually.")) < abs(score("Employment increased."))


def test_the_rule_is_named_in_explain():
    from toolkit.tone import explain

    rules = " ".join(explain("The unemployment rate will decline only slowly.")["rule"])
    assert "only 'only slowly'" in rules
