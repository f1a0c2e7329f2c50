"""Issue 13, round 12: a pace word used as a transitive verb moves its object - "higher interest
rates slowed demand" is demand slowed (bad news), not the rates rising more slowly; "lower oil prices
eased inflation" is inflation easing. A pace word with no quantity right after it keeps its pace
reading ("exports grew more slowly"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Higher interest rates slowed demand for new homes.", -1),
    ("Rising rates slowed consumer spending in the second half.", -1),
    ("Higher interest rates slowed business investment last year.", -1),
    ("Increased borrowing costs slowed business investment.", -1),
    ("Lower oil prices eased inflation in the spring.", 1),
])
def test_a_pace_verb_moves_its_object(text, sign):
    assert sign * score(text) > 0.1


def test_a_movement_before_the_verb_does_not_take_its_object():
    """"rising premiums and the slowing economy": "rising" is not said of the economy."""
    assert "rising economy" not in terms("Rising insurance premiums and the slowing economy prompted firms to act.")


@pytest.mark.parametrize("text, sign", [
    ("Rising insurance premiums and the slowing economy prompted firms to act.", -1),
])
def test_the_verb_alone_moves_its_object(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Higher interest rates slowed demand.",
    "Rising rates slowed consumer spending.",
])
def test_the_object_is_the_term_of_the_pace_verb(text):
    assert any(term.startswith("slowed ") for term in terms(text))


@pytest.mark.parametrize("text, sign", [
    ("Exports grew more slowly in the third quarter.", -1),  # a pace word after a movement, no object
    ("The rise in consumer prices moderated in May.", 1),  # the rise slowed: good news
    ("Unemployment rose more slowly than a year earlier.", 1),
    ("Respondents noted slower growth in health-care costs.", 1),  # a carrier: its phrase moves
    ("Contacts reported faster growth in raw material prices.", -1),
])
def test_a_pace_word_without_an_object_keeps_its_pace_reading(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Higher interest rates slowed.",  # a level: no news either way
    "Higher yields slowed, while credit rose.",  # the comma ends the clause: no object
    "Long-term rates rose more slowly.",
])
def test_a_pace_word_of_a_level_without_an_object_says_nothing(text):
    assert abs(score(text)) <= 0.1
