"""Round 14 (company news, i13-r14d): the figures of company reports the lexicon names (cash flow,
deliveries, passengers, headcount, gearing, a company's guidance) move like the quantities they are
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
    ("Headcount increased to 2,350 from 2,100.", 1),
    ("The number of employees decreased by 80.", -1),
    ("Gearing rose to 85 percent.", -1),
    ("Quarterly sales topped analysts' forecasts.", 1),
    ("The group raised its full-year guidance.", 1),
    ("The company lowered its profit forecast for 2024.", -1),
    ("The customer cancelled an order for 20 aircraft.", -1),
    ("The company lost a major contract with a British retailer.", -1),
    ("The company breached its loan covenants.", -1),
    ("Order cancellations rose in the quarter.", -1),
])
def test_the_company_figure_moves_or_tells_the_news(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The Committee strengthened its forward guidance.",  # the policy tool stays a figure
    "Share prices topped out in March.",  # a peak, no rise above a benchmark
    "The company will publish its cash flow statement on Monday.",  # no movement
    "The contract covers deliveries of 40 trains.",  # no movement
    "The company reiterated its full-year guidance.",  # repeated, not revised
])
def test_figures_without_a_movement_or_of_policy_give_no_tone(text):
    assert abs(score(text)) <= 0.1
