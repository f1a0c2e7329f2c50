"""Issue 13, round 10 (Beige Book): "slack" after a copula is the adjective ("demand was slack",
"sales remained very slack"): its subject is weak, bad news. The noun ("labor market slack
diminished", "there is considerable slack in the labor market") keeps its reading, and either stays a
shortfall beside prices. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Demand was slack.", "demand slack (weak)"),
    ("Retail sales remained very slack in most areas.", "retail sales slack (weak)"),
    ("Orders for machine tools were slack.", "orders slack (weak)"),
    ("Loan demand stayed slack at rural banks.", "demand slack (weak)"),
])
def test_the_adjective_says_its_subject_is_weak(text, term):
    assert term in terms(text)
    assert score(text) < -0.5


@pytest.mark.parametrize("text, term", [
    ("Labor market slack diminished.", "slack diminished"),
    ("There is considerable slack in the labor market.", "slack"),
    ("Slack in the economy has been reduced.", "slack reduced"),
])
def test_the_noun_keeps_its_reading(text, term):
    assert term in terms(text)


def test_it_stays_a_shortfall_beside_prices():
    assert score("Prices were soft as demand remained slack.") < 0  # no good news from soft prices
