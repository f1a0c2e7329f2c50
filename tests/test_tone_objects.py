"""Issue 13, second round: a movement verb of kind transitive ("support", "underpin") pairs only
with its object, the quantity after it. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain, score_texts


def score(text: str) -> float:
    return float(score_texts([text]).loc[0, "score"])


@pytest.mark.parametrize("text", [
    "Public works should support household consumption next year.",
    "Tourism receipts underpinned manufacturing output in the quarter.",
    "The new port will provide support to exports.",
])
def test_support_of_a_good_quantity_is_positive(text):
    assert score(text) > 0.1


def test_support_is_no_movement_of_the_quantity_before_it():
    e = explain("The region will face more unemployment without support.")
    assert not any("support" in t for t in e["term"])
    assert e.attrs["score"] < 0


@pytest.mark.parametrize("text", [
    "The Bank kept its policy rate unchanged to support growth.",  # a purpose: an aim, no outcome
    "Officials said the data did not support a change in policy.",  # no quantity after it
])
def test_support_without_an_outcome_is_neutral(text):
    assert score_texts([text]).loc[0, "label"] == "neutral"
