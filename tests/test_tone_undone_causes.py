"""Issue 13, round 11 (FOMC and PBoC): a cause that is undone ("a reversal of the temporary factors that
had weighed on growth") turns the movement of its relative clause around: what weighed on growth no
longer does, good news. A relative clause of a cause that goes on, and a noun of undoing whose own
phrase holds a movement ("a reversal of the decline in exports"), are left alone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Economic growth strengthened, reflecting in part a reversal of the temporary factors that had weighed on growth.",
    "Spending picked up with the fading of the effects that had held back demand.",
    "Output rose with the dissipation of the forces which restrained production last year.",
    "The unwinding of the special factors that depressed sales in the spring lifted retail activity.",
    "The waning of the influences that had slowed hiring is welcome.",
])
def test_an_undone_cause_turns_its_clause_around(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The factors that had weighed on growth persisted.", -1),
    ("The temporary factors that weighed on growth earlier in the year remain in place.", -1),
    ("Exports fell, and the factors that restrained demand are still present.", -1),
    ("A reversal in policy that had supported growth is under way.", 1),  # "in", not "of": not a cause undone
])
def test_a_cause_that_goes_on_keeps_its_reading(text, sign):
    assert sign * score(text) > 0.1


def test_a_noun_of_undoing_with_a_movement_of_its_own_is_left_alone():
    assert "decline exports" in terms("A reversal of the decline in exports that had hurt output lifted orders.")
