"""Issue 13, round 7: the Beige Book's "off" is "down": "sales were off 5 percent", "orders are off
sharply", "steady to off slightly". Only after a form of "be" or a range's "to": "laid off", "paid
off", "taper off", "off the coast" keep their own reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Sales of major appliances were off 5 percent from a year earlier.",
    "New orders at the foundries are off sharply since the summer.",
    "Tourism in the coastal towns has been off this season.",
    "Apparel sales were generally steady to off slightly.",
])
def test_off_after_be_is_a_fall(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text, low, high", [
    ("Drilling off the coast of Louisiana continued at the usual pace.", -0.1, 0.1),
    ("The new plant paid off for the company within a year.", 0.1, 1.0),  # "paid off": good news
    ("Lenders wrote off a few loans to farmers.", -0.1, 0.1),
])
def test_off_elsewhere_keeps_its_own_reading(text, low, high):
    assert low <= score(text) <= high
