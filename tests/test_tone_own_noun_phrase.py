"""Issue 13, round 12 (Beige Book): a movement word with a noun of its own right after it ("softening
rental rates") does not reach over "and" to the quantity of the next movement word's phrase ("and rising
vacancy rates"): that quantity is the next movement's. A movement word before a conjunction ("lower or
flat sales") or right before its quantity keeps its pair. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Landlords reported softening rental rates and rising vacancy rates.", "softening vacancy rates"),
    ("Brokers cited weaker lease terms and rising vacancy rates.", "weaker vacancy rates"),
    ("Analysts noted firmer lease rates and rising vacancy rates.", "firmer vacancy rates"),
    ("Brokers noted softer lease terms and rising office vacancies.", "softer office vacancies"),
    ("Contacts cited weaker customer counts and rising delinquencies.", "weaker delinquencies"),
])
def test_a_movement_word_with_its_own_noun_does_not_take_the_next_phrases_quantity(text, term):
    assert term not in terms(text)


@pytest.mark.parametrize("text, term", [
    ("But lower or flat sales were seen in several markets.", "lower sales"),  # a conjunction after it
    ("Weaker apparel sales and rising unemployment were reported.", "weaker sales"),
    ("Retailers saw rising foot traffic and higher sales.", "higher sales"),
])
def test_pairs_inside_each_phrase_stay(text, term):
    assert term in terms(text)
