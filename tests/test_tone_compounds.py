"""Issue 13, ninth round (Beige Book): a level word hyphenated to the next word is a compound adjective
that names a kind of good, worker or buyer ("high-end homes", "lower-priced models", "low-skilled
workers", "low-cost housing"), not a level reached: it neither pairs with a quantity nor counts alone.
A level word standing alone, a comparison ("higher-than-expected") and a range ("low-to-moderate")
keep their reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Sales of high-end homes were steady.",
    "Demand for lower-priced models held steady.",
    "Retailers of low-end apparel reported flat sales.",
    "Dealers said that sales of higher-priced vehicles were unchanged.",
    "Builders are concentrating on low-cost housing for first-time buyers.",
    "Contractors reported that low-skilled workers are in demand.",
])
def test_a_hyphenated_level_word_names_a_kind_not_a_level(text):
    assert score(text) == 0
    assert not any(w in t.split() for t in terms(text) for w in ("high", "low", "higher", "lower"))


@pytest.mark.parametrize("text, sign", [
    ("Sales of high-end homes fell sharply.", -1),
    ("Demand for lower-priced homes rose strongly.", 1),
    ("Sales of luxury homes were high.", 1),
    ("Demand for homes was higher than a year ago.", 1),
    ("Vacancy rates were higher across the District.", -1),
    ("Sales of semiconductors and other high-technology products strengthened.", 1),
])
def test_the_movement_of_the_sentence_still_counts(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Inflation was higher-than-expected in the first quarter.", -1),
    ("Retail sales were lower-than-expected in December.", -1),
    ("Home sales were low-to-moderate in most areas.", -1),
])
def test_a_comparison_or_range_keeps_its_level_word(text, sign):
    assert score(text) * sign > 0.1


def test_a_hyphen_at_a_line_break_is_no_compound():
    assert score("Sales were high- er than a year ago.") > 0.1
