"""toolkit.tone.reported_plans: "would" of a plan said by its actor is certain (guidelines C6); a
hypothetical "would" stays a hedge (C1)."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "The Board said it would publish the minutes in two weeks.",
    "The Governor said the Bank would not hesitate to act.",
    "The Committee said it would review the framework next year.",
    "The company said it would close two factories.",
])
def test_would_of_a_plan_said_by_its_actor_is_no_hedge(text):
    row = score_texts([text]).iloc[0]
    assert (row["uncertainty"], bool(row["forward_looking"])) == (0, True)


@pytest.mark.parametrize("text", [
    "Members said it would be appropriate to wait for more data.",
    "Growth would slow if demand weakened.",
    "Members agreed that inflation would remain above target.",
    "It would have been better to act earlier.",
])
def test_hypothetical_would_stays_a_hedge(text):
    assert score_texts([text])["uncertainty"].iloc[0] > 0
