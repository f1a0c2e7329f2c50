"""Round 14 (company news, i13-r14d): the headline infinitive "<Name> to <plan verb>" says what the
firm will do (toolkit.tone.headlines): forward-looking (F3), with the plan's tone (a firm's plan
states an outcome)."""
from __future__ import annotations

from functools import lru_cache

import pytest

from toolkit.tone import score_texts


@lru_cache(maxsize=None)
def _scored(text):
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text, sign", [
    ("Componenta to cut 140 jobs in Finland.", -1),
    ("Wartsila to hire 200 engineers in India.", 1),
    ("Kesko to open 15 new stores in Russia.", 1),
    ("Nokian Tyres to lay off 60 workers.", -1),
])
def test_a_headline_plan_is_forward_looking_with_its_tone(text, sign):
    row = _scored(text)
    assert bool(row["forward_looking"]) and row["score"] * sign > 0.1


@pytest.mark.parametrize("text", [
    "Fiskars to acquire Swedish garden tools maker.",
    "Stora Enso to sell its stake in a Chilean pulp mill.",
])
def test_a_headline_deal_is_forward_looking_and_neutral(text):
    row = _scored(text)
    assert bool(row["forward_looking"]) and row["label"] == "neutral"


@pytest.mark.parametrize("text", [
    "Due to strong demand, sales rose.",  # no name: "Due" has no plan verb after "to"
    "Access to credit improved.",
    "Turning to financial markets, equity prices rose.",
    "Sales to customers in Asia rose.",  # a quantity opens the sentence
    "According to the company, orders rose.",
])
def test_no_headline_plan_without_a_name_and_a_plan_verb(text):
    assert not bool(_scored(text)["forward_looking"])
