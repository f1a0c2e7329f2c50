"""Issue 13, round 7: "helped" and a finite "stimulated" say what pushed a quantity up, like
"supported": they move their object ("incentives have helped sales") or their subject in the passive
("car sales were stimulated by rebates"), and a negation turns the push into weakness ("lower rates
have not yet stimulated car sales"). They never move their subject in the active, and "helped to"
opens no pair of its own. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Dealer incentives have helped sales of light trucks.", 1),
    ("Warm weather helped retail sales in the resort areas.", 1),
    ("Home sales were stimulated by the new tax credit.", 1),
    ("Lower interest rates have not yet stimulated business investment in the District.", -1),
    ("Rebates have not helped sales of new cars this spring.", -1),
])
def test_helped_and_stimulated_move_their_object(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Employment helped the survey firm reach more households.",  # the subject in the active does not move
    "The new rules helped to clarify the reporting of loans.",  # no quantity: nothing moves
    "Contacts said the campaign stimulated talk about the new models.",  # no quantity of the lexicon
])
def test_they_move_no_subject_and_no_unknown_object(text):
    assert abs(score(text)) <= 0.1
