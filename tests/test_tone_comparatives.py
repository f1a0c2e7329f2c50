"""Issue 13, round 7: "more" / "less" / "fewer" right before a content word the lexicon does not know
("more competitive", "more time", "less common", "fewer companies") say how much of that word there
is; they are no movement of a quantity nearby ("labor markets are more competitive" is no rise of
labor markets). Before a quantity ("more jobs"), an adjective of one ("more residential sales") or a
phrase ("more chance of a job"), and after a movement ("rose more in March"), they stay movements.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Industry contacts say that more time is needed to judge the trend.",
    "Labor markets are more competitive in the western counties.",
    "Sales clerks said shoppers were more selective this season.",
    "Manufacturing firms reported that more inspections are planned.",
    "Exports have become more seasonal than before.",
    "Retail contacts expect fewer customers to shop in the evenings.",
])
def test_a_comparative_of_another_word_moves_no_quantity(text):
    assert abs(score(text)) <= 0.1
    assert not any(term.split()[0] in ("more", "less", "fewer") or term.endswith((" more", " less", " fewer"))
                   for term in terms(text))


@pytest.mark.parametrize("text, sign", [
    ("Manufacturers added more jobs in the spring.", 1),  # before a quantity
    ("Dealers reported significantly more residential sales than a year ago.", 1),  # an adjective of a quantity
    ("There is more chance of a summer job for students this year.", 1),  # a phrase of a quantity
    ("Orders rose more in March than in February.", 1),  # after a movement, before a preposition
    ("Builders reported fewer home sales in the northern counties.", -1),
])
def test_a_comparative_of_a_quantity_stays_a_movement(text, sign):
    assert sign * score(text) > 0.1


def test_a_comparative_before_a_state_word_is_still_its_degree():
    assert score("Contacts were less optimistic about the months ahead.") < -0.1
