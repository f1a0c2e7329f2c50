"""Issue 13, second round: a verb that counters ("offset", "cushion", "mitigate") turns the bad
movement after it, while "offset by" leaves the counterweight's tone; a figure after a comma
(", a year-on-year decrease of 3 percent") reaches back to its subject. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Higher farm output should offset the decline in mining.",
    "Tax rebates helped cushion the fall in household incomes.",
    "Public investment will mitigate the slowdown in construction.",
])
def test_what_counters_a_bad_movement_makes_it_no_longer_bad(text):
    assert score(text) > 0.1


def test_offset_by_names_the_counterweight_whose_tone_stands():
    e = explain("Gains in exports were partly offset by weaker consumption.")
    weaker = e.loc[e["term"].str.contains("consumption"), "contribution"]
    assert len(weaker) == 1 and weaker.iloc[0] < 0


@pytest.mark.parametrize("text, sign", [
    ("Steel firms earned profits of 80 billion yuan, a year-on-year decrease of 3 percent.", -1),
    ("Exports came to 40 billion dollars, an increase of 6 percent.", 1),
    ("Unemployment stood at 5 percent, a decline of half a point.", 1),
])
def test_a_figure_after_a_comma_reaches_back_to_its_subject(text, sign):
    assert sign * score(text) > 0.1


def test_an_adjective_after_a_comma_is_no_figure_of_the_subject():
    e = explain("Inflation responds with a lag, a more accommodative stance could still help.")
    assert not any(t.startswith("inflation") for t in e["term"])


# ------------------------------------------------------------------ issue 13, fourth round: a full counterweight decides
@pytest.mark.parametrize("text, sign", [
    ("Weaker exports were offset by stronger household spending.", 1),
    ("The drop in farm output was more than offset by gains in manufacturing.", 1),
    ("Strong hiring was outweighed by rising layoffs.", -1),
    ("Solid gains in retail sales were offset by weaker business investment.", -1),
])
def test_a_full_counterweight_decides_like_but(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Gains in exports were partly offset by weaker consumption, and exports remained robust.", 1),
    ("Falling costs offset the weaker demand for steel.", 1),  # the active verb turns what it counters
    ("Output grew strongly, and investment was steady.", 1),  # no counterweight at all
])
def test_a_partial_or_active_offset_is_not_a_full_counterweight(text, sign):
    assert sign * score(text) > 0.1
