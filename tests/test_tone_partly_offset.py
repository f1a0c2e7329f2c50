"""Round 14 (i13-r14c): a part counterweight leaves the first news standing.

Guidelines rule 6 (the main clause decides): "A was partly offset by B" reports A, reduced by B, so B
is conceded like the clause of "although"; in the active "B partly offset A" the object A still stands
and decides, like the clause after "but". A full counterweight ("offset by", "more than offset") is
read as before: what follows decides.
"""
from __future__ import annotations

import pytest

from conftest import tone_label as label_of


@pytest.mark.parametrize("text, label", [
    ("Gains in retail sales were partly offset by weaker manufacturing output.", "positive"),
    ("The increase in exports was partially offset by a decline in investment.", "positive"),
    ("A drop in exports was only partly offset by stronger domestic demand.", "negative"),
    ("Weak homebuilding activity was partially offset by strong commercial building.", "negative"),
    ("Stronger exports partly offset weaker domestic demand.", "negative"),
    ("Increases in international sales have partially offset domestic declines in orders.", "negative"),
])
def test_what_is_partly_offset_stands(text, label):
    assert label_of(text) == label


@pytest.mark.parametrize("text, label", [
    ("Declines in manufacturing were more than offset by gains in services.", "positive"),
    ("Strong household spending more than offset the drag from net exports.", "positive"),
    ("Weaker investment more than offset the rise in consumption.", "negative"),
    ("Lower sales were partly offset by cost savings, and profits fell slightly.", "negative"),
])
def test_a_full_counterweight_still_decides(text, label):
    assert label_of(text) == label
