"""Issue 13, round 13 (i13-r13a; toolkit.tone.imperatives): a PBoC / MIIT task list in the imperative
("Expand domestic demand and boost consumption.") is an intention of the institution: no tone
(guidelines rule 4) and forward-looking (F3). Sentences that open with an adjective, a noun or a
gerund are not. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text", [
    "Expand domestic demand and boost consumption.",
    "Vigorously develop advanced manufacturing and boost industrial output.",
    "Further improve the transmission of monetary policy to the real economy.",
    "Strengthen counter-cyclical adjustment and keep liquidity reasonably ample.",
    "Step up support for exporters and stabilise foreign trade.",
])
def test_an_imperative_is_an_intention_without_tone(text):
    row = _row(text)
    assert row["label"] == "neutral" and row["forward_looking"]


@pytest.mark.parametrize("text", [
    "Continue to implement a prudent monetary policy.",
    "Guide financial institutions to increase lending to small and micro firms.",
    "Keep the yuan exchange rate basically stable.",
    "Promote the high-quality development of the manufacturing industry.",
])
def test_an_imperative_is_forward_looking(text):
    assert _row(text)["forward_looking"]


@pytest.mark.parametrize("text, label", [
    ("Lower interest rates supported housing demand.", "positive"),
    ("Support from government spending helped construction activity.", "positive"),
    ("Advance bookings for hotels were strong.", "positive"),
    ("Strengthening demand lifted factory orders.", "positive"),
    ("Sales expanded strongly. Expanding exports lifted output.", "positive"),
])
def test_a_sentence_opening_with_an_adjective_noun_or_gerund_keeps_its_tone(text, label):
    row = _row(text)
    assert row["label"] == label and not row["forward_looking"]


def test_an_imperative_that_states_an_outcome_keeps_the_outcome():
    assert _row("Step up support for small firms, whose profits have fallen sharply because demand "
                "has weakened.")["label"] == "negative"


def test_the_terms_of_an_imperative_are_intentions():
    terms = _row("Expand domestic demand and boost consumption.")["terms"]
    assert terms and {t.stance for t in terms} == {"intention"}
