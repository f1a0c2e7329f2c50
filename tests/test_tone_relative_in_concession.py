"""Issue 13, round 11 (Beige Book): a relative clause after a comma belongs to the clause before it,
so inside an exception or a concession it is conceded too and the main clause decides (guidelines
rule 6): "sales were weak, except for luxury cars, which sold strongly" is bad news. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Car sales stayed well below year-earlier levels, except for luxury models, which posted strong gains.", -1),
    ("Manufacturing activity increased in most districts, except in Dallas, where output declined.", 1),
    ("Retail sales were weak, except for discount chains, which reported higher sales.", -1),
    ("Hiring picked up across the District, apart from the mining sector, where employment fell sharply.", 1),
    ("Housing activity slowed, except in Boise, where builders reported strong demand.", -1),
])
def test_a_relative_clause_is_conceded_with_its_clause(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Retail sales were strong, which lifted tax revenues.", 1),  # no concession: the relative adds tone
    ("Sales were weak except for luxury cars, and demand for trucks fell sharply.", -1),
    ("With the exception of autos, retail sales were strong.", 1),
])
def test_without_a_concession_nothing_changes(text, sign):
    assert sign * score(text) > 0.1

