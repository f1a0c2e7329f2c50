"""Issue 13, round 13 (i13-r13a; toolkit.tone.as_clauses): "as" opening a clause about a quantity
states an outcome inside an intention ("will keep rates low as growth has slowed": guidelines rule
4); "such as exports", "as well as sales", "as appropriate" do not. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _label(text):
    return score_texts([text]).iloc[0]["label"]


@pytest.mark.parametrize("text, label", [
    ("The Committee will keep rates low as growth has slowed.", "negative"),
    ("The ministry will step up support for exporters as exports continue to fall.", "negative"),
    ("The PBC will keep liquidity ample as the economy remains weak.", "negative"),
    ("The government will scale back subsidies as domestic demand has recovered strongly.", "positive"),
    ("Efforts will be made to boost hiring as unemployment has risen.", "negative"),
])
def test_an_as_clause_about_a_quantity_states_an_outcome(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text", [
    "The PBC will support sectors such as exports and consumption.",
    "The ministry will promote investment as well as consumption.",
    "The Committee will adjust policy as appropriate to support growth.",
    "The Bank will act as a backstop to support lending.",
])
def test_as_that_opens_no_clause_leaves_the_intention_neutral(text):
    assert _label(text) == "neutral"


def test_an_as_clause_outside_an_intention_reads_as_before():
    assert _label("Sales fell as demand weakened.") == "negative"
