"""Issue 13, round 10 (FOMC and PBoC): a movement verb with an object the lexicon does not know moves
that object, not the economy: "the Desk has expanded its repurchase operations", "the ministry expanded
the scope of the pilot program" are no news (a policy action or an administrative change), where the
movement word alone used to count as a little good news. A known quantity after the determiner, a
movement with no object, and a degree ("a bit", "the most") keep their tone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The Open Market Desk has recently expanded its repurchase agreement operations.",
    "The ministry expanded the scope of the pilot program.",
    "The agency expanded the list of eligible collateral.",
    "The Desk expanded its purchases of agency debt.",
    "The Treasury expanded the program.",
])
def test_a_movement_of_an_unknown_object_is_no_news(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Firms increased their investment.", 1),  # a known quantity is the object
    ("Activity increased.", 1),
    ("Sales rose a bit.", 1),  # a degree, not an object
    ("Costs declined the most since 2009.", 1),
    ("Unseasonably warm weather had boosted their business.", 1),  # a verb of effect keeps its sign
])
def test_known_objects_and_degrees_keep_their_tone(text, sign):
    assert sign * score(text) > 0.1
