"""Issue 13, round 13 (i13-r13a): "it should be noted that", "it must be pointed out that" open an
observation (guidelines rule 4: an outcome stated keeps its tone; F6: not forward-looking), and "as
long as" after a commitment states the condition the commitment lasts for, an outcome ("will keep
rates low as long as unemployment remains high": rule 4's example). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text, label", [
    ("It should be noted that exports fell sharply.", "negative"),
    ("It should be noted that industrial profits rose strongly in the first half.", "positive"),
    ("It should also be noted that consumer demand remains weak.", "negative"),
    ("It must be pointed out that retail sales declined in the quarter.", "negative"),
    ("It should be emphasized that employment has improved.", "positive"),
])
def test_an_observation_opener_keeps_the_tone_of_what_it_points_to(text, label):
    row = _row(text)
    assert row["label"] == label and not row["forward_looking"]


@pytest.mark.parametrize("text", [
    "It should be noted that the Committee will meet again in March.",
    "Efforts should be made to boost consumption.",
    "It is necessary to strengthen support for the recovery.",
])
def test_instructions_and_notes_without_an_outcome_stay_neutral(text):
    assert _row(text)["label"] == "neutral"


@pytest.mark.parametrize("text", [
    "The Committee will keep rates low as long as unemployment remains high.",
    "The Bank will keep policy accommodative so long as demand remains weak.",
    "The PBC will maintain support as long as exports keep falling.",
    "The Committee will hold rates steady as long as growth stays sluggish.",
])
def test_as_long_as_after_a_commitment_states_an_outcome(text):
    assert _row(text)["label"] == "negative"


@pytest.mark.parametrize("text", [
    "The Committee will keep rates low as long as needed to support the recovery.",
    "The Bank will maintain its purchases for as long as necessary.",
    "The ministry will support enterprises as long as it is appropriate.",
])
def test_as_long_as_needed_states_nothing(text):
    assert _row(text)["label"] == "neutral"


@pytest.mark.parametrize("text, label", [
    ("The ministry will support the auto industry, whose sales have fallen for six months.", "negative"),
    ("The PBC will guide banks to lend to small firms, whose profits have dropped sharply.", "negative"),
    ("The government will help exporters, whose orders have recovered strongly.", "positive"),
    ("Efforts will be made to support the regions whose economies remain weak.", "negative"),
    ("The Bank will continue to support lenders, whose losses have widened.", "negative"),
])
def test_whose_opens_an_outcome_inside_an_intention(text, label):
    assert _row(text)["label"] == label


@pytest.mark.parametrize("text", [
    "The ministry will support firms whose products meet the new standards.",
    "The ministry will reward firms whose exports meet the targets.",
    pytest.param("The PBC will guide banks to lend to firms whose credit records are good.", marks=pytest.mark.xfail(
        strict=True, reason="a defining 'whose' clause (no comma) that names a criterion is read as an outcome")),
    "Measures will be taken to help enterprises whose operations are affected by the floods.",
])
def test_whose_without_an_outcome_keeps_the_intention_neutral(text):
    assert _row(text)["label"] == "neutral"
