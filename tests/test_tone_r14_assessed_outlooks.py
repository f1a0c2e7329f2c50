"""Issue 13, round 14 (lead): forward-looking and certainty cues. An assessment of prospects is
forward-looking in any tense (guidelines F7: "the outlook for growth has improved" is a claim about the
future), while the forecast nouns named as things reported now stay no cue (F6;
toolkit.tone.assessed_outlooks). A condition on need ("as needed", "as appropriate", "where
necessary") is a hedge (C7). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _forward(text):
    return bool(score_texts([text])["forward_looking"].iloc[0])


@pytest.mark.parametrize("text", [
    "The outlook remains highly uncertain.",
    "Prospects for exports remained bright.",
    "The economic outlook has remained favourable.",
    "The outlook for the mining sector was bleak.",
    "The growth outlook had become more challenging.",
])
def test_a_state_said_of_the_outlook_is_about_the_future(text):
    assert _forward(text)


@pytest.mark.parametrize("text", [
    "The Committee discussed the economic outlook.",  # F6: the outlook as a topic of discussion
    "The forecast was revised down from 6.0 to 5.5 percent.",  # F6: a revision made
    "Inflation expectations remain well anchored.",  # F6: a measure read now
    "Members discussed the outlook, which remained uncertain.",  # the state is in another comma clause
    "The staff projections were weak in the first quarter.",  # projections: not a noun of prospects
])
def test_forecast_nouns_reported_now_stay_no_cue(text):
    assert not _forward(text)


# ------------------------------------------------------------------ a condition on need is a hedge (C7)
def _uncertain(text):
    return bool(score_texts([text])["uncertainty"].iloc[0] > 0)


@pytest.mark.parametrize("text", [
    "The Bank stands ready to act as needed.",  # the guidelines' own example (C7)
    "The Governing Council stands ready to adjust all of its instruments, as appropriate.",
    "The Committee will adjust the stance of policy as warranted.",
    "The Board will provide further support where necessary.",
])
def test_a_condition_on_need_is_uncertain(text):
    assert _uncertain(text)


@pytest.mark.parametrize("text", [
    "Growth rose as expected last quarter.",  # C6: "as expected" compares with an old forecast
    "Sales of appropriate safety equipment rose.",
    "The Committee decided to keep the policy rate at 2 percent.",
])
def test_words_of_need_without_the_condition_are_no_hedge(text):
    assert not _uncertain(text)
