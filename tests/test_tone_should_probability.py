"""Issue 13, round 13 (i13-r13a; toolkit.tone.probable): "should" of probability hedges a forecast
(certainty C7; tone rule 8: the forecast keeps its tone), "should" of obligation is an instruction
(rule 4: no tone; certain). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text, label", [
    ("Sales should be weak in the fourth quarter.", "negative"),
    ("Growth should be strong next year.", "positive"),
    ("Hiring should be solid over the coming months.", "positive"),
    ("Demand should be fairly robust in the second half.", "positive"),
    ("The economy should continue to grow.", "positive"),
    ("Exports should continue to decline in the months ahead.", "negative"),
])
def test_a_forecast_with_should_keeps_its_tone(text, label):
    assert _row(text)["label"] == label


@pytest.mark.parametrize("text", [
    "Inflation should ease in the coming months.",
    "Industrial output should recover in the second half.",
    "Growth should be strong next year.",
    "Should demand weaken further, the ministry will increase support.",
])
def test_should_of_probability_is_a_hedge(text):
    assert _row(text)["uncertainty"] > 0


@pytest.mark.parametrize("text", [
    "Credit support should be increased for small firms.",
    "Market-based interest rate reform should be steadily advanced.",
    "We should continue to implement a prudent monetary policy to support growth.",
    "The PBC should continue to keep liquidity reasonably ample.",
    "Support for the real economy should be strengthened.",
])
def test_should_of_obligation_stays_a_certain_instruction(text):
    row = _row(text)
    assert row["label"] == "neutral" and row["uncertainty"] == 0 and row["forward_looking"]


def test_efforts_should_be_made_stays_certain():
    assert _row("Efforts should be made to stabilise foreign trade.")["uncertainty"] == 0
