"""Round 14 (i13-r14c): "on the one hand ..., on the other (hand) ..." concedes neither half.

Guidelines rule 11: "on the one hand growth is strong, on the other inflation is high" balances (0);
both halves bad is -1. "On the other hand" without a first half stays a contrast word (rule 6).
"""
from __future__ import annotations

import pytest

from conftest import tone_label as label_of

from toolkit.tone import score_texts


@pytest.mark.parametrize("text, label", [
    ("On the one hand, exports have recovered; on the other hand, domestic demand remains weak.", "neutral"),
    ("Members noted that, on the one hand, consumption had picked up, and on the other hand, investment had slowed.",
     "neutral"),
    ("A member argued that, on the one hand, the labour market remained strong, while on the other hand, output "
     "growth had slowed.", "neutral"),
    ("On one hand, sales declined sharply; on the other hand, profits rose sharply.", "neutral"),
    ("On the one hand, demand has weakened, but on the other, unemployment remains low.", "neutral"),
])
def test_the_two_halves_balance(text, label):
    assert label_of(text) == label


@pytest.mark.parametrize("text, label", [
    ("On the one hand, sales have declined; on the other hand, costs have increased.", "negative"),
    ("On the one hand, employment has grown strongly; on the other, profits have risen.", "positive"),
    ("Retail sales rose; on the other hand, factory output fell.", "negative"),
    ("Factory output fell. On the other hand, retail sales rose strongly.", "positive"),
])
def test_halves_of_one_sign_and_a_lone_other_hand_read_as_before(text, label):
    assert label_of(text) == label


def test_a_first_half_in_another_text_does_not_reach():
    """Text independence: 'on the one hand' of the text before leaves the contrast of the next."""
    texts = ["On the one hand, exports rose.", "Retail sales rose; on the other hand, factory output fell."]
    assert score_texts(texts)["label"].tolist() == ["positive", "negative"]
