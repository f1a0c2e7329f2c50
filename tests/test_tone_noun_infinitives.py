"""Issue 13, round 11 (FOMC and PBoC): "the potential to" is what its subject can do, not an aim: its
"to" opens no purpose clause, so the verb after it moves its object ("high resource utilization has
the potential to sustain inflation pressures" is a price risk). A purpose "to" after a verb or an
action is left alone, and so is "ability to" (mostly said of an ability that is limited: "a constraint
on their ability to expand exports"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("The high level of resource utilization has the potential to sustain inflation pressures.", -1),
    ("Tight labor markets have the potential to sustain price pressures.", -1),
    ("Higher interest rates have the potential to curb hiring.", -1),
    ("Lower mortgage rates have the potential to boost home sales.", 1),
    ("Strong demand abroad has the potential to boost exports.", 1),
])
def test_a_noun_infinitive_reads_its_verb(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The Committee lowered the target range to sustain the expansion.",
    "Measures were taken to sustain growth.",
    "The Bank will act to boost demand.",
    "Communicating the goal clearly enhances the Committee's ability to promote maximum employment.",
])
def test_a_purpose_infinitive_still_states_an_aim(text):
    assert score(text) == pytest.approx(0.0, abs=0.05)


def test_potential_stays_a_hedge():
    from toolkit.tone import score_texts

    assert int(score_texts(["Energy prices have the potential to add to inflation pressures."]).loc[0, "uncertainty"]) >= 1


@pytest.mark.parametrize("text", [
    "The Committee strengthened its guidance about the path of the policy rate.",
    "The Committee strengthened its forward guidance.",
    "The Bank boosted its policy guidance at this meeting.",
    "The Committee expanded its guidance on the federal funds rate.",
])
def test_guidance_is_a_policy_tool_and_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.05)


@pytest.mark.parametrize("text, sign", [
    ("The outlook for growth has strengthened.", 1),
    ("Prospects for exports have improved.", 1),
    ("The outlook has weakened.", -1),
])
def test_forecast_nouns_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1
