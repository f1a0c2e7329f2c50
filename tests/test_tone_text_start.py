"""A text scores alike alone and among others (toolkit.tone: "a text's score does not depend on the
other texts scored with it"): a pace verb opening a text ("Easing costs supported exports.") was read
as a verb with a movement noun object only after another text, never at the start of the first.
Found in round 13 (i13-r13b) while probing "the easing of tensions"."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "Easing costs supported exports.",
    "Easing trade frictions supported exports.",
    "Slowing the decline in output remains the priority.",
])
def test_a_text_opening_with_a_pace_verb_scores_alike_after_another_text(text):
    alone = score_texts([text]).loc[0, "score"]
    after = score_texts(["Sales rose.", text]).loc[1, "score"]
    assert after == pytest.approx(alone)


def test_a_pace_verb_inside_a_text_still_takes_its_object():
    assert score_texts(["Exports rose, moderating the fall in output."]).loc[0, "score"] > 0.1
