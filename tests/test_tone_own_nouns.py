"""Issue 13, round 10 (Beige Book): a comparative adjective that sizes a noun of its own ("a greater
impact on profits", "a stronger emphasis on hiring", "a bigger role in growth") is no movement of the
quantity after the preposition, and that quantity, a topic, does not count alone. A quantity right
after the adjective, an adjective of a quantity, a measure noun ("higher levels of employment") and a
verb keep their reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Weather had a greater impact on profits than expected.",
    "Bankers are placing a stronger focus on deposits from businesses.",
    "Tourism has taken on a greater importance in employment.",
    "Firms placed a stronger emphasis on hiring.",
    "Exports now play a greater role in growth.",
    "Retailers gave lower priority to inventories of apparel.",
])
def test_the_adjective_sizes_its_own_noun(text):
    assert terms(text) == []
    assert score(text) == 0


@pytest.mark.parametrize("text, term", [
    ("Higher levels of employment were reported.", "higher employment"),
    ("A higher number of layoffs was reported.", "higher layoffs"),
    ("Higher auto sales were reported in the East.", "higher sales"),
    ("Retailers reported more traffic at malls.", "more traffic"),
    ("Stronger demand at retailers lifted sales.", "stronger demand"),
    ("The inflation forecast increased relative to the value considered in April.", "inflation forecast increased"),
])
def test_a_quantity_of_the_adjective_keeps_its_reading(text, term):
    assert term in terms(text)


def test_more_counts_what_follows_it():
    # "more" / "fewer" are no adjectives of a noun of their own here: more workers placed is good news
    assert score("Agencies were placing more workers in manufacturing.") > 0.1
