"""Round 14 (company news, i13-r14d): "from" after a verb of benefit, harm or source names the
cause ("the company is benefiting from strong demand"), which keeps its reading; elsewhere the word
after "from" stays where a movement started (toolkit.tone.sources_from)."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("The company is benefiting from strong demand.", 1),
    ("The company is benefiting from strong demand for data centre equipment.", 1),
    ("Support came from strong consumer spending.", 1),
    ("The pressure on margins stems from rising costs.", -1),
    ("The company is profiting from robust sales in Asia.", 1),
])
def test_a_cause_after_from_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Exports fell from high levels.", -1),  # an origin: "high" is where the fall started
    ("Growth slowed from its strong pace.", -1),
    ("Output rebounded from a sharp decline.", 1),
])
def test_the_word_after_from_a_movement_stays_its_origin(text, sign):
    assert score(text) * sign > 0.1


def test_a_movement_noun_after_a_cause_verb_stays_an_origin():
    """'resulted from a drop in tax revenues' (a determiner after 'from'): the drop does not move the
    deficit across the verb."""
    assert score("The record deficit resulted from a drop in tax revenues.") <= 0.1


def test_a_benefit_from_prices_is_left_to_the_origin_rule():
    """'should benefit from higher prices': a seller's prices, which the guidelines leave open; the
    price is not read as inflation rising against the benefit."""
    assert score("Drillers should also benefit from higher prices.") > 0.1
    assert score("Citrus producers benefited from high selling prices.") > 0.1


def test_a_cause_word_without_a_quantity_after_it_stays_an_origin():
    """'come from low sulfur coal': 'low' names no quantity of the sentence, so it moves none."""
    from conftest import tone_terms

    assert not any("low" in term for term in tone_terms("Half of the growth will come from low sulfur coal."))
