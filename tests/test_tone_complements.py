"""Issue 13, second round: a quantity that is the complement of a head that speaks ("risks to
growth", "uncertainty over the recovery", "the outlook for growth") names the head's topic and
does not count alone; a carrier right after a quantity ("debt growth", "wage growth") is that
quantity's rate and reads with its valence, alone too. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain, score_texts

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Members stressed the uncertainty about growth in the region.",
    "Analysts pointed to considerable risks to the recovery.",
    "Directors noted the uncertainty surrounding the expansion.",
])
def test_a_good_quantity_after_a_bad_head_is_its_topic(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The Board discussed the outlook for growth in the euro area.",
    "Directors reviewed the prospects for profits in the banking sector.",
])
def test_a_quantity_after_a_forecast_noun_names_its_topic(text):
    assert score_texts([text]).loc[0, "label"] == "neutral"
    assert not any(t in ("growth", "profits") for t in terms(text))


@pytest.mark.parametrize("text", [
    "The economy remains exposed to considerable uncertainties.",  # a head without a tone
    "Growth in unemployment slowed.",                              # a carrier head
    "The country showed signs of recovery.",                       # no quantity as head
])
def test_a_head_without_a_tone_leaves_the_complement_its_tone(text):
    e = explain(text)
    assert len(e) and (e["contribution"] != 0).any()


def test_the_complement_still_counts_with_its_own_movement():
    assert score("Risks to the outlook receded as growth picked up.") > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Household debt growth accelerated sharply.", -1),   # the rate of debt: its valence
    ("Loan loss growth picked up in the quarter.", -1),
    ("Wage growth picked up in the spring.", 1),          # the rate of wages: good
    ("Export growth slowed markedly.", -1),
])
def test_a_rate_reads_with_the_valence_of_its_quantity(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Service providers reported substantial sales growth.", 1),  # the rate of sales: good
    ("Analysts flagged the pace of loan loss growth.", -1),        # the rate of losses: bad
])
def test_a_rate_alone_counts_with_the_valence_of_its_quantity(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Credit growth stayed near its recent pace.",  # a level: figures, no news
    "Money supply growth was reported for May.",
])
def test_the_rate_of_a_level_is_no_news(text):
    assert score_texts([text]).loc[0, "label"] == "neutral"


def test_growth_alone_keeps_its_mild_tone():
    assert score("The region returned to growth.") > 0.1
