"""Round 14 (i13-r14b): words of the register of central banks' minutes and statements.

* "fragile" said of a quantity is its weak level (guidelines rule 2): "the recovery remains fragile"
  is bad news, not a good recovery and a bad state that cancel;
* "excess demand" is demand beyond potential supply (the inflation rule): its easing is good news;
* "tailwinds" lift activity, like "headwinds" hold it back;
* prices "return to target" without an article or with "per cent" (the inflation rule: moving back
  toward the target is good news);
* "contract" after a modal or a forecast "to" is the verb ("the economy is expected to contract");
* "firm" after a copula is the adjective, a solid level ("activity remained firm").
"""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def _label(text):
    return score_texts([text])["label"].iloc[0]


@pytest.mark.parametrize("text", [
    "The recovery remains fragile.",
    "The economic recovery remained fragile and uneven.",
    "The recovery is still fragile.",
    "The recovery of the economy remains fragile and incomplete.",
])
def test_fragile_said_of_a_quantity_is_bad_news(text):
    assert _label(text) == "negative"


@pytest.mark.parametrize("text, label", [
    ("The recovery continued in the second quarter.", "positive"),
    ("Household spending remained resilient.", "positive"),
    ("The Bank will continue to support the recovery.", "neutral"),
])
def test_other_words_said_of_the_recovery_keep_their_reading(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Excess demand has eased.", "positive"),
    ("Excess demand in the labour market diminished further.", "positive"),
    ("Excess demand has added to price pressures.", "negative"),
    ("Lower energy prices provided a tailwind to household spending.", "positive"),
    ("Tailwinds from fiscal policy have faded.", "negative"),
    ("Inflation returned to target in the third quarter.", "positive"),
    ("Inflation is projected to return to the 2 per cent target in 2025.", "positive"),
    ("The economy is projected to contract by 0.5 per cent this year.", "negative"),
    ("Output could contract in the third quarter.", "negative"),
])
def test_register_words_read_by_the_guidelines(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Demand has eased.", "negative"),
    ("GDP growth will return to target.", "neutral"),
    ("The firm signed a contract to supply steel.", "neutral"),
    ("Wind turbines were installed.", "neutral"),
])
def test_lookalikes_keep_their_reading(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text, label", [
    ("Domestic economic activity had remained firm.", "positive"),
    ("Housing demand stayed firm.", "positive"),
    ("Consumer spending was firm in the quarter.", "positive"),
    ("Core prices remained firm.", "negative"),
])
def test_firm_after_a_copula_is_a_solid_level(text, label):
    assert _label(text) == label


@pytest.mark.parametrize("text", [
    "The firm was sold last year.",
    "A firm in Penang was acquired.",
    "The firm was firm in its view.",
])
def test_firm_the_noun_has_no_tone(text):
    assert _label(text) == "neutral"
