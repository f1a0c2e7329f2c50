"""Issue 13, round 14 (Beige Book, i13-r14a): a weak pace said of a rise is the rise's state
(toolkit.tone.pace_states): "consumer spending grew at a sluggish pace" is sluggish growth, bad news
(guidelines rule 2), where the rise and the weak word had cancelled. A strong pace, a pace word of
its own ("at a slower pace"), a fall at a slow pace and a pace said in a clause of its own read as
before. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Consumer spending grew at a sluggish pace.",
    "Manufacturing activity increased at a slow pace in recent weeks.",
    "Retail sales rose at a tepid rate.",
    "Employment expanded at a very weak pace.",
    "Demand for business loans picked up at a subdued pace.",
])
def test_a_rise_at_a_weak_pace_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, sign", [
    ("Consumer spending grew at a robust pace.", 1),
    ("Sales rose at a modest pace.", 1),
    ("Sales fell at a slow pace.", -1),
    ("Hiring increased, although the pace was slow in rural areas.", 1),
])
def test_other_paces_read_as_before(text, sign):
    assert score(text) * sign > 0.1

