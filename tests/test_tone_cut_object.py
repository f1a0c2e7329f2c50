"""Issue 13, round 7: "cut", "trim", "slash" take their object, like "squeezed": "the drought trimmed
the harvest" is the harvest falling, not the drought; "higher fuel costs have cut airline profits"
is profits falling. In the passive or without an object the subject falls ("costs were trimmed").
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Rising costs trimmed margins at the mills.",
    "The drought trimmed the harvest in the western counties.",
    "New tariffs slashed exports of soybeans.",
    "Higher fuel costs have cut airline profits.",
])
def test_cut_moves_its_object(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Costs were trimmed at most plants.", 1),  # the passive: the subject falls
    ("Layoffs were cut back sharply this quarter.", 1),
    ("Jobs were cut at the paper mill.", -1),
])
def test_without_an_object_the_subject_falls(text, sign):
    assert sign * score(text) > 0.1
