"""Issue 13, round 10 (FOMC and PBoC): "weigh on X", "a drag on X" hold their object down, never their
subject ("a lack of demand weighed on sales" is sales held down, bad news); a movement word before the
verb speaks of the subject and does not pair with the verb's object ("the strong dollar weighed on
exports"); and the negator noun "lack of" / "absence of" denies its own phrase, not the verb after it.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "A lack of demand weighed on sales.",
    "The strong dollar weighed on exports.",
    "Higher rates were a drag on housing activity.",
    "A lack of orders weighed on manufacturing output.",
    "The stronger yen weighed on exports.",
    "The lack of rainfall weighed on crop yields.",
    "The higher dollar was a drag on exports.",
    "Lower commodity prices weighed on profits in the mining sector.",
])
def test_a_weight_on_a_good_quantity_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Lower energy costs were a drag on inflation last quarter.",  # prices held down, not activity
    "Strong exports boosted growth.",  # a verb that lifts its object is untouched
    "Sales were supported by solid demand.",
    "There was an absence of wage pressures.",  # the noun negator still denies its own phrase
])
def test_other_verbs_and_objects_are_left_alone(text):
    assert score(text) >= -0.1


@pytest.mark.parametrize("text", [
    "The quarterly report weighed the evidence on costs.",  # "weighed" without "on": no weight
    "The committee will weigh options at its next meeting.",
    "Board members discussed the draft on Tuesday.",
])
def test_weighing_up_without_a_burden_says_nothing(text):
    assert abs(score(text)) <= 0.1


def test_a_weighed_subject_in_the_passive_moves():
    """The passive moves its subject: "sales were weighed down by weak demand"."""
    assert score("Retail sales were weighed down by the cold weather.") < -0.1


def test_a_lack_of_a_good_quantity_is_still_denied():
    """"a lack of demand" alone: the negation reaches its own phrase."""
    assert score("Firms reported a lack of demand growth.") < -0.1


@pytest.mark.parametrize("text, sign", [
    ("The strong dollar hurt exports.", -1),
    ("A lack of demand held back sales.", -1),
    ("The strong dollar held back exports.", -1),
    ("Lower rates lifted home sales.", 1),
    ("The storm dented retail sales.", -1),
    ("Cold weather damped construction activity.", -1),
    ("Higher prices took a toll on consumer spending.", -1),
])
def test_more_verbs_move_their_object(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Retail sales were hurt by the weather.", -1),  # the passive moves its subject
    ("Hiring was held back by uncertainty.", -1),
    ("The drought hurt.", -1),  # no object: a harm said alone
])
def test_the_passive_and_the_verb_alone(text, sign):
    assert sign * score(text) > 0.1


def test_lifting_an_unknown_object_is_no_news():
    assert abs(score("The Committee lifted the target range.")) <= 0.1
