"""Issue 13, round 13 (i13-r13a; toolkit.tone.past_modals): a modal with "have" and a participle
speaks of the past: a hedge ("growth may have slowed": certainty C1) or a counterfactual ("output
would have risen": F4), not a forward cue. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _row(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text", [
    "Growth may have slowed in the third quarter.",
    "Without the strike, output would have risen.",
    "Without the drought, farm output could have increased.",
    "Growth might have been stronger.",
    "Sales must have fallen in the fourth quarter.",
])
def test_a_modal_of_the_past_is_a_hedge_but_not_forward_looking(text):
    row = _row(text)
    assert not row["forward_looking"] and row["uncertainty"] > 0


@pytest.mark.parametrize("text", [
    "Firms would have to raise prices.",
    "Tariffs could have an impact on exports.",
    "Higher costs may have a significant effect on profits.",
    "Growth may slow next year.",
])
def test_a_modal_with_have_of_the_future_stays_forward_looking(text):
    assert _row(text)["forward_looking"]


def test_the_tone_of_a_past_hedge_is_kept():
    assert _row("Growth may have slowed in the third quarter.")["label"] == "negative"
