"""Issue 13, round 12 (Beige Book): a negated effect ("no appreciable effect in", "no noticeable impact
on") reaches the phrase it is an effect on, so the movement there is denied; what follows in another
clause is not negated.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Lower rates have had no appreciable effect in spurring borrowing.",
    "The new stadium had no measurable effect on boosting sales.",
    "The tax rebates had no noticeable impact on raising consumer spending.",
    "Cheaper credit has had no significant influence on lifting demand for homes.",
])
def test_a_denied_effect_on_a_rise_is_not_good_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The storm had no effect on prices, and sales rose strongly.",  # a new clause
    "There was no effect on hiring; sales improved markedly.",  # a new sentence part
    "Demand strengthened, with no major impact from the storm.",  # the movement comes first
])
def test_tone_outside_the_denied_effect_is_not_negated(text):
    assert score(text) > 0.1




def test_an_effect_offset_is_denied_on_its_cause():
    assert score("Dealer incentives have offset the effects of high interest costs.") > 0
