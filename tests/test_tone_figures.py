"""Issue 13, third round: a movement word said of no quantity the lexicon knows, next to a figure (a
number, percent, billion; not a month), reports a statistic quoted without evaluation: no tone unit
(guidelines rules 5 and 10). A movement of a known quantity keeps its tone with or without a figure.
Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

from conftest import tone_terms as terms


@pytest.mark.parametrize("text, word", [
    ("The tally of registered firms increased by 42 thousand over the year.", "increased"),
    ("The total amounted to RMB9.6 trillion, an increase of RMB310 billion.", "increase"),
    ("The reading recorded a 2.4 percent decline against the previous survey.", "decline"),
    ("The headcount of the survey dropped by about 6 percent in the week.", "dropped"),
    ("There was a rise of roughly 11 percent in the DAX.", "rise"),
])
def test_a_movement_of_no_known_quantity_beside_a_figure_is_no_tone_unit(text, word):
    assert word not in terms(text)
    assert score_texts([text]).loc[0, "label"] == "neutral"


@pytest.mark.parametrize("text, word", [
    ("The tally of registered firms increased in March.", "increased"),  # a month is no figure
    ("The reading declined, and 40 percent of the respondents expect more.", "declined"),  # another clause
    ("Increases were reported by most of the contacts.", "increases"),
])
def test_a_movement_alone_without_a_figure_keeps_its_small_tone(text, word):
    assert word in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Industrial output rose 5.2 percent from a year earlier.", 1),
    ("Retail sales fell by 3 percent in the quarter.", -1),
    ("Unemployment dropped by 40 thousand in the month.", 1),
])
def test_a_known_quantity_with_a_figure_keeps_its_tone(text, sign):
    assert sign * score_texts([text]).loc[0, "score"] > 0.1
