"""Issue 13, tenth round (other central banks): an event named with pre- / post- ("pre-pandemic levels",
"the post-crisis recovery") is a date, not news of its own: the level or movement it dates decides.
The event word by itself keeps its tone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, word", [
    ("Employment has returned to its pre-pandemic level.", "pandemic"),
    ("Output has recovered to pre-crisis levels.", "crisis"),
    ("Tourist arrivals are back to pre-COVID-19 levels.", "covid"),
    ("The post-crisis recovery has been slow.", "crisis"),
    ("Investment stayed below its pre-recession trend.", "recession"),
])
def test_an_event_that_dates_a_level_is_no_news(text, word):
    assert word not in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Output has recovered to pre-crisis levels.", 1),
    ("Activity remains below pre-pandemic levels.", -1),
    ("The post-crisis recovery has been slow.", -1),
])
def test_the_dated_movement_decides(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, word", [
    ("The pandemic hit tourism hard.", "pandemic"),
    ("The crisis deepened in the autumn.", "crisis"),
    ("The war weighed on exports.", "war"),
])
def test_the_event_by_itself_keeps_its_tone(text, word):
    assert word in terms(text)
