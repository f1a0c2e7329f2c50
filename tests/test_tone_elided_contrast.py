"""Issue 13, round 9 (FOMC): "inflation has come down but remains somewhat elevated" - the clause after
the contrast word has no subject of its own, so the clause before it speaks of the same quantity and is
conceded: the level it remains at decides (guidelines rule 6). The clause before weighs the contrast
factor times the "elided" factor; a clause after the contrast word with its own subject leaves the
contrast factor alone. Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score
from toolkit import explain
from toolkit.tone.rules import modifier


@pytest.mark.parametrize("text, sign", [
    ("Inflation has come down but remains somewhat elevated.", -1),
    ("Core inflation has moderated but is still somewhat elevated.", -1),
    ("Unemployment has declined but remains somewhat elevated.", -1),
    ("Delinquencies have fallen but remain somewhat elevated.", -1),
])
def test_the_level_after_but_decides_over_the_same_quantitys_movement(text, sign):
    assert sign * tone_score(text) > 0.1


def test_the_conceded_clause_weighs_both_factors():
    terms = explain("The unemployment rate has risen but remains low.").set_index("term")
    factor = modifier("contrast").factor * modifier("elided").factor
    assert terms.loc["unemployment rate risen", "multiplier"] == pytest.approx(factor)
    assert terms.loc["unemployment rate low", "multiplier"] == pytest.approx(1.0)


@pytest.mark.parametrize("text", [
    "Sales rose strongly, but exports fell.",  # the clause after 'but' has its own subject
    "Sales rose, but hiring remains weak.",
    "The unemployment rate has moved up but hiring remains solid.",
    "Inflation has eased, and output rose, but unemployment remains high.",
])
def test_a_clause_with_its_own_subject_keeps_the_contrast_factor_alone(text):
    rules = explain(text)["rule"]
    assert not rules.str.contains("elided").any()
    assert rules.str.contains("contrast").any()


def test_only_the_comma_clause_of_the_carried_subject_is_conceded():
    terms = explain("Hiring has slowed, and unemployment has risen but remains low.").set_index("term")
    # halved by the contrast, not conceded; the clause after "but" then decides (round 10: contrast_decides)
    assert "contrast: before" in terms.loc["hiring slowed", "rule"] and "elided" not in terms.loc["hiring slowed", "rule"]
    assert terms.loc["hiring slowed", "multiplier"] <= modifier("contrast").factor
    assert "elided" in terms.loc["unemployment risen", "rule"]


def test_what_comes_before_the_carried_subject_is_not_conceded():
    terms = explain("The economy kept up its rapid growth with inflation pressure moderated but remaining high.")
    conceded = terms[terms["rule"].str.contains("elided")]["term"].tolist()
    assert conceded == ["inflation pressure moderated"]
