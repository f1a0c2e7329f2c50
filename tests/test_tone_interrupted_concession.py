"""Issue 13, round 13 (contrast and concession, guidelines rule 6): a concession set off by commas
between a subject and its predicate ("Uncertainty, while still elevated, has diminished") leaves
the main clause - the subject with the predicate after the commas - to decide. A relative clause
between the commas ("Uncertainty, which had been elevated, has receded") is read the same way, and
the subject is the head of its phrase ("demand for loans", "concerns about inflation"). Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Uncertainty, while still elevated, has diminished.", 1),
    ("Inflation, while still elevated, has eased.", 1),
    ("Coal production, although down from last year, has increased slightly in recent weeks.", 1),
    ("Medical insurance costs, though still rising, have decelerated somewhat.", 1),
    ("Downside risks, although still present, have receded.", 1),
])
def test_the_predicate_after_the_commas_is_the_subjects(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The unemployment rate, though lower, remains elevated.", -1),
    ("Demand for steel, while still strong, softened somewhat.", -1),
    ("Sales rose, while costs increased.", 1),  # no subject before the concession: the main clause first
    ("Exports, which had been weak, picked up.", 1),  # a relative clause, not a concession
])
def test_other_commas_keep_their_reading(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Uncertainty surrounding the economic outlook, which had been elevated for most of the year, has receded.", 1),
    ("Concerns about inflation, which had been building for months, have eased.", 1),
    ("Downside risks to growth, which had been pronounced earlier in the year, have receded.", 1),
    ("Business investment, which had been weak for several quarters, has picked up.", 1),
    ("Tensions in funding markets, which had intensified in the spring, have eased.", 1),
    ("Uncertainty about the outlook, while still elevated, has diminished.", 1),
])
def test_the_predicate_after_a_relative_clause_is_the_heads(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Growth depends on exports, which have been falling.", -1),  # the relative clause closes the sentence
    ("Sales rose, which was welcome.", 1),
    ("Hotel occupancy, which had been slumping for most of the year, fell sharply in September.", -1),
])
def test_a_relative_clause_that_closes_or_agrees_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1
