"""Issue 13, round 13 (policy intentions, guidelines rule 3): a commitment or decision is the
institution's own when the actor is the subject of its "will": named by its own name ("The Bank",
"The Board", "Copom", "Bank Negara Malaysia", "the Bank of Korea"), with only fillers ("also",
"unanimously") or the rest of a name ("of the Philippines") between them. An actor followed by a verb
or a noun ("the Committee expects growth will pick up") makes no commitment: the forecast keeps its
tone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The Bank will continue to support growth.",
    "The Board will continue to support the recovery.",
    "Copom will keep rates low to support economic growth.",
    "Bank Negara Malaysia will continue to support the growth of the economy.",
    "The Bank of Thailand will continue to support the economic recovery.",
    "The Central Bank of the Philippines will continue to support growth.",
    "The Monetary Board will support sustainable growth.",
    "The Governor will ensure that growth improves.",
    "Members will continue to support a stronger recovery.",
    "The Board of Governors unanimously voted to cut rates to support the recovery.",
    "The Bank also will support growth.",
])
def test_an_institution_named_by_its_own_name_commits_without_tone(text):
    assert score(text) == 0.0


@pytest.mark.parametrize("text", [
    "The Committee expects growth will pick up.",
    "The Committee said inflation will ease.",
    "The Bank projects output will recover next year.",
    "The Board believes employment will improve.",
])
def test_an_actor_followed_by_a_verb_makes_no_commitment(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Bank profits will continue to grow.",  # "bank" a noun modifier, not the subject
    "Board members expect sales will improve.",  # a verb between the actor and "will"
    "The Council noted that unemployment will fall further.",
])
def test_a_noun_or_a_report_between_actor_and_will_keeps_the_tone(text):
    assert score(text) > 0.1


def test_a_negative_forecast_after_an_actor_and_a_verb_stays_negative():
    assert score("The Bank expects unemployment will rise.") < -0.1
