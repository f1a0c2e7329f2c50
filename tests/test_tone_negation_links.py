"""Issue 13, round 10 (Beige Book): a negation reaches over a verb of consequence ("not often
translating into higher wages", "few signs that any optimism was translating into increased loan
demand", "have not led to a noticeable pickup in hiring"): it denies the consequence. A movement or
an "and" between the negator and the verb spends the negation first, and an affirmed verb of
consequence negates nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms
from toolkit.tone import explain


@pytest.mark.parametrize("text, sign", [
    ("Tight labor markets are apparently not often translating into higher wages.", -1),
    ("There were few signs that any optimism was translating into increased loan demand.", -1),
    ("Lower rates have not led to a noticeable pickup in hiring.", -1),
    ("Strong orders have not yet fully translated into significantly higher profits.", -1),
    ("The rate increases have not fed through to weaker consumer spending.", 1),
])
def test_the_negation_reaches_the_consequence(text, sign):
    assert sign * score(text) > 0.1


def test_explain_names_the_verb_it_relays_through():
    rows = explain("Lower rates have not led to a noticeable pickup in hiring.")
    assert rows["rule"].str.contains("negation 'to'").any()


@pytest.mark.parametrize("text, term", [
    ("Output did not decline and this led to more hiring.", "more hiring"),  # spent on the decline
    ("Stronger sales have led to higher profits.", "higher profits"),  # no negator at all
    ("Sales did not fall, and this led to more hiring.", "more hiring"),  # another comma clause
    ("Without doubt, the gains are translating into higher wages.", "higher wages"),  # too far before
])
def test_a_consequence_stated_plainly_keeps_its_tone(text, term):
    rows = explain(text)
    assert rows.loc[rows["term"] == term, "contribution"].iloc[0] > 0


@pytest.mark.parametrize("text, sign", [
    ("Sales stopped declining in the spring.", 1),
    ("Sales at most stores stopped growing.", -1),
    ("Demand for office space has ceased to grow.", -1),
    ("Factory employment has stopped falling.", 1),
])
def test_a_verb_of_ending_denies_the_movement_after_it(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("The plant stopped production as sales fell.", "sales fell"),  # no movement right after it
    ("Hiring stopped, and then sales rose.", "sales rose"),
])
def test_a_verb_of_ending_without_a_movement_right_after_it_negates_nothing(text, term):
    rows = explain(text)
    assert "negation" not in " ".join(rows.loc[rows["term"] == term, "rule"])


def test_production_stopped_alone_is_left_as_it_is():
    assert terms("Production stopped at the plant.") == []


@pytest.mark.parametrize("text, sign", [
    ("No district reported a decline in sales.", 1),
    ("None of the contacts reported layoffs.", 1),
    ("Few firms plan to cut jobs.", 1),
    ("Not a single contact reported higher sales.", -1),
    ("Retailers doubt that sales will improve.", -1),
])
def test_a_negated_subject_denies_what_it_reports(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("No layoffs were reported, and sales rose.", 1),  # the negation is spent on the layoffs
    ("Contacts reported higher sales.", 1),  # no negator at all
    ("No change in hiring was reported, and sales rose strongly.", 1),
    ("The softness in refinancing has been mitigated by reports of strong home-equity lending.", 1),
])
def test_a_spent_or_absent_negation_denies_nothing_reported(text, sign):
    assert sign * score(text) > 0.1
