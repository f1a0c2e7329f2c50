"""Issue 13, round 13 (contrast, guidelines rule 6): a contrast word that opens the next clause
after ; : or . ("Sales were weak; nonetheless, contacts were optimistic.") lets the clause after it
decide, as "but" does inside one clause, however light that clause is; "still" followed by a comma
at the start of a sentence or of a clause after ; is that contrast word. "however" between commas
inside a clause is an adverb and decides nothing; "still" elsewhere is the adverb. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Sales were weak in most districts; nonetheless, contacts remained optimistic about the outlook.",
    "Orders fell sharply in most districts; nonetheless, contacts were optimistic.",
    "Demand for steel weakened in the quarter; even so, output rose slightly.",
    "Retail sales declined in the month; even so, consumer confidence improved.",
    "Manufacturing output declined in the quarter; still, services activity expanded briskly.",
    "Exports contracted sharply; that said, domestic demand has held up.",
])
def test_a_light_good_clause_after_a_contrast_opening_the_clause_decides(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Inflation has eased; that said, it remains elevated.",
    "Employment grew strongly; nevertheless, the outlook remains uncertain.",
    "Activity expanded at a solid pace; however, inflation remains elevated.",
    "Industrial production rose strongly in the quarter; still, business sentiment deteriorated.",
])
def test_a_light_bad_clause_after_a_contrast_opening_the_clause_decides(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales are still rising.", 1),  # the adverb
    ("Prices of steel are still falling; demand remains weak.", -1),  # no contrast at all
    ("Still, hiring remained solid.", 1),  # nothing before it in the text
    ("Output rose strongly and orders increased; however, hiring remained strong.", 1),  # same side
])
def test_the_adverb_still_and_one_sided_sentences_keep_their_sign(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Drilling activity remained weak, however, and producers disagree on the outlook.",
    "Demand for labor remained strong at other firms, however, limiting layoffs.",
    "Job growth eased in some regions, however, and wage pressures softened.",
])
def test_however_between_commas_inside_a_clause_decides_nothing(text):
    from toolkit.tone import explain

    terms = explain(text)
    assert not terms["rule"].str.contains("decides").any()


def test_a_contrast_opening_the_next_text_weighs_nothing_back():
    from toolkit.tone import score_texts

    out = score_texts(["Orders fell sharply in most districts.", "Nonetheless, contacts were optimistic."])
    assert out.loc[0, "score"] < -0.1 and out.loc[1, "score"] > 0.1
