"""Round 14 (company news, i13-r14d): the figures of company reports the lexicon names (cash flow,
deliveries, passengers, the number of employees, gearing, a company's guidance) move like the quantities they are
(guidelines rule 1 and 10), and lost orders, cancelled contracts and breached covenants are bad news
by themselves."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Operating cash flow weakened to EUR 2.1 mn.", -1),
    ("Free cash flow improved to USD 310 million.", 1),
    ("Deliveries increased to 1,240 units from 1,050 units.", 1),
    ("The airline's passenger numbers increased by 8 % in March.", 1),
    ("The number of staff rose to 410 from 380.", 1),
    ("The number of employees decreased by 80.", -1),
    ("Gearing rose to 85 percent.", -1),
    ("Quarterly sales topped analysts' forecasts.", 1),
    ("The group raised its full-year guidance.", 1),
    ("The company lowered its profit forecast for 2024.", -1),
    ("The customer cancelled an order for 20 aircraft.", -1),
    ("The company lost a major contract with a British retailer.", -1),
    ("The company breached its loan covenants.", -1),
    ("Order cancellations rose in the quarter.", -1),
    ("Adding to their cash flow problems, farmland values have not been rising.", -1),
])
def test_the_company_figure_moves_or_tells_the_news(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The Committee strengthened its forward guidance.",  # the policy tool stays a figure
    "Share prices topped out in March.",  # a peak, no rise above a benchmark
    "The company will publish its cash flow statement on Monday.",  # no movement
    "The contract covers deliveries of 40 trains.",  # no movement
    "The company reiterated its full-year guidance.",  # repeated, not revised
    "Builders are gearing up to provide capacity.",  # the verb, not the debt ratio
    "Purchasing managers reported slower deliveries.",  # the speed of suppliers, no fall of output
])
def test_figures_without_a_movement_or_of_policy_give_no_tone(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Gross written premiums increased by 7 % to EUR 1.1 bn.", 1),
    ("The number of subscribers grew to 2.4 million.", 1),
    ("Net sales developed favourably in all segments.", 1),
    ("Sales in Russia developed weakly.", -1),
    ("Sales in the Baltic countries developed favourably.", 1),
])
def test_report_style_figures_and_developments_carry_their_direction(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The company has signed an agreement to acquire a Danish packaging firm.",
    "The group signed a share purchase agreement with the sellers.",
    "The merger agreement was approved by the shareholders.",
    "The company signed a loan agreement with the Nordic Investment Bank.",
    "The value of the agreement is some EUR 3 mn.",
])
def test_an_agreement_that_is_a_transaction_is_no_success(text):
    assert abs(score(text)) <= 0.1


def test_an_agreement_reached_alone_keeps_its_reading():
    assert score("The two sides reached an agreement on tariffs.") > 0.1
