"""Issue 13, round 13: "risk" as the modifier of a compound noun ("risk appetite", "risk management",
"risk-weighted assets") names no risk and is no hedge: no `uncertainty`, no forward-looking cue, and
the compound keeps its own reading ("risk appetite improved" is good news). "Risks to growth" and "a
risk that inflation rises" stay risks. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def one(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text", [
    "Risk appetite improved in financial markets.",
    "Banks strengthened risk management.",
    "The risk-weighted assets of banks rose.",
    "Investors showed greater risk aversion.",
    "Risk assets rallied after the announcement.",
])
def test_a_compound_named_after_risk_is_no_hedge(text):
    row = one(text)
    assert row["uncertainty"] == 0 and not row["forward_looking"]


@pytest.mark.parametrize("text, sign", [
    ("Risk appetite improved in financial markets.", 1),
    ("Risk appetite weakened sharply.", -1),
    ("Investors showed greater risk aversion.", -1),
])
def test_appetite_and_aversion_are_quantities(text, sign):
    assert one(text)["score"] * sign > 0.1


@pytest.mark.parametrize("text", [
    "Downside risks to growth remain.",
    "Risks to the outlook have increased.",
    "There is a risk that inflation rises.",
])
def test_risks_themselves_stay_hedges(text):
    row = one(text)
    assert row["uncertainty"] > 0 and row["score"] < 0
