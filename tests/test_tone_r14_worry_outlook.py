"""Issue 13, round 14 (lead): a worry about a compound outlook ("uncertainty over the trade outlook")
moves the worry, not the quantity of the compound (the issue's first family, "uncertainty about the
outlook has diminished", with a quantity before "outlook"; toolkit.tone.forecast_topics). Our own
sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain, score_texts


def _label(text):
    return score_texts([text])["label"].iloc[0]


@pytest.mark.parametrize("text, label", [
    ("Uncertainty over the trade outlook has subsided.", "positive"),
    ("Uncertainty about the export outlook has diminished.", "positive"),
    ("Concerns about the export outlook grew.", "negative"),
    ("Worries over the trade outlook have eased considerably.", "positive"),
])
def test_a_worry_about_a_compound_outlook_is_what_moves(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The trade outlook has improved.", "positive"),  # no worry: the forecast of trade improved
    ("The export outlook has deteriorated.", "negative"),
    ("Uncertainty remains high, and the export outlook has improved.", "neutral"),  # another clause
])
def test_a_compound_outlook_without_a_worry_keeps_its_reading(text, label):
    assert _label(text) == label


def test_the_worry_is_the_term():
    assert explain("Uncertainty over the trade outlook has subsided.")["term"].iloc[0] == "uncertainty subsided"
