"""Issue 13, third round: a pace word right before a movement noun says how that movement goes
("a slower decline in exports" is less bad news, "a faster rise in unemployment" worse); it makes no
tone unit of its own. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Exporters reported a slower decline in orders from abroad.", 1),
    ("Shipments to Europe showed a decelerating fall over the summer.", 1),
    ("There was a faster rise in unemployment in the northern regions.", -1),
    ("Contacts saw a slower increase in payrolls than a year ago.", -1),
    ("Bankers noted an accelerating decline in loan defaults.", 1),
])
def test_a_pace_word_before_a_movement_noun_qualifies_that_movement(text, sign):
    assert sign * score(text) > 0.1
    pace_terms = [t for t in explain(text)["rule"] if "pace" in t]
    assert len(pace_terms) == 1


@pytest.mark.parametrize("text, sign", [
    ("Output grew at a slower pace in the third quarter.", -1),  # the pace word after its movement
    ("The decline in output narrowed in May.", 1),
    ("Exports were slower in the spring.", -1),  # a pace word with no movement noun after it
])
def test_a_pace_word_after_its_movement_or_alone_reads_as_before(text, sign):
    assert sign * score(text) > 0.1


def test_a_pace_word_before_a_movement_makes_no_unit_of_its_own():
    terms = explain("There was a slower decline in exports.")["term"].tolist()
    assert terms == ["decline exports"]


@pytest.mark.parametrize("text, sign", [
    ("Core inflation is slowing down in most economies.", 1),  # a verb and its particle, not a noun phrase
    ("Hiring was slowing down across the district.", -1),
])
def test_a_pace_verb_before_its_particle_is_no_pace_of_a_movement_noun(text, sign):
    assert not any("pace" in r for r in explain(text)["rule"])
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", ["Core inflation is slowing down.", "Hiring slowed down in the spring.",
                                  "Sales may slow down next year.", "Investment slows down in the winter."])
def test_slow_down_is_one_movement_not_two(text):
    assert len([r for r in explain(text)["rule"] if r.startswith("direction")]) == 1


@pytest.mark.parametrize("text, sign", [
    ("Contacts spoke of growing weakness in furniture orders.", -1),
    ("Reports noted mounting weakness in demand.", -1),
    ("There was a strong pickup in bookings.", 1),
    ("Bankers saw a rising decline in defaults.", 1),
])
def test_a_rising_word_before_a_movement_noun_is_more_of_that_movement(text, sign):
    assert sign * score(text) > 0.1
    assert len([r for r in explain(text)["rule"] if r.startswith("direction")]) == 1


@pytest.mark.parametrize("text", [
    "Orders were strong, weakness in exports notwithstanding.",  # a comma between them
    "Sales grew weakly in the spring.",  # no movement noun after the rising word
    "Output rose, a decline in exports offsetting it.",
])
def test_a_rising_word_apart_from_a_movement_noun_keeps_its_own_pair(text):
    assert len([r for r in explain(text)["rule"] if r.startswith("direction")]) >= 1
