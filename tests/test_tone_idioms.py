"""Issue 13, round 13: idioms whose words look like tone words. "for good" is "permanently" ("plants
closed for good" is plant closings, bad news) and "for the good of" names a purpose; neither is the
state word "good". Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Several plants closed for good.",
    "Two stores closed for good last month.",
    "Two paper mills closed for good this year.",
    "Several factories closed for good during the quarter.",
])
def test_closed_for_good_is_a_closing(text):
    assert score(text) < -0.1


def test_for_the_good_of_names_a_purpose():
    assert score("The reforms are meant to work for the good of the economy.") == 0.0


@pytest.mark.parametrize("text", [
    "Sales were good.",
    "Demand was good for most retailers.",
    "Business conditions remained good in the district.",
])
def test_good_keeps_its_reading_elsewhere(text):
    assert score(text) > 0.1
