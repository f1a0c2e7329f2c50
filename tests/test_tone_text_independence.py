"""A text scores alike alone and among others (toolkit.tone: "a text's score does not depend on the
other texts scored with it"). Found in round 13 (i13-r13b) while probing: a pace verb opening a text
("Easing costs supported exports.") was read as a verb with an object only after another text; the
pace readings that need no quantity ran only when some text of the batch had one ("A strong upturn
is unlikely." alone); a frequency word that is no movement ("widespread") sized the movement noun
before it ("weakness was widespread") only when the batch had a second movement word."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

TEXTS = [
    "Easing costs supported exports.",
    "Easing trade frictions supported exports.",
    "Slowing the decline in output remains the priority.",
    "A strong upturn is unlikely.",
    "Weakness was widespread across markets.",
    "On the deposit side, gains were widespread across categories.",
    "Contacts say that although conditions are probably near bottom, a strong upturn is unlikely.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_scores_alike_alone_and_after_another_text(text):
    alone = score_texts([text]).loc[0, "score"]
    after = score_texts(["Sales rose.", text]).loc[1, "score"]
    assert after == pytest.approx(alone)


@pytest.mark.parametrize("text, sign", [
    ("Weakness was widespread across markets.", -1),  # "widespread" is the weakness's reach
    ("On the deposit side, gains were widespread across categories.", 1),
    ("Job gains were weak.", -1),  # a predicate that is a movement still sizes the noun
])
def test_a_frequency_word_is_the_reach_of_the_movement_before_it(text, sign):
    assert score_texts([text]).loc[0, "score"] * sign > 0.1


def test_a_pace_verb_inside_a_text_still_takes_its_object():
    assert score_texts(["Exports rose, moderating the fall in output."]).loc[0, "score"] > 0.1
