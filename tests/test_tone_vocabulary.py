"""Issue 13's vocabulary family: words of difficulty and weak levels the lexicon lacked, and names
whose words are no tone ("enterprises above designated size", "output gap"). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


def row(text: str):
    return score_texts([text]).loc[0]


def score(text: str) -> float:
    return float(row(text)["score"])


@pytest.mark.parametrize("text", [
    "The situation abroad remains complicated.",
    "Consumer demand stayed tepid through the winter.",
    "Profit margins were compressed by higher input costs.",
    "Hiring was limited in most districts.",
    "Investment remained anemic.",
])
def test_words_of_difficulty_and_weak_levels_are_negative(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Enterprises above designated size saw no change in their orders.",
    "Staff estimates of the output gap were published in the report.",
    "The negative output gap was estimated in the annex.",
])
def test_names_whose_words_carry_no_tone(text):
    assert abs(score(text)) <= 0.1
    assert not [t for t in row(text)["terms"] if t.contribution]


def test_above_still_pairs_outside_the_name():
    assert score("Output rose above its pre-crisis level.") > 0.1
    assert score("Industrial firms above designated size raised their profits sharply.") > 0.1


@pytest.mark.parametrize("text", [
    "New measures were introduced to reduce budget deficits.",
    "The authorities acted to contain losses at state banks.",
    "Steps were taken to safeguard financial stability and to resolve bad loans.",
])
def test_a_policy_aim_is_a_purpose_not_an_outcome(text):
    assert score(text) == 0


def test_to_before_an_adjective_opens_no_purpose():
    assert score("Output fell due to lower demand.") < -0.1
    assert score("Budget deficits were reduced sharply.") > 0.1


def test_albeit_opens_a_concession_so_the_main_clause_decides():
    assert score("Output rose, albeit with weak demand.") > 0.1
    assert abs(score("Output rose, with weak demand.")) <= 0.1  # no concession: the two cancel


@pytest.mark.parametrize("text, sign", [
    ("The strike negatively affected factory output.", -1),
    ("Trading in bond markets turned disorderly.", -1),
    ("Capital flows to emerging markets increased.", 0),  # a figure, like credit
])
def test_more_words_with_and_without_tone(text, sign):
    if sign:
        assert score(text) < -0.1
    else:
        assert score(text) == 0


def test_highest_is_a_level_and_a_debt_ratio_is_debt():
    assert score("Capacity utilization reached its highest level in a decade.") > 0.1
    assert score("The public debt-to-GDP ratio rose to its highest level.") < -0.1
    assert score("The debt/GDP ratio is the highest in the region.") < -0.1


def test_the_noun_stability_names_an_aim_but_stabilizing_keeps_its_tone():
    assert score("The Council discussed the stability of the domestic banking sector.") == 0
    assert score("Deposits and the stabilization of bank funding were reviewed.") == 0
    assert score("The housing market stabilized after a year of declines.") > 0.1
    # a quantity that merely held still is no news (guidelines rule 3; tests/test_tone_steady.py)
    assert score("Household spending remained stable.") == 0


@pytest.mark.parametrize("text, sign", [
    ("Store traffic was down sharply in most districts.", -1),
    ("Shipments and backlogs increased at manufacturers.", 1),
    ("Office vacancy rates rose further.", -1),
    ("Freight volume declined.", -1),
])
def test_beige_book_measures_of_activity_are_quantities(text, sign):
    assert score(text) * sign > 0.1


def test_job_vacancies_are_not_empty_offices():
    assert score("Job vacancies rose.") >= 0  # labour demand, not the real-estate vacancy rate


@pytest.mark.parametrize("text, expected", [
    ("Higher energy costs weighed on household spending.", -1),
    ("Uncertainty weighs heavily on business investment.", -1),
    ("Weighing its options, the board met on Tuesday.", 0),  # to weigh = to consider
    ("He warned of a sharp slowdown in exports.", -1),
    ("She warned that the report would be published on Monday.", 0),  # a reporting verb
])
def test_weigh_on_is_a_burden_and_weigh_or_warned_that_are_not(text, expected):
    if expected:
        assert score(text) < -0.1
    else:
        assert score(text) == 0


def test_an_outlook_named_by_its_topic_is_one_noun_for_the_head_noun_rule():
    # "the inflation outlook" is one noun: the movement goes back to the risks before "to"
    assert score("Upside risks to the inflation outlook have grown.") < -0.1
    assert score("Uncertainty about the economic outlook has diminished.") > 0.1
    # and it is still a forecast noun, like "outlook"
    assert row("The inflation outlook is uncertain.")["forward_looking"] == row("The outlook is uncertain.")["forward_looking"]
    assert row("The inflation outlook is uncertain.")["forward_looking"]


@pytest.mark.parametrize("text", [
    "Adhering to the principle of pursuing progress while ensuring stability, the Bank will deepen reform.",
    "The Bank has sought progress while giving priority to stable macro policies.",
    "Following the requirement of seeking progress while maintaining stability, it reviewed the market.",
])
def test_the_progress_while_stability_slogan_is_no_news(text):
    assert score(text) == 0


def test_progress_outside_the_slogan_keeps_its_tone():
    assert score("Negotiators reported progress on the trade agreement.") > 0.1
    assert score("Pursuing progress while ensuring stability, officials said output grew strongly.") > 0.1
