"""Issue 13, round 12: the outlook for prices is prices, like the inflation forecast - "a subdued
inflation outlook" is low expected inflation (good news under the inflation rule), "the inflation
outlook was revised up" higher expected inflation (bad news). An evaluation of the outlook keeps its
own sign ("the inflation outlook improved"), and the outlook of a good quantity is unchanged ("the
growth outlook is subdued" is bad news). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Members noted the subdued inflation outlook.", 1),
    ("The inflation outlook remained subdued over the forecast horizon.", 1),
    ("The inflation outlook was revised up at this meeting.", -1),
    ("The price outlook was revised down because of lower food prices.", 1),
])
def test_the_inflation_outlook_moves_like_inflation(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The inflation outlook improved.", 1),  # an evaluation: better news
    ("The inflation outlook has deteriorated.", -1),
    ("The growth outlook is subdued.", -1),  # a good quantity's outlook: unchanged
])
def test_an_evaluated_outlook_keeps_its_sign(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The Board discussed the inflation outlook.",  # procedure: no movement
    "Staff presented the inflation outlook for the next two years.",
    "The Council reviewed the price outlook at its March meeting.",
])
def test_an_inflation_outlook_without_a_movement_says_nothing(text):
    assert abs(score(text)) <= 0.1

