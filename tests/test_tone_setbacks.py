"""Issue 13, round 7: verbs that set back what follows them ("could delay the recovery", "undermined
confidence", "hinder investment") move their object down, never their subject ("tensions could
delay the recovery" is the recovery held back, not the tensions falling); the noun ("delays in
deliveries") names what is delayed before it. Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "The energy shock might delay the recovery of household spending.",
    "Persistent bottlenecks could hinder the recovery in manufacturing.",
    "Tighter credit conditions may impede business investment.",
    "A second wave of infections would derail the recovery.",
    "The dispute jeopardized the recovery in tourism.",
    "Power outages disrupted the recovery of factory output.",
])
def test_a_setback_of_a_good_quantity_is_bad_news(text):
    assert tone_score(text) < -0.1


def test_a_setback_said_in_the_passive_moves_its_subject():
    assert tone_score("The recovery of exports was delayed by the port closures.") < -0.1


@pytest.mark.parametrize("text", [
    "Lower fuel costs delayed layoffs at the airlines.",
    "The trade agreement will delay tariffs on steel imports.",
    "Stricter supervision hindered losses at smaller lenders.",
    "Faster vaccination undermined the case for further restrictions.",
])
def test_a_setback_of_a_bad_quantity_is_not_bad_news(text):
    assert tone_score(text) >= -0.1


@pytest.mark.parametrize("text", [
    "Further delay in the transport surtax was announced.",
    "Delays in the publication of the survey are expected.",
    "The statistics office reported a delay of the tax figures.",
])
def test_the_noun_delay_moves_nothing(text):
    assert abs(tone_score(text)) <= 0.1
