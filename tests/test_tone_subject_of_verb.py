"""Issue 13, round 12 (Beige Book): a movement word right before a verb that moves its object is that
verb's subject, a noun ("tax cuts spurred spending"): the object is the verb's, the movement word does
not also take it ("cuts spending" is not read). A movement verb with its own object ("firms cut
spending") and a verb after a quantity ("higher costs cut profits") keep their readings. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Recent tax cuts spurred spending.", "cuts spending"),
    ("Tax cuts spurs spending.", "cuts spending"),
    ("Budget cuts reduced spending on equipment.", "cuts spending"),
    ("Wage cuts dampened spending.", "cuts spending"),
])
def test_a_movement_noun_before_a_verb_does_not_take_the_verbs_object(text, term):
    assert term not in terms(text)


def test_tax_cuts_spurring_spending_is_good_news():
    assert score("Recent tax cuts spurred spending.") > 0.5


@pytest.mark.parametrize("text, term", [
    ("Firms cut spending.", "cut spending"),  # the verb with its own object
    ("Higher costs cut profits.", "cut profits"),  # a verb after a quantity
    ("Retailers trimmed inventories and cut spending.", "cut spending"),
    ("Falling orders slashed profits.", "slashed profits"),  # a movement word that is no transitive noun
])
def test_a_movement_verb_with_its_own_object_still_moves_it(text, term):
    assert term in terms(text)

