"""Issue 13, round 9 (other central banks): "the balance of risks" named as a thing assessed, after "of",
"and", "on", "for" ("an assessment of the balance of risks", "decisions will depend on ... and the
balance of risks") states no side and is no news (guidelines rule 7: "risks are
roughly balanced" is 0), though it is still talk of risk (rule C4). A side or a worsening said of it
keeps its tone ("tilted to the downside", "shifted toward weaker growth"): as the subject that
states a side, the balance stays a risk. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Future decisions will depend on the evolution of activity and the balance of risks.",
    "The decision followed an assessment of the balance of risks to inflation.",
    "Members reviewed the baseline scenario and the balance of risks for inflation.",
    "The Board will report on the balance of risks around the central projection.",
])
def test_the_balance_of_risks_named_is_no_news(text):
    assert abs(score(text)) <= 0.1


def test_the_balance_of_risks_is_still_talk_of_risk():
    from toolkit.tone import score_texts

    assert score_texts(["The Board will report on the balance of risks around the central projection."]).loc[0, "uncertainty"] > 0


@pytest.mark.parametrize("text", [
    "The balance of risks is tilted to the downside.",
    "The balance of risks has shifted toward weaker growth.",
    "The balance of risks for inflation has worsened.",
    "However, the balance of risks to the outlook has tilted to the downside.",
])
def test_a_side_of_the_balance_keeps_its_tone(text):
    assert score(text) < -0.1
