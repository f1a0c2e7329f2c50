"""Issue 13, fourth round: a transitive movement verb ("squeezed", "eroded", "boosted", "dampened")
moves its object, the quantity right after it, not its subject before it: "higher costs squeezed
margins" is margins squeezed (bad news), not costs squeezed (good news). A "by" of the passive, "as"
or a comma between the verb and the next quantity leaves the subject. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("Higher input costs squeezed margins at most manufacturers.", -1),
    ("Rising rental costs eroded the profits of small retailers.", -1),
    ("Persistent inflation eroded household incomes in the region.", -1),
    ("Falling fuel costs boosted airline earnings.", 1),
    ("The rise in unemployment dampened consumer spending.", -1),
    ("Lower debt bolstered business investment.", 1),
])
def test_a_transitive_verb_moves_its_object(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("Higher input costs squeezed margins at most manufacturers.", "squeezed margins"),
    ("Rising rental costs eroded the profits of small retailers.", "eroded profits"),
    ("The rise in unemployment dampened consumer spending.", "dampened consumer spending"),
])
def test_the_pair_is_the_verb_and_its_object(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, term", [
    ("Margins were squeezed by higher costs.", "margins squeezed"),  # passive: "by" names the cause
    ("Profits were squeezed as input costs rose.", "profits squeezed"),  # "as" opens another clause
    ("Costs were reduced, and sales rose modestly.", "costs reduced"),  # a comma ends the verb phrase
    ("Unemployment was reduced sharply over the year.", "unemployment reduced"),  # no object at all
])
def test_without_an_object_right_after_it_the_verb_keeps_its_subject(text, term):
    assert term in terms(text)


def test_firms_reducing_costs_is_still_good_news():
    assert score("Many firms reduced costs sharply.") > 0.1


@pytest.mark.parametrize("text", [
    "New export orders supported manufacturing output in the quarter.",
    "Household incomes should underpin consumer spending next year.",
    "Manufacturing output was supported by export orders from Asia.",
    "Public works, including new rail lines, would support private investment.",
])
def test_what_holds_a_quantity_up_is_a_rise_of_its_object_or_passive_subject(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Current inflation figures do not support this decision.",  # no object: the subject does not move
    "Recent employment data support the view of the staff.",
    "The weakness in steel output and its supporting industries is likely to persist.",
])
def test_support_never_moves_its_subject_in_the_active(text):
    assert not any(t.endswith(("support", "supporting")) for t in terms(text))


def test_support_as_an_aim_stays_an_aim():
    assert score("The bank lowered its policy rate to support demand.") == 0
