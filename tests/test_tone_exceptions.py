"""Issue 13, round 8 (Beige Book): an exception ("except for", "except in", "with the exception of",
"apart from", "aside from") is down-weighted like a concession: the main clause decides (guidelines
rule 6). "Retail sales were weak except for strong sales of luxury goods" is bad news. An exception
that carries no tone leaves the main clause as it was. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Retail sales were weak except for strong sales of luxury goods.", -1),
    ("Retail sales were strong, with the exception of weak furniture sales.", 1),
    ("With the exception of weak furniture orders, manufacturing activity expanded.", 1),
    ("Aside from solid gains in tourism, activity in the District weakened.", -1),
    ("Except for strong demand for trucks, orders for machinery fell.", -1),
])
def test_the_main_clause_decides_over_an_exception(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Construction continues at a high level with the exception of the St. Louis area.", 1),
    ("Sales fell in every District except for Boston.", -1),
    ("Except for energy, prices were unchanged.", 0),
])
def test_an_exception_without_tone_leaves_the_main_clause(text, sign):
    value = score(text)
    assert (sign * value > 0.1) if sign else value == 0.0


def test_other_than_is_no_exception_word():
    """"items other than food and energy" names a measure (core inflation): no concession."""
    from toolkit.tone import explain
    assert not explain("Prices of items other than food and energy rose sharply.")["rule"].str.contains(
        "concession").any()
