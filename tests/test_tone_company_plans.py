"""toolkit.tone.company_plans: a company's plans for its workforce and places of business keep their
tone (guidelines rule 1); the institution's intentions stay neutral (rule 4). And
toolkit.tone.establishments: "will close two factories", the base form before its place noun."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


@pytest.mark.parametrize("text, label", [
    ("The bank plans to hire 2,000 staff over the next two years.", "positive"),
    ("It would close two factories and shed 1,100 jobs.", "negative"),
    ("The bank plans to cut 5,000 jobs worldwide.", "negative"),
    ("It will hire 600 engineers at its new research centre.", "positive"),
    ("The board plans to close three plants and lay off 1,200 workers.", "negative"),
    ("The steelmaker said it will shed 2,500 jobs by 2025.", "negative"),
])
def test_a_company_plan_for_jobs_or_plants_keeps_its_tone(text, label):
    assert score_texts([text])["label"].iloc[0] == label


@pytest.mark.parametrize("text", [
    "The government aims to create more than 12 million new urban jobs this year.",
    "The government will create 10 million jobs.",
    "Local governments will close outdated coal mines and cut excess capacity.",
    "The Bank will continue to support growth and employment.",
    "The ministry will help enterprises stabilise jobs.",
])
def test_the_institutions_intentions_stay_neutral(text):
    assert score_texts([text])["label"].iloc[0] == "neutral"


@pytest.mark.parametrize("text, label", [
    ("The firm will close two factories.", "negative"),
    ("The retailer will close 40 stores this year.", "negative"),
    ("Inflation remained close to target.", "positive"),
])
def test_close_before_its_place_noun_is_a_closing(text, label):
    assert score_texts([text])["label"].iloc[0] == label
