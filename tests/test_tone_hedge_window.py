"""Issue 13, eleventh round (other central banks): a forecast phrase ("projected to", "expected to",
"likely to") between a quantity and its predicate counts as one word of the pairing window, so a chain
of raising verbs ("is projected to continue to remain moderate") no longer cuts the predicate off its
subject (guidelines rule 1: direction x valence). Other words keep counting. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term, sign", [
    ("Inflation is projected to continue to remain moderate.", "inflation contained", 1),
    ("Price pressures are projected to continue to remain moderate.", "price pressures contained", 1),
    ("Core inflation is likely to continue to stay contained.", "inflation contained", 1),
    ("Unemployment is expected to continue to remain high.", "unemployment high", -1),
    ("Exports are expected to continue to remain subdued.", "exports subdued", -1),
])
def test_a_forecast_phrase_does_not_push_the_predicate_out_of_reach(text, term, sign):
    assert term in terms(text)
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Inflation in the region is projected to continue to remain moderate.",
    "Inflation, as the staff noted in the spring, is likely to continue to remain moderate.",
    "Inflation in the economies of the region is expected to continue to remain moderate.",
])
def test_the_other_words_between_still_count(text):
    assert not any(t.startswith("inflation ") for t in terms(text))
    assert score(text) == 0


def test_a_hedge_in_the_next_sentence_moves_nothing():
    assert terms("Inflation was high last year. The committee is expected to continue to remain vigilant.")[0] == "inflation high"


def test_a_transitive_verb_after_a_hedge_still_moves_its_object_not_its_subject():
    text = "Moisture has benefited the crop and is expected to reduce the likelihood of drought conditions."
    assert not any(t.startswith("crop ") for t in terms(text))
    assert score(text) > 0
