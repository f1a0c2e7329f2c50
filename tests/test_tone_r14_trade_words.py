"""Issue 13, round 14 (lead): words of industry news and statements the lexicon lacked. Our own
sentences, in the registers of MIIT / trade press, PBoC statements and the Beige Book.

* "under pressure" (came, remains, is ... under pressure) is a strain, bad news (guidelines rule 4's
  example: "employment, which has come under pressure" -> -1);
* "widened" after a movement noun is the movement's pace, more of it ("the decline in exports
  widened": more decline), as "deepened" is; said of a gap or deficit it stays a rise of it;
* "operating rate(s)" is capacity utilization, a quantity whose rise is good news."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _label(text):
    return score_texts([text])["label"].iloc[0]


@pytest.mark.parametrize("text", [
    "Margins came under pressure.",
    "Profits of steelmakers remained under pressure.",
    "The market is under pressure.",
    "Employment has come under pressure.",
    "Efforts will be made to stabilise employment, which has come under pressure.",
])
def test_under_pressure_is_bad_news(text):
    assert _label(text) == "negative"


@pytest.mark.parametrize("text, label", [
    ("Prices came under downward pressure.", "negative"),  # its own phrase: a push on prices
    ("Pressure on margins eased.", "positive"),  # the bad quantity "pressure" going down
    ("The Committee will not yield to pressure.", "neutral"),  # no "under": no strain said
])
def test_pressure_without_under_keeps_its_reading(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text", [
    "The decline in exports widened.",
    "The decline in exports widened to 9.4%.",
    "The year-on-year drop in profits widened.",
    "The drop in steel output widened.",
    "The decline in sales widened further.",
])
def test_a_widening_decline_is_more_decline(text):
    assert _label(text) == "negative"


@pytest.mark.parametrize("text, label", [
    ("The trade deficit widened.", "negative"),
    ("Losses widened.", "negative"),
    ("The decline in exports narrowed.", "positive"),
])
def test_widened_said_of_a_gap_or_a_deficit_stays_a_rise_of_it(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text, label", [
    ("The operating rate of cement plants dropped to 45%.", "negative"),
    ("The operating rate of coking plants recovered to 70%.", "positive"),
    ("Refinery operating rates rose in May.", "positive"),
    ("Operating rates edged down in April.", "negative"),
])
def test_the_operating_rate_is_capacity_in_use(text, label):
    assert _label(text) == label


def test_an_operating_rate_that_held_still_is_no_news():
    assert _label("The operating rate was unchanged.") == "neutral"
