"""The outlook scorer's rule families of issue 13, each with sentences that must fire and sentences
that must not: uncertainty and risk nouns, intentions and commitments, report-style comparisons,
"yet", forward-looking cues and hedges (the month "May" included)."""
from __future__ import annotations

import pytest

from toolkit.tone import MODIFIERS, score_texts


def row(text: str):
    return score_texts([text]).loc[0]


def score(text: str) -> float:
    return float(row(text)["score"])


def forward(text: str) -> bool:
    return bool(row(text)["forward_looking"])


def hedges(text: str) -> int:
    return int(row(text)["uncertainty"])


# ------------------------------------------------------------------ uncertainty and risk nouns
@pytest.mark.parametrize("text", [
    "Uncertainty about the outlook has risen.",
    "Uncertainty over the recovery increased further.",
    "Downside risks have grown.",
    "Risks to the outlook for growth have intensified.",
    "Concerns about the banking system mounted.",
])
def test_a_rise_of_uncertainty_or_risk_is_negative_across_about_to_over(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Uncertainty about the outlook has diminished.",
    "Risks to the outlook have subsided.",
    "Concerns over the recovery have faded.",
    "Uncertainty surrounding trade policy has lessened.",
    "Tensions in money markets waned.",
])
def test_a_fall_of_uncertainty_or_risk_is_positive(text):
    assert score(text) > 0.1


def test_the_head_noun_takes_the_movement_not_the_noun_after_the_preposition():
    terms = [t.term for t in row("Uncertainty about the outlook has risen.")["terms"] if t.contribution]
    assert terms == ["uncertainty risen"]


def test_a_good_quantity_after_to_still_pairs_with_its_own_movement():
    # "exports to China rose": the head noun is good news too, and the sentence stays positive
    assert score("Exports to China rose.") > 0.1
    assert score("Exports to China fell.") < -0.1


# ------------------------------------------------------------------ intentions and commitments
@pytest.mark.parametrize("text", [
    "The Committee will continue to support a strong recovery.",
    "It is necessary to strengthen the recovery of consumption.",
    "Efforts will be made to boost employment and improve incomes.",
    "Measures will be taken to stabilize growth and prevent risks.",
    "The ministry will guide enterprises to expand investment.",
    "The PBC stands ready to support a robust recovery.",
    "We shall keep liquidity ample and stable.",
    "Banks must strengthen their lending to small firms.",
])
def test_an_intention_or_commitment_of_the_institution_is_neutral(text):
    r = row(text)
    assert r["label"] == "neutral" and r["score"] == 0
    assert any(t.stance == "intention" for t in r["terms"])


@pytest.mark.parametrize("text, sign", [
    ("Growth will pick up next year.", 1),  # a forecast about the economy, not a commitment
    ("Unemployment should fall further.", 1),
    ("The company will cut 500 jobs.", -1),  # a company is not the institution
    ("The Committee will keep rates low, but growth has slowed.", -1),  # the clause after "but" is an observation
    ("The PBC stands ready to act, because growth has weakened sharply.", -1),
])
def test_forecasts_and_observations_beside_a_commitment_keep_their_tone(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The Committee decided today to lower its target to support a stronger recovery.",
    "The Committee voted to ease policy to bolster a robust expansion.",
])
def test_a_policy_decision_of_the_institution_is_neutral_and_not_forward_looking(text):
    r = row(text)
    assert r["score"] == 0 and not r["forward_looking"]


def test_a_decision_taken_by_no_institution_is_an_observation():
    assert score("Investors decided to sell as losses mounted sharply.") < -0.1


def test_an_outcome_stated_beside_a_decision_keeps_its_tone():
    assert score("The Committee decided to cut rates because the recovery has weakened sharply.") < -0.1


def test_terms_say_intention_or_observation_so_users_can_filter():
    terms = row("Output rose. The Committee will support growth.")["terms"]
    stances = {t.term: t.stance for t in terms if t.kind != "hedge"}
    assert stances["output rose"] == "observation"
    assert stances["support growth"] == "intention"  # "support" moves its object (test_tone_transitive)


# ------------------------------------------------------------------ report-style comparisons
@pytest.mark.parametrize("text, sign", [
    ("Exports grew 5.2 percent year on year in April, up from 3.1 percent in March.", 1),
    ("Retail sales were 3.5 trillion yuan in the first quarter, up 4.2 percent year on year.", 1),
    ("The jobless rate was 5.1 percent in June, up from 4.6 percent a year earlier.", -1),
    ("Unemployment stood at 4.1 percent in March, down from 4.5 percent.", 1),
    ("Net profit of listed firms declined to 3.2 billion yuan in 2019 from 4.1 billion yuan.", -1),
    ("Industrial output rose 6.1 percent on an annual basis in November.", 1),
])
def test_numbers_and_units_do_not_break_a_pair(text, sign):
    assert sign * score(text) > 0.1


def test_up_from_pairs_with_the_subject_of_the_sentence():
    terms = [t.term for t in row("Exports reached 5.2 billion in April, up from 3.1 billion.")["terms"]]
    assert "exports up from" in terms


def test_up_from_after_a_rate_of_growth_is_the_pace_of_that_growth():
    # round 14 (toolkit.tone.rate_comparisons): the rate quickened, no second movement of exports
    terms = row("Exports grew 5.2 percent in April, up from 3.1 percent.")["terms"]
    assert [t.term for t in terms] == ["exports grew"] and "pace 'up from" in terms[0].rule


def test_growth_that_slows_down_from_a_higher_rate_is_not_positive():
    assert score("Exports grew 5.2 percent in April, down from 7.1 percent in March.") <= 0.1


def test_numbers_do_not_stretch_the_window_for_words_far_apart():
    # the units are free, the other words are not: no pair across a long stretch of words
    text = "Exports, which the agency said had been revised several times this spring, rose."
    assert "exports rose" not in [t.term for t in row(text)["terms"]]


# ------------------------------------------------------------------ "yet"
@pytest.mark.parametrize("text", [
    "Growth is solid, yet risks remain elevated.",
    "Sales improved, yet profits fell sharply.",
])
def test_yet_is_a_contrast_word(text):
    assert score(text) < -0.1
    assert any("contrast" in t.modifiers for t in row(text)["terms"])


@pytest.mark.parametrize("text", [
    "The recovery has yet to gain strength.",
    "Employment has not yet improved.",
])
def test_yet_to_and_not_yet_negate(text):
    assert score(text) < 0


def test_as_yet_is_no_contrast():
    assert not any("contrast" in t.modifiers for t in row("Output rose, as yet modestly, in May.")["terms"])


# ------------------------------------------------------------------ forward-looking
@pytest.mark.parametrize("text", [
    "Growth could slow later on.",
    "Inflation may rise.",
    "Output might recover.",
    "Unemployment should fall further.",
    "A rate cut would help exporters.",
    "If demand weakens, the bank will act.",
    "The outlook for growth is favorable.",
    "Growth is projected to pick up.",
    "The Committee expects inflation to rise.",
    "Efforts will be made to boost employment.",
])
def test_forward_looking_cues_fire(text):
    assert forward(text)


@pytest.mark.parametrize("text", [
    "Inflation was higher than expected.",
    "Growth slowed as expected.",
    "The outlook was revised down last month.",
    "Output rose in May.",
    "Exports fell 3 percent in the first quarter.",
    "Earlier forecasts had been too optimistic.",
])
def test_forward_looking_does_not_fire_on_past_or_compared_forecasts(text):
    assert not forward(text)


# ------------------------------------------------------------------ hedging
@pytest.mark.parametrize("text", [
    "Growth is likely to slow.",
    "Inflation is expected to rise.",
    "Output is projected to recover.",
    "Output may decline.",
    "Demand would weaken if rates rose.",
])
def test_hedges_fire_on_forecast_words_and_modals(text):
    assert hedges(text) >= 1


@pytest.mark.parametrize("text", [
    "Output rose in May.",
    "Exports in May fell.",
    "Inflation was higher than expected.",
    "Sales grew strongly.",
])
def test_hedges_do_not_fire_on_may_the_month_or_on_than_expected(text):
    assert hedges(text) == 0


def test_may_opening_a_sentence_is_still_the_modal():
    assert hedges("May output recover soon?") == 1


def test_uncertainty_is_hedge_intensity():
    assert hedges("Growth may possibly slow, and risks are likely to rise.") > hedges("Growth may slow.") > 0


# ------------------------------------------------------------------ the rules are data
def test_the_new_rule_families_are_rows_of_the_modifier_table():
    kinds = {m.kind for m in MODIFIERS}
    assert {"commitment", "decision", "actor", "observation", "comparison", "unit", "forecast noun",
            "past"} <= kinds


# ------------------------------------------------------------------ levels: figures quoted without an evaluation
@pytest.mark.parametrize("text", [
    "Outstanding bank loans grew by 9 percent in March.",
    "Broad money supply increased 11 percent year on year.",
    "The exchange rate depreciated 2 percent against the dollar.",
    "Government bond yields rose in the quarter.",
    "Deposits at commercial banks declined slightly in June.",
])
def test_a_movement_of_credit_money_or_exchange_rates_alone_is_neutral(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Bank loans grew by 9 percent while exports fell sharply.", -1),
    ("Credit growth picked up, supporting a recovery in investment.", 1),
    ("Loan demand weakened further.", -1),
])
def test_a_level_beside_real_activity_leaves_the_activity_its_tone(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Advanced economies raised their policy rates.",
    "Members agreed that the decision was consistent with the framework.",
    "The central bank continued to implement a sound monetary policy.",
])
def test_names_and_procedure_words_carry_no_tone(text):
    assert abs(score(text)) <= 0.1


def test_advanced_as_a_movement_still_pairs():
    assert score("Manufacturing output advanced strongly.") > 0.1


# ------------------------------------------------------------------ reported views: the reporting verb is not the news
@pytest.mark.parametrize("text, sign", [
    ("It was agreed that the economy has maintained a rapid and steady recovery.", 1),
    ("It was emphasized at the meeting that demand remains weak.", -1),
    ("A further slowdown in hiring was stressed.", -1),
    ("Members stressed that exports had picked up.", 1),
])
def test_a_reported_view_is_labelled_by_the_view(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "It was agreed that the next meeting would be held in March.",
    "It was stressed that policy communication should be clear.",
])
def test_a_reporting_verb_alone_carries_no_tone(text):
    assert abs(score(text)) <= 0.1


# ------------------------------------------------------------------ "will continue to": a commitment only when the institution says it
@pytest.mark.parametrize("text, sign", [
    ("Growth will continue to be driven by resilient domestic spending.", 1),
    ("Unemployment will continue to rise next year.", -1),
])
def test_will_continue_to_without_an_actor_is_a_forecast_with_its_tone(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The Committee will continue to support a strong recovery.",
    "The central bank will continue to promote steady growth of credit.",
])
def test_will_continue_to_said_by_the_institution_is_neutral(text):
    assert abs(score(text)) <= 0.1


# ------------------------------------------------------------------ carrier heads: "growth in X" moves with X
@pytest.mark.parametrize("text, expected", [
    ("Growth in unemployment slowed.", 1),
    ("The growth of losses eased in the quarter.", 1),
    ("Growth in credit slowed to 11.8 percent from 18.2 percent.", 0),
    ("Growth of economic activity has slowed.", -1),
    ("Growth in exports picked up.", 1),
])
def test_growth_in_a_quantity_takes_the_quantitys_valence(text, expected):
    s = score(text)
    assert (s > 0.1) - (s < -0.1) == expected


def test_other_head_nouns_still_take_the_movement():
    assert score("Pressures in some markets increased.") < -0.1
    assert score("Uncertainty about the outlook has diminished.") > 0.1


# ------------------------------------------------------------------ risk phrases and relative clauses
@pytest.mark.parametrize("text", [
    "Persistent slack poses downward risks to inflation.",
    "Downside risks to growth remain.",
    "Upside risks to inflation have grown.",
])
def test_downward_and_upside_risks_are_risks_not_movements(text):
    assert score(text) < -0.1
    assert hedges(text) >= 1


def test_downside_risks_receding_is_good_news():
    assert score("Downside risks have diminished.") > 0.1


def test_a_relative_clause_keeps_its_movement_with_the_noun_before_it():
    # "weak" is said of the economy, not handed back to "uncertainty"
    assert score("The attacks heightened uncertainty in an economy that was already weak.") < -0.5
    assert score("Confidence in an economy that was already strong improved.") > 0.1


# ------------------------------------------------------------------ purpose clauses: an aim states no outcome
@pytest.mark.parametrize("text", [
    "The measures are designed to support a sustained recovery.",
    "The bank cut rates in order to boost demand.",
    "The programme aims to promote steady growth of exports.",
])
def test_tone_inside_a_purpose_clause_counts_zero(text):
    assert abs(score(text)) <= 0.1


def test_the_outcome_beside_a_purpose_clause_keeps_its_tone():
    assert score("Exports fell sharply, and the bank cut rates to support demand.") < -0.1
    assert score("Demand recovered strongly after the bank acted to support it.") > 0.1


# ------------------------------------------------------------------ concessions: the main clause decides
@pytest.mark.parametrize("text, sign", [
    ("Although output and sales rose, demand weakened.", -1),
    ("Despite higher costs and weaker exports, profits improved.", 1),
    ("While hiring and wages picked up, investment contracted.", -1),
])
def test_the_main_clause_outweighs_a_concession_of_several_facts(text, sign):
    assert score(text) * sign > 0.1


# ------------------------------------------------------------------ "more than N": an amount, not a movement
@pytest.mark.parametrize("text", [
    "The meeting was attended by more than 30 industry associations.",
    "Less than half of the firms in the industry reported.",
])
def test_more_than_a_number_is_not_a_rise(text):
    assert abs(score(text)) <= 0.1


def test_movements_beside_more_than_still_pair():
    assert score("Exports grew by more than 10 percent.") > 0.1
    assert score("More jobs were created.") > 0.1
    assert score("Output fell by more than 5 percent.") < -0.1


# ------------------------------------------------------------------ "continue to improve": a complement, not a purpose
@pytest.mark.parametrize("text, sign", [
    ("Retail sales continue to improve.", 1),
    ("Employment in manufacturing continued to weaken.", -1),
    ("Demand began to recover in the spring.", 1),
])
def test_a_verb_with_a_to_complement_keeps_its_tone(text, sign):
    assert score(text) * sign > 0.1


def test_appears_to_is_still_a_hedge():
    assert hedges("Growth appears to have slowed.") == 1
    assert score("Growth appears to have slowed.") < -0.1


def test_a_purpose_clause_ends_at_a_contrast():
    # "to improve" is a goal; after "but" the sentence states an outcome again, at full weight
    terms = row("The bank acted to improve conditions but demand weakened.")["terms"]
    weakened = [t for t in terms if t.term == "demand weakened"]
    assert weakened and weakened[0].contribution == pytest.approx(-1.0)
    assert "purpose" not in weakened[0].modifiers
    assert score("The bank acted to improve conditions, but demand weakened.") < -0.1


def test_a_purpose_clause_still_zeroes_the_goal_before_the_contrast():
    terms = row("The bank acted to improve conditions but demand weakened.")["terms"]
    assert not any(t.term == "improve" and t.contribution != 0 for t in terms)


# ------------------------------------------------------------------ weak activity said without a movement word
@pytest.mark.parametrize("text", [
    "Demand for machinery faltered in the second half.",
    "Tourism was among the hardest hit sectors.",
    "Exporters are reluctant to commit to new investment.",
    "Activity in the region has been lackluster.",
])
def test_words_of_weak_activity_are_negative(text):
    assert score(text) < -0.1


def test_a_word_of_weak_activity_negated_is_not_negative():
    assert score("Demand did not falter.") > -0.1


# ------------------------------------------------------------------ intentions with "also" and "make efforts to"
@pytest.mark.parametrize("text", [
    "Efforts should also be made to expand channels for direct financing and boost consumption.",
    "Commercial banks should make efforts to improve the loan structure and strengthen growth.",
    "The structure of credit should also be optimized to support a strong recovery.",
])
def test_an_intention_with_also_or_make_efforts_is_neutral(text):
    assert abs(score(text)) <= 0.1
    assert forward(text)


def test_an_outcome_after_an_intention_still_counts():
    assert score("Efforts should also be made to stabilise employment, which has come under severe pressure.") < -0.1
