"""Round 14 (i13-r14c): "in contrast" as a contrast connective, "in contrast to X" as a concession.

Guidelines rule 6: after a contrast connective the clause after it decides ("in contrast," / "by
contrast," open such a clause, like "on the other hand"); "in contrast to X", "unlike X" name the
contrasted thing, conceded like "despite X": the main clause decides.
"""
from __future__ import annotations

import pytest

from conftest import tone_label as label_of


@pytest.mark.parametrize("text, label", [
    ("Retail sales were strong; in contrast, manufacturing activity declined.", "negative"),
    ("Manufacturing activity declined; in contrast, retail sales rose.", "positive"),
    ("Demand for office space was weak; by contrast, industrial leasing expanded strongly.", "positive"),
    ("Manufacturing output fell, in contrast to strong gains in retail sales.", "negative"),
    ("In contrast to the weakness in housing, commercial construction activity remained strong.", "positive"),
    ("Unlike manufacturing, which weakened sharply, services activity expanded.", "positive"),
])
def test_the_clause_after_in_contrast_or_the_main_clause_decides(text, label):
    assert label_of(text) == label


@pytest.mark.parametrize("text, label", [
    ("In contrast, home sales declined.", "negative"),
    ("By contrast, employment in services grew strongly.", "positive"),
    ("Retail sales rose strongly, unlike in the previous quarter.", "positive"),
    ("Sales rose and profits increased, in contrast to last year.", "positive"),
])
def test_in_contrast_with_one_side_only_keeps_its_tone(text, label):
    assert label_of(text) == label
