"""Issue 13, round 12 (Beige Book): "hire(d) + comparative + worker noun" is hiring moved by the
comparative ("firms hired fewer workers" is bad news, "hired additional staff" good news, guidelines
rule 1); without the comparative or without a worker noun nothing is read. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Several firms hired fewer workers this year.",
    "Manufacturers in the district hired fewer seasonal employees than a year ago.",
    "Retailers hired less help for the holidays.",
    "Most restaurants hired fewer staff this summer.",
])
def test_hiring_fewer_workers_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Manufacturers hired additional workers in March.",
    "Retailers hired more seasonal workers than last year.",
    "Several construction firms hired extra staff.",
    "Hospitals hired more nurses during the quarter.",
])
def test_hiring_more_workers_is_good_news(text):
    assert score(text) > 0.1


def test_negated_hiring_of_more_workers_is_not_good_news():
    assert score("Firms did not hire more workers.") < 0


@pytest.mark.parametrize("text", [
    "Firms hired workers.",  # no comparative: a level
    "Staffing firms placed more workers in temporary jobs.",  # no verb of hiring
    "Additional workers were needed at the port.",  # no verb of hiring
    "The firm hired more consultants to review its accounts.",  # not a worker noun of the list
])
def test_no_hiring_reading_without_the_whole_construction(text):
    assert "hiring" not in " ".join(terms(text))
