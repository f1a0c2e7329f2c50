"""Issue 13, fifth round: an adjective with a tone of its own between a transitive verb and its
object ("squeezed already thin margins", "dampened robust exports") keeps the object the verb moves;
a passive or a clause break still leaves the subject. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


@pytest.mark.parametrize("text, verb, sign", [
    ("Tariffs dampened robust exports.", "dampened exports", -1),
    ("Higher costs eroded already weak profits.", "eroded profits", -1),
    ("Lower taxes boosted strong demand.", "boosted demand", 1),
    ("Higher taxes curbed solid consumer spending.", "curbed consumer spending", -1),
    ("Tax credits spurred robust hiring.", "spurred hiring", 1),
])
def test_the_verb_moves_its_object_over_an_adjective(text, verb, sign):
    terms = explain(text)
    assert terms.loc[terms["term"] == verb, "contribution"].tolist() == [sign]  # the object moved
    assert score(text) * sign > 0.1  # the subject is not read as moved the other way


@pytest.mark.parametrize("text, sign", [
    ("Growth was dampened by weak exports.", -1),  # the passive: the subject is what moved
    ("Exports were boosted by strong demand.", 1),
    ("Higher costs squeezed margins, as weak demand persisted.", -1),
])
def test_a_passive_or_a_clause_break_leaves_the_subject(text, sign):
    assert score(text) * sign > 0.1
