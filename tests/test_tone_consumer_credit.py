"""Issue 13, fourth round: consumer credit ("consumer installment debt", "installment loans",
"consumer loans") is a credit aggregate like "credit" and "loans": its movement quoted without an
evaluation is no news (guidelines rule 10), unlike defaults or losses on it. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "There were only moderate increases in consumer installment debt in recent weeks.",
    "Consumer debt rose 4 percent over the year.",
    "Consumer installment debt outstanding rose further in March.",
    "Households took on more consumer debt, which increased briskly over the summer.",
])
def test_a_movement_of_consumer_credit_is_no_news(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Delinquencies on consumer loans rose sharply.", -1),
    ("Losses on installment loans narrowed.", 1),
    ("Government debt rose to a record high.", -1),
])
def test_defaults_and_public_debt_keep_their_tone(text, sign):
    assert sign * score(text) > 0.1
