"""Issue 13, round 8 (FOMC): a benchmark level of unemployment ("estimates of the longer-run normal
rate of unemployment", "the natural rate of unemployment") names a concept, not the jobless rate's
news; the jobless rate itself still reads as a bad quantity. Our own sentences, not taken from the
labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Participants' estimates of the longer-run normal rate of unemployment centred on 5 percent.",
    "The natural rate of unemployment is hard to measure in real time.",
    "Staff revised their estimate of the equilibrium rate of unemployment to 4.5 percent.",
    "Some members judged the natural unemployment rate to be lower than assumed.",
])
def test_a_benchmark_rate_of_unemployment_is_no_news(text):
    assert tone_score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("The unemployment rate rose to 6 percent.", -1),
    ("Unemployment fell below its natural rate.", 1),
    ("The rate of unemployment remained high.", -1),
])
def test_the_jobless_rate_itself_still_counts(text, sign):
    assert sign * tone_score(text) > 0.1
