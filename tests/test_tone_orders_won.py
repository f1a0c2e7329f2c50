"""Round 14 (company news, i13-r14d): an order or a contract won with a figure or an adjective
between the verb and its noun is an order won, as the phrase "won an order" (toolkit.tone.orders_won;
round 13 labelled orders won +1: orders up for the firm)."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Ramirent wins EUR 6 mn contract in Sweden.",
    "The company won a EUR 12 mn order from Statoil.",
    "The company has received a USD 5 million contract.",
    "The group secured two new orders.",
    "The shipyard landed a major order.",
    "The contractor won a tender to build a bridge.",
])
def test_an_order_won_with_words_between_is_good_news(text):
    assert score(text) > 0.1


def test_a_denied_order_won_is_bad_news():
    assert score("The shipyard has not received any new orders this year.") < -0.1


@pytest.mark.parametrize("text", [
    "The company won a lawsuit.",  # no order noun
    "The order was won by a rival.",  # the noun before the verb
    "The company received payment for an earlier order.",  # a word with a role between
])
def test_no_order_won_without_the_verb_before_its_noun(text):
    assert "won an order" not in terms(text)


def test_a_movement_between_keeps_its_own_reading():
    assert terms("Exporters received fewer orders.") == ["fewer orders"]
