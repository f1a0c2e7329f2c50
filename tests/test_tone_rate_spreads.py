"""Issue 13, sixth round: an interest rate spread (the gap between two countries' or two markets' rates,
"the interest rate spread with the United States") is a level, quoted without an evaluation, like the
rates it is made of; a bank's margin ("net interest margins", "interest rate margins") is a
profitability quantity (wider is better for banks); a credit spread (a risk premium) stays bad news
when it widens. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Interest rate spreads with the United States widened.",
    "Interest rate spreads relative to the Federal Reserve narrowed further.",
    "The interest rate spreads between both countries have increased.",
    "Interest rate spreads remain high.",
])
def test_an_interest_rate_spread_is_a_level(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Credit spreads widened sharply.", -1),
    ("Corporate bond spreads narrowed.", 1),
    ("Net interest margins narrowed.", -1),
    ("Banks said interest rate margins widened.", 1),
])
def test_credit_spreads_and_bank_margins_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1
