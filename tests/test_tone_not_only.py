"""Issue 13, round 10 (FOMC and PBoC): "not only X but also Y" adds Y to X. The "not" of "not only"
denies nothing and the "but" of "but also" outweighs nothing: both clauses count with their own sign
(a probe of negation and contrast scope). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Exports not only recovered but also expanded strongly.", 1),
    ("Sales not only rebounded but also reached record levels.", 1),
    ("Consumer spending was not only weak but also declining.", -1),
    ("Demand did not recover, but also showed no sign of collapse.", -1),
])
def test_not_only_but_also_keeps_both_clauses(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Output did not grow.", -1),  # a plain "not" still negates
    ("Demand has not recovered yet.", -1),
    ("Exports weakened, but retail sales recovered strongly.", 1),  # a plain "but" still decides
])
def test_plain_not_and_but_are_unchanged(text, sign):
    assert sign * score(text) > 0.1


def test_not_only_names_no_tone_alone():
    assert abs(score("The report covered not only banks but also insurers.")) <= 0.1
