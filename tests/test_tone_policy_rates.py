"""Issue 13, fifth round: a rate the central bank sets (policy rate, target range, benchmark interest
rate) is a level. Moving it is a policy action, no news (guidelines rule 4), and a state word before
it ("low interest rates") speaks of the rate, not of the quantity after it. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The Committee cut its policy rate by 50 basis points.",
    "The Committee cut the target range for the federal funds rate.",
    "The central bank cut its benchmark interest rate.",
    "The Bank of Canada cut its policy interest rate to 2.75 percent.",
])
def test_cutting_the_policy_rate_is_a_policy_action_with_no_tone(text):
    assert score(text) == 0


@pytest.mark.parametrize("text", [
    "Low interest rates supported investment.",
    "Low interest rates boosted business investment.",
    "Lower interest rates boosted housing demand.",
    "Low interest rates fuelled consumer spending.",
])
def test_a_low_rate_does_not_pair_with_the_quantity_after_it(text):
    assert not (explain(text)["contribution"] < 0).any()
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Firms cut jobs.",
    "Manufacturers cut output.",
    "Firms cut investment plans.",
    "Investment remained low despite low interest rates.",
])
def test_cuts_and_low_levels_of_activity_stay_bad_news(text):
    assert score(text) < -0.1
