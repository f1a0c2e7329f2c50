"""Issue 13's rule families for one quantity with two movements ("grew more slowly", "the decline in
output narrowed"), announcements of the institution and votes: sentences that must fire and
sentences that must not (our own sentences, not the labelled set's)."""
from __future__ import annotations

import math

import pytest

from toolkit.tone import MODIFIERS, explain, score_texts


def row(text: str):
    return score_texts([text]).loc[0]


def score(text: str) -> float:
    return float(row(text)["score"])


def contributions(text: str) -> dict:
    return {t.term: t.contribution for t in row(text)["terms"] if t.kind != "hedge"}


# ------------------------------------------------------------------ pace: how a movement changed
@pytest.mark.parametrize("text", [
    "Factory output grew more slowly than in the spring.",
    "Retail sales rose at a slower pace in March.",
    "Household spending increased less rapidly in the third quarter.",
    "The rise in jobless claims accelerated.",
])
def test_a_good_rise_that_slows_or_a_bad_rise_that_quickens_is_negative(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The drop in factory orders narrowed in the second quarter.",
    "The increase in unemployment slowed last month.",
    "The fall in exports moderated in May.",
    "Business investment expanded at a faster pace.",
])
def test_a_fall_that_narrows_or_a_good_rise_that_quickens_is_positive(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Unemployment fell to low levels.", 1),  # "low" is a level, not a pace
    ("The economy is recovering slowly.", 1),  # "slowly" says how fast, not that the pace changed
    ("Growth slowed.", -1),  # a plain movement of a quantity
    ("Exports rose while consumer spending slowed.", 0),  # two quantities, one movement each
])
def test_a_level_word_or_a_movement_of_another_quantity_is_no_pace(text, sign):
    if sign:
        assert math.copysign(1, score(text)) == sign and abs(score(text)) > 0.1
    else:
        terms = contributions(text)
        assert terms["exports rose"] > 0 > terms["consumer spending slowed"]


def test_a_comma_keeps_a_pace_word_from_the_movement_before_it():
    # "though at a slower pace" opens its own clause: the cut still reads as a cut
    assert contributions("Firms cut capital spending, though at a slower pace.")["cut capital spending"] < 0


def test_the_pace_word_is_a_modifier_of_the_pair_and_the_terms_add_up():
    e = explain("Factory output grew more slowly than in the spring.")
    assert e["term"].tolist() == ["output grew"] and "pace 'more slowly'" in e.loc[0, "rule"]
    assert math.isclose(e["contribution"].sum(), e.attrs["raw"])
    term = row("Factory output grew more slowly.")["terms"][0]
    assert term.modifiers == ("slowing",) and term.stance == "observation"


# ------------------------------------------------------------------ announcements of the institution
@pytest.mark.parametrize("text", [
    "The central bank announced today an expansion of its lending facility.",
    "The Committee has authorized increases in its swap lines with other central banks.",
])
def test_an_announcement_of_the_institution_is_a_policy_action(text):
    assert score(text) == 0


def test_an_announcement_by_others_keeps_its_tone():
    assert score("Retailers announced strong gains in holiday sales.") > 0.1


# ------------------------------------------------------------------ votes and dissents
@pytest.mark.parametrize("text", [
    "Voting against the action was Jane Q. Doe, who was concerned that growth had weakened sharply.",
    "Dissenting members argued that unemployment had risen sharply.",
    "Voting against was John Roe, who preferred a larger cut because the recovery was faltering.",
])
def test_a_vote_and_its_reasons_are_procedure(text):
    assert score(text) == 0
    assert all(t.contribution == 0 for t in row(text)["terms"])


def test_a_vote_reaches_only_its_own_sentence():
    assert score("Voting against the action was A. Roe. Unemployment rose sharply.") < -0.1


def test_an_initial_ends_no_sentence_but_an_abbreviation_at_the_end_still_does():
    # "Jane Q. Doe" is one sentence; "the U.S. Exports" are two
    assert score("Voting against was Jane Q. Doe, who saw exports falling.") == 0
    assert score("Voting against was a member from the U.S. Exports fell sharply.") < -0.1


def test_the_families_are_rows_of_the_modifier_table():
    clauses = {m.kind: m.clause for m in MODIFIERS}
    assert clauses["slowing"] == clauses["quickening"] == "pace"
    assert clauses["vote"] == "whole sentence"


# ------------------------------------------------------------------ origins: where a movement started
@pytest.mark.parametrize("text, sign", [
    ("Growth has slowed from its strong pace of last year.", -1),
    ("Unemployment fell from high levels.", 1),
    ("Retail sales rebounded from a sharp decline in the spring.", 1),
    ("Exports recovered from weak levels.", 1),
])
def test_the_word_after_from_is_a_starting_level_not_a_movement(text, sign):
    assert score(text) * sign > 0.1
    assert len([t for t in row(text)["terms"] if t.contribution]) == 1


@pytest.mark.parametrize("text, sign", [
    ("Demand from abroad fell sharply.", -1),  # a place after "from": the verb still moves demand
    ("Exports from the euro area rose.", 1),
    ("Exports grew 5 percent, up from 3 percent.", 1),  # "up from" is a comparison phrase
])
def test_from_before_a_place_or_in_up_from_leaves_the_movement(text, sign):
    assert score(text) * sign > 0.1
