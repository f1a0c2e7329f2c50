"""Round 14 (i13-r14c): a quantity said to be mixed, varied or divergent moved both ways at once.

Guidelines rule 6: a main clause that balances a good and a bad fact of similar weight is 0. "Reports on
consumer spending were mixed" says some went up and some down: like "unchanged" (kind ``unchanged`` in the
lexicon) the word gives its quantity no tone; a clause added after it ("but generally improved", "and
slightly down overall") keeps its own.
"""
from __future__ import annotations

import pytest

from conftest import tone_label as label_of


@pytest.mark.parametrize("text", [
    "Consumer confidence was mixed in October.",
    "Readings on consumer sentiment have been mixed.",
    "Retailers reported mixed growth through April.",
    "Sales growth varied across the District.",
    "Export growth diverged among the major product groups.",
])
def test_a_mixed_quantity_is_no_news(text):
    assert label_of(text) == "neutral"


@pytest.mark.parametrize("text, label", [
    ("Sales were mixed but generally improved.", "positive"),
    ("Demand was mixed over the period and slightly down overall.", "negative"),
    ("Manufacturers reported mixed results, but most said that orders declined.", "negative"),
    ("Consumer spending rose strongly in the mixed-use districts.", "positive"),
])
def test_what_is_added_to_a_mix_keeps_its_tone(text, label):
    assert label_of(text) == label


def test_more_mixed_is_no_rise_of_its_quantity():
    """'more' before 'mixed' is the degree of the mix, not a movement up of demand."""
    assert label_of("Demand for business support services was more mixed.") == "neutral"
