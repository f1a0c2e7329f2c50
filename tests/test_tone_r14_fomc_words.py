"""Issue 13, round 14 (lead): two words of statements the lexicon lacked, with our own sentences.

* "more modest", "milder", "less severe", "less steep", "less sharp" after a movement noun are its
  pace, less of it ("the deterioration in the labor market has been more modest": less deterioration,
  good news), as "less pronounced" is; said of a quantity they are a fall ("growth was more modest");
* "sap" moves its object down ("higher energy prices have sapped household purchasing power")."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _label(text):
    return score_texts([text])["label"].iloc[0]


@pytest.mark.parametrize("text, label", [
    ("The deterioration in the labor market has been more modest.", "positive"),
    ("The decline in sales was more modest than in the previous quarter.", "positive"),
    ("The decline in exports was milder.", "positive"),
    ("The increase in unemployment was more modest.", "positive"),
    ("Gains in employment were more modest.", "negative"),
    ("Growth was more modest.", "negative"),
])
def test_more_modest_after_a_movement_is_less_of_it(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The decline in output was less pronounced.", "positive"),  # the reading it mirrors
    ("Winter weather was milder than usual.", "neutral"),  # no quantity, no movement
    ("The decline in exports was sharper.", "negative"),
])
def test_other_paces_and_words_without_a_quantity_keep_their_reading(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text", [
    "Higher energy prices have sapped household purchasing power.",
    "The strong dollar sapped demand for exports.",
    "Tariffs sapped exports.",
    "Competition sapped margins.",
])
def test_sap_moves_its_object_down(text):
    assert _label(text) == "negative"
