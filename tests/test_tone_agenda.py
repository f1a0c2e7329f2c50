"""Issue 13, tenth round (other central banks): "the Committee discussed ..." names the topics of a
meeting (guidelines rule 5: procedure is 0), so the nouns and states it lists carry no tone; a movement
it reports ("discussed the increase in inflation") and anything after a contrast or outside the agenda
keep their tone (rule 11). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The Committee discussed the effects of the war on the financial markets.",
    "The Governing Council reviewed the consequences of the crisis for the banking sector.",
    "The Executive Board also discussed the risks of a recession in Europe.",
    "The Committee discussed the state of the economy after months of turmoil.",
    "The Monetary Policy Committee discussed the pandemic and its effects on the labour market.",
])
def test_the_topics_of_a_meeting_are_no_news(text):
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("The Committee discussed the sharp increase in unemployment.", -1),  # a movement reported
    ("The Committee discussed the outlook, but noted that the recession had deepened.", -1),  # after "but"
    ("The crisis hit exports hard, as the Committee discussed.", -1),  # before the agenda word
    ("Members discussed the weak labour market.", -1),  # no actor: a view reported
    ("The recession deepened and the crisis spread.", -1),
])
def test_reported_movements_and_other_clauses_keep_their_tone(text, sign):
    assert score(text) * sign > 0.1
