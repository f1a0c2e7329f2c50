"""Issue 13, round 12: "limit" / "cap" after "would help" / "will help" holds its object down, like
"helped limit" and "would limit" (round 8): the phrase "would help" (a forward marker) used to take
"help", leaving "limit" unread. "would help limit the rise in unemployment" is good news,
"the shortage would help limit the increase in output" bad news. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("The measures would help limit the rise in unemployment.", 1),
    ("Tighter policy will help limit price pressures next year.", 1),
    ("Lower rates would help limit the decline in output.", 1),
    ("The new quotas could help limit the growth of exports.", -1),
    ("The subsidy would help cap price increases.", 1),
])
def test_would_help_limit_holds_its_object_down(text, sign):
    assert sign * score(text) > 0.1


def test_would_help_limit_stays_forward_looking():
    from toolkit.tone import score_texts

    assert score_texts(["The measures would help limit the rise in unemployment."]).loc[0, "forward_looking"]


@pytest.mark.parametrize("text", [
    "The measures would help.",  # no object
    "The Council said the measures would help limit the impact.",  # an object of no tone
    "Officials would help limit the number of meetings.",
])
def test_would_help_limit_without_a_quantity_says_nothing(text):
    assert abs(score(text)) <= 0.1
