"""Issue 13, ninth round (Beige Book): a state word right after "from" (over a determiner and
intensifiers) names where a movement started, like a movement word there ("fell from high levels"):
"orders fell back from the robust levels of last year" is a fall, not robust orders. A state word
elsewhere in the sentence keeps its tone, and so does one after a "from" that names a cause, not a
starting point ("benefited from favorable weather": no movement right before the "from"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, state", [
    ("Orders fell back from the robust levels of last year.", "robust"),
    ("Bookings have slipped from the improved levels of the spring.", "improved"),
    ("Tourism receded from its buoyant pace of the summer.", "buoyant"),
    ("Farm incomes recovered from the dismal levels of the drought.", "dismal"),
    ("Apartment leasing steadied in the first quarter after a dismal fourth quarter.", "dismal"),
])
def test_a_state_word_after_from_is_where_the_movement_started(text, state):
    assert state not in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Orders fell back from the robust levels of last year.", -1),
    ("Farm incomes recovered from the dismal levels of the drought.", 1),
])
def test_the_movement_decides(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, state", [
    ("Orders remained robust, and shipments rose from last year.", "robust"),
    ("Retail sales improved in most districts.", "improved"),
    ("Tourism was buoyant, with visitors from abroad up sharply.", "buoyant"),
    ("Most farmers benefited from favorable weather in October.", "favorable"),
    ("Growers continue to suffer from severe drought.", "severe"),
])
def test_a_state_word_elsewhere_keeps_its_tone(text, state):
    assert state in terms(text)
