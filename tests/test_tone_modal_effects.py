"""Issue 13, round 12: "foster" / "promote" after a modal (could, would, may, might) is a finite verb
of effect, hedged - "which could foster inflationary imbalances" is bad news said with a hedge - not a
purpose like "to foster growth", which states no outcome. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Rapid credit growth, which could foster financial imbalances, was discussed by members.", -1),
    ("Loose financial conditions could foster inflationary pressures over time.", -1),
    ("The new rules might foster financial imbalances.", -1),
    ("Such conditions would promote hiring.", 1),
    ("The measures could foster investment.", 1),
])
def test_a_modal_foster_states_a_hedged_effect(text, sign):
    assert sign * score(text) > 0.1


def test_a_modal_foster_is_a_hedge():
    from toolkit.tone import score_texts

    assert score_texts(["Loose conditions could foster inflationary pressures."]).loc[0, "uncertainty"] > 0


@pytest.mark.parametrize("text", [
    "The Bank lowered its policy rate to foster stronger growth.",  # a purpose: an aim, no outcome
    "The measures are designed to promote employment.",
    "Policy aims to foster sustainable growth in output.",
    "The Committee seeks to promote maximum employment.",
    "The Committee might decide to promote employment.",  # the modal is on "decide": still an aim
])
def test_foster_as_a_purpose_states_no_outcome(text):
    assert abs(score(text)) <= 0.1
