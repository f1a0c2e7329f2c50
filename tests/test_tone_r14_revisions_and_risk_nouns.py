"""Round 14 (i13-r14b), the lexicon: a forecast revised is a revision made (guidelines F6: not
forward-looking), and "risk" as the modifier of a compound noun names no future risk (F5, C4)."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text, label", [
    ("The Bank raised its growth forecast for 2024 to 3.1 per cent.", "positive"),
    ("The Bank trimmed its projection for investment growth.", "negative"),
    ("The staff marked down its projection for GDP growth in 2025.", "negative"),
    ("Staff marked up their projection for consumption.", "positive"),
    ("Analysts downgraded their outlook for exports.", "negative"),
])
def test_a_revision_made_is_not_forward_looking(text, label):
    row = _row(text)
    assert (bool(row["forward_looking"]), row["label"]) == (False, label)


@pytest.mark.parametrize("text", [
    "The outlook for exports has deteriorated.",
    "Growth is projected to pick up next year.",
    "The Bank will keep the policy rate unchanged.",
])
def test_forecasts_and_commitments_stay_forward_looking(text):
    assert bool(_row(text)["forward_looking"])


@pytest.mark.parametrize("text", [
    "Loans are classified according to risk.",
    "Risk spreads widened in the period.",
    "Country risk perception deteriorated in the quarter.",
    "The Bank published its risk indicators for the banking sector.",
])
def test_risk_as_a_modifier_is_no_risk(text):
    row = _row(text)
    assert (bool(row["forward_looking"]), row["uncertainty"]) == (False, 0)


@pytest.mark.parametrize("text", [
    "The risk of a recession has increased.",
    "Downside risks to growth have increased.",
    "Risk factors for the inflation outlook remain.",
])
def test_risks_that_may_happen_stay_forward_and_uncertain(text):
    row = _row(text)
    assert bool(row["forward_looking"]) and row["uncertainty"] > 0


@pytest.mark.parametrize("text, label", [
    ("Sovereign risk perception increased in the quarter.", "negative"),
    ("The changes in market sentiment and the increase in the risk perception must be monitored.", "negative"),
    ("Risk perception in emerging markets declined.", "positive"),
    ("Country risk perceptions improved markedly.", "positive"),
])
def test_risk_perception_is_a_bad_quantity_with_no_hedge(text, label):
    row = _row(text)
    assert (row["label"], row["uncertainty"]) == (label, 0)
