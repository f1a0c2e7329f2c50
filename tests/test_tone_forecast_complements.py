"""Issue 13, round 14 (Beige Book, i13-r14a): the infinitive after a forecast verb and its object is
the forecast, not a goal (toolkit.tone.forecast_complements): "contacts expect sales to improve" is
good news (guidelines rule 8: forecasts count like facts), "firms expect demand to weaken" bad news,
where the purpose phrase "to improve" had zeroed the tone as an aim. An aim stays an aim: a purpose
after a verb of its own ("the Bank raised rates to strengthen the currency"), after another
infinitive ("expect the Bank to act to support growth") or across a comma. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Contacts expect sales to improve in the spring.", 1),
    ("Bankers anticipate loan demand to strengthen in the coming months.", 1),
    ("The Committee expects labor market conditions to strengthen further.", 1),
    ("Retailers expected holiday traffic to improve.", 1),
    ("Firms expect rising costs to reduce their margins.", -1),
    ("Dealers foresee auto sales to improve next year.", 1),
])
def test_the_infinitive_after_a_forecast_and_its_object_is_the_forecast(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The Bank raised rates to strengthen the currency.",
    "Contacts expect the Bank to act to support growth.",
    "Firms expect demand, to improve margins, to be cut.",
    "The Committee expects to maintain its holdings to support the recovery.",
])
def test_an_aim_elsewhere_stays_an_aim(text):
    assert abs(score(text)) <= 0.1
