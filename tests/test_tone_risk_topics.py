"""Issue 13, sixth round: the topic of a risk. The quantities named inside the topic of a risk head
("risks to the attainment of both sustainable growth and price stability") say what the risk is
about, not how the economy stands, and do not count on their own; the balance words ("roughly
equal", "in balance", "balanced") say the risks name no side, and cancel the risk and themselves
whatever else reaches one of them (a purpose "to keep", an intention "should be kept"). A side or a
rise of the risks stays bad news. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Members judged the risks to the attainment of both maximum employment and sustainable growth to be roughly "
    "equal.",
    "The staff saw the risks to the attainment of both full employment and robust growth as evenly balanced.",
    "Further tightening may be needed to keep the risks to the attainment of both robust growth and price "
    "stability roughly in balance.",
    "The risks to the attainment of sustainable growth and price stability should be kept roughly equal.",
])
def test_balanced_risks_to_named_goals_are_neutral(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, word", [
    ("Risks to the attainment of both sustainable economic growth and price stability remain.", "sustainable"),
    ("Risks to the attainment of both steady employment and sustainable growth remain.", "sustainable"),
    ("Uncertainty about sales and profits persists.", "profits"),
    ("Risks to growth and profits are tilted to the downside.", "profits"),
])
def test_a_quantity_or_state_in_the_topic_of_a_risk_does_not_count(text, word):
    assert word not in terms(text)


@pytest.mark.parametrize("text", [
    "Risks to the attainment of sustainable growth have increased.",
    "The risks to the attainment of both growth and price stability are tilted to the downside.",
    "Risks to balanced growth have increased.",  # a balance word before a quantity qualifies it
    "Downside risks to growth and employment have risen.",
])
def test_risks_with_a_side_or_a_rise_stay_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The economy is on a balanced path.",
    "Growth was robust and employment rose.",  # no risk head: the quantities count
    "Profits rose and the budget is balanced.",
])
def test_a_balance_word_without_a_risk_keeps_its_reading(text):
    assert score(text) > 0.1


def test_a_quantity_after_a_risk_in_another_clause_still_counts():
    assert "robust growth" in " ".join(terms("Risks remain, but robust growth continued."))


def test_a_policy_firming_is_a_policy_action_not_news():
    assert score("The Committee expects that further policy firming will be needed.") == 0


@pytest.mark.parametrize("text, term", [
    ("Risks in the banking sector rose sharply and growth picked up.", "growth picked up"),  # a movement ends it
    ("Risks to growth remain and exports rose.", "exports rose"),  # "and" after a predicate joins clauses
    ("Uncertainty about the outlook persists, but employment rose strongly.", "employment rose"),
])
def test_the_topic_of_a_risk_ends_at_its_predicate(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, term", [
    ("Downside risks to sales and profits have increased.", "risks increased"),
    ("Risks to growth and employment have diminished.", "risks diminished"),
])
def test_a_movement_after_a_listed_topic_moves_the_risk(text, term):
    assert any(t.endswith(term) for t in terms(text))


@pytest.mark.parametrize("text, term", [
    ("Contacts cited risks related to higher costs or weakening demand.", "weakening demand"),  # a verb's object
    ("Uncertainty about exports and tight credit remained a drag.", "drag"),  # a noun, no predicate of the risk
])
def test_a_movement_that_is_no_predicate_of_the_risk_keeps_its_pair(text, term):
    assert not any(t.startswith(("risks ", "uncertainty ")) for t in terms(text))
