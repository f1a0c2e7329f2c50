"""Issue 13, round 10 (FOMC and PBoC): "none of the X" / "few of the X" deny what their members report,
reaching from the end of "of the" like "fewer firms" (the negator's three tokens used to be spent on
"of the districts"): "none of the districts reported weaker activity" is good news. "All of", "a few
of", "some of" deny nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("None of the districts reported weaker activity.", 1),
    ("None of the Districts reported declines in employment.", 1),
    ("Few of the districts reported weaker activity.", 1),
    ("None of the banks reported higher loan losses.", 1),
    ("None of the retailers expected sales to rise.", -1),
])
def test_none_of_them_denies_what_they_report(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("All of the districts reported weaker activity.", -1),
    ("A few of the districts reported weaker activity.", -1),
    ("Some of the districts reported stronger sales.", 1),
])
def test_other_quantifiers_deny_nothing(text, sign):
    assert sign * score(text) > 0.1


def test_none_of_without_a_tone_word_says_nothing():
    assert abs(score("None of the proposals were adopted.")) <= 0.1
