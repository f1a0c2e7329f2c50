"""Issue 13, round 11 (Beige Book): "instead" after "but" links the subjectless clause to the subject
before it, like "remains" or "still": "sales had been expected to fall but instead rose" is sales rising.
"instead of" keeps its own reading (toolkit.tone.alternatives). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, sign, pair", [
    ("Sales had been expected to fall but instead rose.", 1, "sales rose"),
    ("Prices were expected to rise but instead declined.", 1, "prices declined"),
    ("Orders were forecast to slow but instead picked up.", 1, "orders picked up"),
    ("Hiring was expected to increase, but instead it slowed.", -1, "hiring slowed"),
    ("Exports were projected to grow but instead contracted sharply.", -1, "exports contracted"),
])
def test_instead_after_but_moves_the_subject(text, sign, pair):
    assert pair in terms(text)
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Demand was weak, but instead of falling, sales rose.", 1),  # "instead of": what did not happen
    ("Instead of rising, sales fell.", -1),
    ("Exports were expected to rise but instead imports rose.", 0),  # a subject of its own: no hand-over
])
def test_instead_with_a_subject_or_of_hands_nothing_over(text, sign):
    if sign:
        assert sign * score(text) > 0.1
    else:
        assert "exports rose" not in terms(text)
