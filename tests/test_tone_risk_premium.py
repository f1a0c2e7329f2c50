"""Issue 13, round 8 (other central banks): a country's risk premium or CDS spread is a market price of
default risk. Quoted without an evaluation it is no news (guidelines rule 10: yields, spreads and other
market prices) and "risk" inside it is no talk of risk (rule C4, like "risk-free rate"). Our own
sentences; the plural "risk premiums" and "credit spreads" (financial strains) keep their reading."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "The sovereign risk premium rose to 150 basis points over the month.",
    "Chile's risk premium, as measured by the five-year CDS spread, declined to 60 basis points.",
    "The country risk premium edged up slightly in March.",
    "Five-year CDS spreads on government debt fell by 10 basis points during the period.",
    "The risk premium increased from 1.1 percent to 1.4 percent.",
])
def test_a_risk_premium_quoted_without_evaluation_is_no_news(text):
    assert abs(score(text)) <= 0.1


def test_risk_premium_is_no_hedge():
    counted = score_texts(["The sovereign risk premium declined to 90 basis points."])
    assert counted.loc[0, "uncertainty"] == 0


@pytest.mark.parametrize("text, sign", [
    ("Credit spreads widened sharply amid financial strains.", -1),
    ("Risks to the outlook have increased.", -1),
    ("A rise in the risk premium weighed on investment and slowed growth.", -1),
    ("Risk premiums on corporate bonds narrowed as strains eased.", 1),
])
def test_spreads_risks_and_evaluated_premiums_keep_their_tone(text, sign):
    assert sign * score(text) > 0.1
