"""Issue 13, round 13 (risk and uncertainty as the quantity that moves, guidelines rules 1 and 7):
a worry's topic phrase is often long ("concerns among contacts in several districts about the
durability of demand eased"): after uncertainty, risks, concerns, fears, worries, doubts and
tensions the movement goes back to the head over a phrase of up to ten tokens (also when the phrase
holds no quantity at all: "fears over the outcome of the election have subsided"), and "concerning"
opens that phrase too. Less worry is good news, more is bad news. Other heads keep the short
hand-back. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms as terms


@pytest.mark.parametrize("text", [
    "Uncertainty concerning the recovery eased in the second quarter.",
    "Uncertainty about the path of the global economy abated in the summer.",
    "Concerns among contacts in several districts about the durability of demand eased.",
    "Fears among retailers about the pace of the recovery in spending have faded.",
])
def test_less_worry_about_a_long_topic_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Doubts concerning the strength of the recovery have grown.",
    "Uncertainty about the timing of the recovery in global demand has increased.",
    "Worries regarding the health of the banking sector intensified.",
])
def test_more_worry_about_a_long_topic_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Concerns about the outlook were expressed by contacts in districts where demand weakened.", -1),
    ("Uncertainty about trade policy weighed on investment, and spending fell.", -1),
    ("Concerns about the durability of the recovery were raised, but demand strengthened.", 1),
    ("Uncertainty about the outlook remained high as exports to the largest markets declined.", -1),
])
def test_a_movement_of_another_clause_stays_with_its_own_quantity(text, sign):
    assert score(text) * sign > 0.1


def test_concerning_opens_no_phrase_after_a_head_that_is_no_worry():
    # "sales concerning ...": the hand-back over "concerning" is the worry heads' only
    assert "sales rose" not in terms("Demand for parts and sales concerning exports rose.")


@pytest.mark.parametrize("text", [
    "Uncertainty over the end of the benign environment for emerging economies should decrease.",
    "Concerns about the durability of the truce between the two sides have eased.",
    "Fears over the outcome of the election have subsided.",
    "Doubts about the resolution of the dispute between the parties have receded.",
])
def test_a_worry_whose_topic_holds_no_quantity_takes_the_movement_after_it(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The balance of risks to achieving its goals is weighted toward weakness.",  # the side, a noun
    "Risks to the financial system that could impede the attainment of the goals remain.",  # its own clause
    "Uncertainty about the new rules was cited by contacts, and spending fell.",
])
def test_a_movement_noun_a_relative_clause_or_another_clause_is_not_the_worrys(text):
    assert score(text) < -0.1
