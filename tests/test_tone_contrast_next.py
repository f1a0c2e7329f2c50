"""Issue 13, round 8 (Beige Book): a contrast word that opens the next clause of a sentence, after a
semicolon, a colon or a period the sentence split kept ("strong; however, ...", "strong. but ..."),
weighs down the clause before it like a "but" of the same clause (guidelines rule 6: the clause after
the connective decides). A contrast word opening a text weighs down nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from toolkit.tone import score_texts


@pytest.mark.parametrize("text, sign", [
    ("Retail sales were strong; however, orders for furniture were weak.", -1),
    ("Hiring was brisk in October; however, employment at the mills was weak.", -1),
    ("Crop yields were poor; however, farm incomes were solid.", 1),
    ("Service employment grew. but manufacturing employment declined.", -1),
    ("Loan demand weakened in June: however, exports grew.", 1),
])
def test_contrast_after_a_hard_mark_lets_the_later_clause_decide(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Retail sales were strong; orders for furniture also rose.", 1),
    ("Hiring was weak; layoffs rose at the largest mills.", -1),
    ("However, orders for furniture declined sharply.", -1),
])
def test_no_contrast_word_no_weighing_down(text, sign):
    assert sign * score(text) > 0.1


def test_contrast_opening_the_next_text_leaves_the_text_before_alone():
    """Each text is its own sentence: "However," opening the second does not reach the first."""
    alone = score_texts(["Retail sales were strong."])["score"].iloc[0]
    both = score_texts(["Retail sales were strong.", "However, orders declined."])["score"]
    assert both.iloc[0] == alone > 0


def test_contrast_in_the_same_clause_still_counts_once():
    """A "but" of the clause and a "however" after it halve the tone once, not twice."""
    text = "Sales were strong, but orders were weak; however, margins widened."
    from toolkit.tone import explain
    ex = explain(text).set_index("term")
    # the halving is noted once; the clause after "but" then decides (round 10: toolkit.tone.contrast_decides)
    assert ex.loc["sales strong", "rule"].count("contrast: before") == 1
    assert ex.loc["sales strong", "multiplier"] <= 0.5
