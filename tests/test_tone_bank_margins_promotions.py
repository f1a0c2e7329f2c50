"""Issue 13, round 11 (Beige Book): nouns that look like market or activity words but are not.
The spread a bank earns on its loans ("loan spreads", "lending margins") is its margin: narrowing is
bad news for banks, unlike credit spreads in markets (a bad quantity: narrowing is easier credit).
Promotions and discounting are selling below the list price: more of them is soft demand
("promotional activity remained widespread"), not activity up. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Loan spreads narrowed as banks competed for borrowers.", -1),
    ("Bankers said lending margins were squeezed by competition.", -1),
    ("Lending spreads widened somewhat at community banks.", 1),
    ("Promotional activity remained widespread among apparel retailers.", -1),
    ("Auto dealers reported more discounting to move inventories.", -1),
    ("Price promotions became more common in January.", -1),
    ("Discounting eased during the holiday season.", 1),
])
def test_bank_margins_and_promotions(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Credit spreads narrowed in corporate bond markets.", 1),  # market spreads: a bad quantity
    ("Corporate bond spreads widened sharply.", -1),
    ("Retail activity remained widespread across the District.", 1),  # activity without "promotional"
])
def test_market_spreads_and_activity_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1


def test_interest_rate_spreads_stay_a_figure():
    assert abs(score("Interest rate spreads rose.")) < 0.1
