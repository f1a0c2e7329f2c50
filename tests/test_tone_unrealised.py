"""Issue 13, tenth round (other central banks): a negation after what it negates ("fears of a recession
did not materialise", "signs of a slowdown were not confirmed") flips the clause before it (guidelines
rule 9); the negator rule, which reaches forward, misses it. Units after the phrase, or before a
contrast or concession word, keep their tone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Fears of a recession did not materialise.", 1),
    ("The feared slowdown has not materialized.", 1),
    ("The anticipated rise in unemployment did not materialise.", 1),
    ("Earlier signs of a significant slowdown were not confirmed.", 1),
    ("The expected recovery did not materialize.", -1),
])
def test_what_did_not_happen_is_negated(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The recovery did not materialise, and unemployment rose sharply.", -1),  # after the phrase
    ("Unemployment rose sharply.", -1),
    ("The slowdown was confirmed by the latest data.", -1),  # not negated
    ("Although output fell, the feared recession did not materialise.", 1),
])
def test_units_outside_its_clause_keep_their_tone(text, sign):
    assert score(text) * sign > 0.1


def test_a_concession_before_it_is_not_negated():
    from conftest import tone_terms

    text = "Although output fell sharply, the feared recession did not materialise."
    assert score(text) < score("The feared recession did not materialise.")  # the fall still counts as bad
    assert "output fell" in tone_terms(text)


@pytest.mark.parametrize("text, sign", [
    ("The members argued that the expected recovery in the euro area might not prove long-lived.", -1),
    ("The rebound in exports proved short-lived.", -1),
    ("The slowdown in hiring proved short-lived.", 1),
    ("The improvement in confidence may not last.", -1),
])
def test_what_will_not_last_is_negated(text, sign):
    assert score(text) * sign > 0.1


def test_what_is_said_to_last_keeps_its_tone():
    assert score("The recovery in exports is likely to last.") > 0.1
