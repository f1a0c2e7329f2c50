"""Issue 13, tenth round (other central banks): a quantity right after "after", "following" or a
"from" that follows a movement names where the movement started ("the economy recovered from the
recession"): it counts no tone of its own and no movement before it pairs with it ("a turnaround
from the contraction" is no rise of the contraction). The movement decides (guidelines rule 1). A
quantity after a "from" that names a cause ("suffered from the recession") keeps its tone. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, quantity", [
    ("The economy recovered from the recession.", "recession"),
    ("Output rebounded after the contraction in the second quarter.", "contraction"),
    ("Exports expanded in 2011, a turnaround from the contraction of the previous year.", "contraction"),
    ("The economy is expected to expand next year, following the recession this year.", "recession"),
    ("Retail sales picked up following the slump in the spring.", "slump"),
])
def test_a_quantity_where_the_movement_started_counts_no_tone(text, quantity):
    assert quantity not in terms(text)
    assert score(text) > 0.5


def test_a_movement_does_not_pair_with_its_starting_point():
    assert "turnaround contraction" not in terms("Farm output expanded, a turnaround from the contraction of 2010.")


@pytest.mark.parametrize("text, term", [
    ("The industry suffered from the recession.", "recession"),  # "from" after no movement: a cause
    ("The recession deepened in the first quarter.", "recession"),
    ("The crisis weighed on exports.", "crisis"),
    ("Firms benefited from the recovery in demand.", "recovery"),
])
def test_a_quantity_elsewhere_keeps_its_tone(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Unemployment rose after the recession.", -1),
    ("Confidence fell after the collapse of the bank.", -1),
    ("After unemployment rose, the recovery stalled.", -1),
])
def test_the_movement_still_decides(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales of primary metals have cooled from very strong growth earlier this year.", -1),  # the subject moves
    ("Motor vehicle sales continued to fall from the record sales seen late last year.", -1),
])
def test_the_subject_still_moves(text, sign):
    assert score(text) * sign > 0.1


def test_a_plain_quantity_after_from_is_a_source_not_a_start():
    from toolkit.tone.lexicon import load_lexicon

    assert load_lexicon().qalone[load_lexicon().ids["loans"]] == 0  # a plain quantity: no tone of its own
    assert "decline consumer loans" in terms("This decline stems from weak consumer loans.")
