"""Issue 13, round 11 (Beige Book): the agent of a passive ("by ...") is what moved something, not what
moved: "prices were held down by discounting" is prices held down, "labor demand has been weakened by
layoffs" is demand weakened; the subject is the first quantity of the clause ("prices for many retail
items were held down by": prices, not retail). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_terms as terms, tone_score as score


@pytest.mark.parametrize("text, pair", [
    ("Prices were held down by discounting.", "prices down"),
    ("Final prices for many retail items were held down by heavy discounting.", "prices down"),
    ("Labor demand has been weakened by layoffs at the mills.", "demand weakened"),
    ("Production is being slowed by shortages of some raw materials.", "production slowed"),
    ("Oil and gas production has been restrained by uncertainty about prices.", "production restrained"),
])
def test_the_movement_before_by_moves_the_subject(text, pair):
    assert pair in terms(text)


def test_a_subject_held_back_by_bad_news_is_bad_news():
    assert score("Labor demand has been weakened by layoffs at the mills.") < -0.1


@pytest.mark.parametrize("text, pair", [
    ("Held down by discounting, prices fell.", "prices fell"),  # no subject before: the clause after decides
    ("Output was down by 5 percent.", "output down"),  # "by" and a figure
    ("Sales were held back by weak demand.", "sales held back"),
])
def test_other_passives_keep_their_pairs(text, pair):
    assert pair in terms(text)
