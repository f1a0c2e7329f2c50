"""Issue 13, eleventh round (other central banks): "rates" by itself is a rate of interest, a level like
"interest rates" (guidelines rule 4): its movement is no news and does not go to another quantity
("demand fell as rates rose" is demand falling, not rising; "higher rates curbed demand" pairs "higher"
with the rates). After a quantity, or before "of", it is that quantity's rate ("unemployment rates
fell", "rates of growth slowed"), and so it is after any other noun ("room rates": read as before) and
as the pace after "at" / "from" ("increased at rapid rates"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Demand fell as rates rose.", "rates rose"),
    ("Higher rates curbed demand.", "higher rates"),
    ("Higher rates weighed on demand.", "higher rates"),
    ("Spending slowed after rates increased.", "rates increased"),
])
def test_a_movement_of_rates_alone_is_a_level(text, term):
    assert term in terms(text)


def test_demand_falling_as_rates_rose_is_bad_news():
    assert score("Demand fell as rates rose.") < -0.1


@pytest.mark.parametrize("text, term, sign", [
    ("Unemployment rates fell.", "unemployment fell", 1),
    ("Growth rates slowed.", "growth slowed", -1),
    ("Core inflation rates rose.", "inflation rose", -1),
    ("Rates of growth slowed.", "growth slowed", -1),
])
def test_rates_after_a_quantity_or_before_of_are_its_rate(text, term, sign):
    assert terms(text) == [term]
    assert score(text) * sign > 0.1


def test_rates_alone_are_no_news():
    assert score("Rates rose further.") == 0


@pytest.mark.parametrize("text, term", [
    ("Spending increased at rates similar to those in the last report.", "spending increased"),
    ("Growth moderated from the high rates of the first quarter.", "growth moderated"),
    ("Hotel occupancy and room rates were up 15 percent.", "occupancy up"),
])
def test_the_pace_of_a_movement_or_a_compound_is_not_a_rate_of_interest(text, term):
    assert term in terms(text)
