"""Issue 13, round 13 (i13-r13a): the offices of the state that take instructions in PBoC / MIIT /
State Council releases ("local governments", "all localities", "relevant departments") are actors:
their "will", "should", "shall" are commitments, neutral (guidelines rule 4) and certain (C7).
Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text", [
    "Local governments should boost investment in infrastructure.",
    "Relevant departments will strengthen support for foreign trade enterprises.",
    "All localities and departments should strengthen the monitoring of employment and support hiring by small firms.",
    "Local governments shall accelerate the construction of major projects to expand investment.",
    "All localities should step up efforts to expand consumption.",
])
def test_an_office_of_the_state_commits_without_tone(text):
    row = _row(text)
    assert row["label"] == "neutral" and row["uncertainty"] == 0


@pytest.mark.parametrize("text, label", [
    ("Local government revenues fell sharply.", "negative"),
    ("Local government spending will continue to grow.", "positive"),
    ("Departments reported that sales rose strongly.", "positive"),
])
def test_an_office_named_in_an_observation_keeps_its_tone(text, label):
    assert _row(text)["label"] == label
