"""Issue 13, round 8 (other central banks): "limit" and "cap" as verbs hold their object down, like
"curb": "could limit price pressures" is price pressures held down (good news), "could limit home sales"
sales held back (bad news). Only the verb is read, which a modal or "help" before it makes sure of ("the
deficit limit of 3%", "a cap on lending" are nouns); the modal stays a hedge and a forward marker. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from toolkit.tone import score_texts


@pytest.mark.parametrize("text, sign", [
    ("Competition helped limit inflation pressures last year.", 1),
    ("Lower commodity prices could limit cost pressures in the coming months.", 1),
    ("Cheaper imports should limit price pressures this year.", 1),
    ("Higher interest rates could limit home sales next year.", -1),
    ("Tight credit may limit business investment.", -1),
])
def test_limit_as_a_verb_holds_its_object_down(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The new rules could limit the impact on banks.",
    "The Committee would limit its purchases to government bonds.",
    "Banks face a cap on lending to developers.",
])
def test_limit_without_a_quantity_or_as_a_noun_is_no_news(text):
    assert abs(score(text)) <= 0.1


def test_the_modal_in_could_limit_stays_a_hedge_and_forward():
    row = score_texts(["Lower commodity prices could limit cost pressures."]).loc[0]
    assert row["uncertainty"] == 1 and row["forward_looking"]
