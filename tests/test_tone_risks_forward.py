"""Issue 13, round 13 (i13-r13a): risk is about what may happen, so a risk word makes its sentence
forward-looking (guidelines F5); the forecast nouns of a meeting's agenda ("discussed the economic
outlook") are reported, not forecast (F6). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _forward(text):
    return bool(score_texts([text]).iloc[0]["forward_looking"])


@pytest.mark.parametrize("text", [
    "Downside risks to growth remain.",
    "Risks to the inflation outlook have increased.",
    "Contacts see upside risks to sales.",
    "The balance of risks has shifted toward weaker growth.",
])
def test_a_risk_is_forward_looking(text):
    assert _forward(text)


@pytest.mark.parametrize("text", [
    "The Committee discussed the economic outlook.",
    "Members reviewed the outlook for inflation.",
    "The risk-free rate rose.",
    "Employment continued to expand.",
])
def test_a_reported_outlook_or_a_safe_rate_is_not(text):
    assert not _forward(text)
