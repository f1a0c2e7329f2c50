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
    assert clauses["vote"] == "whole sentence"
