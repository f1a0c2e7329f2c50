"""Issue 13, fourth round: "should be offset by", "should be supported by", "should be restrained by"
are "should" of probability before a passive that names a cause (guidelines C7): an expectation of
what will move the economy, not an instruction of what should be done, so the tone after them stands.
"Should be" before what is to be done ("should be made", "should be strengthened") stays an
intention. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Cost pressures should be partly offset by a deceleration of import prices.", 1),
    ("Household demand should be supported by rising real incomes next year.", 1),
    ("Retail sales should be boosted by the recovery in tourism.", 1),
    ("Exports should be held back by weaker global demand.", -1),
    ("Business investment should be underpinned by solid corporate profits.", 1),
])
def test_should_before_a_causal_passive_is_an_expectation(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Supervision of local lenders should be strengthened to support growth.",
    "Efforts should be made to stabilise employment and expand demand.",
    "The new measures should be implemented promptly to boost consumption.",
])
def test_should_before_what_is_to_be_done_stays_an_intention(text):
    assert score(text) == 0


def test_the_expectation_counts_as_forward_looking_and_hedged():
    row = score_texts(["Household demand should be supported by rising real incomes."]).iloc[0]
    assert row["forward_looking"] and row["uncertainty"] >= 1
