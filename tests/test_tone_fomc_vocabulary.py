"""Issue 13, round 8 (FOMC): words the statements use for bad news the scorer did not read -
"new hiring has lagged" (a quantity held behind; "the lagged effects" of policy are no movement) and
"dislocations in money and credit markets" (a market strain, good news when it eases). Our own
sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Business investment has lagged this year.",
    "Hiring had lagged through the spring.",
    "Exports have lagged since the start of the year.",
    "Consumer spending lagged behind income growth.",
])
def test_a_quantity_that_has_lagged_is_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Dislocations in funding markets persisted through the month.",
    "Dislocations in money markets increased.",
    "The dislocation in interbank markets deepened.",
    "Dislocations in funding markets have grown.",
])
def test_market_dislocations_are_bad_news(text):
    assert tone_score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Dislocations in financial markets have eased.", 1),
    ("Policy acts with long and variable lags.", 0),
    ("The lagged effects of past rate increases were discussed.", 0),
    ("Output growth lagged, but hiring strengthened markedly.", 1),  # the clause after "but" decides
])
def test_easing_dislocations_policy_lags_and_contrasts(text, sign):
    s = tone_score(text)
    assert (sign * s > 0.1) if sign else s == 0
