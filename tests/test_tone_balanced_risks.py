"""Issue 13, fourth round: risks on both sides ("upside and downside risks") name no direction, and a
balance word ("roughly equal", "in balance") cancels a risk's tone (guidelines rule 7: "Risks are
roughly balanced" -> 0); a state word that qualifies what a risk is about ("risks to sustainable
growth") says what the risk concerns, not how the economy stands. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Members saw the upside and downside risks to growth as roughly equal.",
    "The staff judged that the risks to the outlook for output were roughly in balance.",
    "The Board sees the upside and downside risks to sustainable expansion as about equal.",
    "Policymakers viewed the risks to the attainment of solid growth as broadly in balance.",
])
def test_balanced_risks_are_neutral(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "Downside risks to growth have increased.",
    "Upside and downside risks to the outlook have increased markedly.",
    "The risks to growth remain tilted to the downside.",
])
def test_risks_with_a_side_or_a_rise_stay_bad_news(text):
    assert score(text) < -0.1


def test_balanced_risks_still_count_as_uncertainty():
    assert score_texts(["The upside and downside risks to growth are roughly equal."]).loc[0, "uncertainty"] >= 1


def test_a_state_word_in_the_topic_of_a_risk_does_not_count():
    assert "sustainable" not in terms("Risks to sustainable growth have diminished.")


def test_a_state_word_in_the_topic_of_the_outlook_still_counts():
    assert "robust" in terms("The outlook for robust growth in exports has brightened.")
