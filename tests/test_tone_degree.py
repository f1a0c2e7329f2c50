"""Issue 13, third round: comparatives of a state ("more resilient", "less difficult") say its
degree, not a movement of some quantity nearby; "less" gives half the opposite news. A quantity
named after a state word and a preposition ("resilient against shocks") is its topic and does not
count alone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign", [
    ("The banking system has grown more resilient against shocks.", 1),
    ("Lenders reported that households were less vulnerable to higher rates.", 1),
    ("Conditions for exporters became less difficult in the autumn.", 1),
    ("Contacts judged tourism less robust than hoped.", -1),
    ("The district's farm economy became more fragile over the winter.", -1),
])
def test_a_comparative_before_a_state_word_is_its_degree(text, sign):
    assert sign * score(text) > 0.1
    assert not any(t.startswith(("more ", "less ")) or t.endswith((" more", " less")) for t in terms(text))


@pytest.mark.parametrize("text, term", [
    ("Exports were higher in the spring.", "exports higher"),
    ("There were fewer job losses in the district.", "fewer job losses"),
    ("Firms hired more workers in the quarter.", None),  # "more" before a noun: no state word
    ("Profits were less in the second half.", "profits less"),
])
def test_comparatives_elsewhere_are_still_levels(text, term):
    found = terms(text)
    if term is None:
        assert not any("resilient" in t for t in found)
    else:
        assert term in found


@pytest.mark.parametrize("text, gone", [
    ("The economy proved resilient against external shocks.", "shocks"),
    ("Builders remain vulnerable to a renewed slump.", "slump"),
    ("Retailers were resilient, though shocks to supply chains persisted.", None),  # another comma clause
])
def test_a_quantity_after_a_state_and_a_preposition_is_its_topic(text, gone):
    found = terms(text)
    if gone is None:
        assert any("shocks" in t for t in found)
    else:
        assert gone not in found
