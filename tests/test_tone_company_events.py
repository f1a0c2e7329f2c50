"""Issue 13, round 13 (company and trade news, i13-r13c): events of a company that are news by
themselves. A filing for bankruptcy is a failure ("for" names no topic here, unlike "the foundation for
recovery"); an order won, received or secured is orders up for the firm (guidelines rule 1: orders);
cost savings are costs saved. An order or a contract only described, or a bankruptcy law, is no news.
Rows: the lexicon block "round 13, report-style comparisons and company news". Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The supplier filed for bankruptcy in May.",
    "The retailer has filed for insolvency after sales collapsed.",
    "Two of the largest shipyards went bankrupt last year.",
    "The subsidiary entered administration in March.",
    "The developer is seeking bankruptcy protection.",
])
def test_a_firm_that_fails_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "The shipyard won an order for two cruise ships from a US operator.",
    "The company received an order worth EUR 8 mn from a Norwegian shipowner.",
    "The group has secured a contract to supply 40 trains.",
    "The engineering firm was awarded a contract by the city of Oslo.",
    "The merger is expected to generate annual cost savings of EUR 20 mn.",
])
def test_an_order_won_or_costs_saved_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The contract covers the supply of 40 trains over five years.",
    "The value of the order is about EUR 2 mn.",
    "The new bankruptcy law takes effect in January.",
    "The company appointed a new chief financial officer.",
    "The company acquired a 60 percent stake in a Swedish software firm.",
])
def test_an_order_or_a_deal_only_described_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_a_negated_order_win_is_not_good_news():
    assert score("The shipyard has not won an order this year.") < 0.1
