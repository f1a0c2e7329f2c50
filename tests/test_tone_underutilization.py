"""Issue 13, round 8 (FOMC): "underutilization of labor resources" is slack, a bad-direction quantity
(guidelines rule 1): it diminishing is good news, it rising or staying large bad news. Our own
sentences, not taken from the labelled set."""
from __future__ import annotations

import pytest

from tests.conftest import tone_score


@pytest.mark.parametrize("text", [
    "Underutilization of labor resources diminished.",
    "Underutilization of resources has declined further.",
    "Labor market underutilization narrowed this year.",
    "Indicators suggest that underutilisation of labour resources continued to diminish.",
])
def test_shrinking_underutilization_is_good_news(text):
    assert tone_score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Underutilization of labor resources remains significant.",
    "Underutilization of labor resources has increased.",
    "Underutilization of resources is still high.",
])
def test_large_or_rising_underutilization_is_bad_news(text):
    assert tone_score(text) < -0.1
