"""Issue 13, round 9 (FOMC): "at a depressed level", "at elevated levels" are the level word itself, so
a clause with no subject of its own after a contrast word ("housing starts have edged up but remain at
a depressed level") moves the subject before the contrast word, and the clause after "but" decides
(guidelines rule 6). Our own sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score, tone_terms


@pytest.mark.parametrize("text, sign", [
    ("Home sales have picked up but remain at a depressed level.", -1),
    ("Unemployment has declined but remains at an elevated level.", -1),
    ("Business investment rose slightly but stayed at a weak level.", -1),
    ("Jobless claims have risen a little but remain at a very low level.", 1),
    ("Inflation has firmed somewhat but remains at low levels.", 1),
])
def test_a_level_after_but_moves_the_subject_before_it(text, sign):
    assert sign * tone_score(text) > 0.1


def test_the_level_is_paired_with_the_subject():
    assert "home sales at a depressed level" in tone_terms("Home sales have picked up but remain at a depressed level.")


@pytest.mark.parametrize("text, sign", [
    ("Interest rates are at historically low levels.", 0),  # a rate quoted without an evaluation
    ("The meeting took place at a high level.", 0),  # no quantity
    ("Sales fell from high levels.", -1),  # 'from high levels' is where the fall started
    ("Unemployment remains at a high level.", -1),
])
def test_levels_keep_the_tone_of_their_quantity(text, sign):
    s = tone_score(text)
    assert (sign * s > 0.1) if sign else s == 0
