"""Round 14 (i13-r14c): the side a risk is tilted to, said after it, and risks that are two-sided.

Upside risks to growth are good news, upside risks to inflation bad news (guidelines rule 7 and the
inflation rule); "risks are roughly balanced" / "two-sided" name no side (0).
"""
from __future__ import annotations

import pytest

from conftest import tone_label as label_of


@pytest.mark.parametrize("text, label", [
    ("Risks to growth are skewed to the upside.", "positive"),
    ("The risks to the growth outlook are tilted to the upside.", "positive"),
    ("The balance of risks to economic activity has shifted to the upside.", "positive"),
    ("The balance of risks to the inflation outlook continues to lean toward the upside.", "negative"),
    ("The risks to future inflation are deemed to be on the upside.", "negative"),
    ("Risks to the inflation outlook are two-sided.", "neutral"),
    ("Members considered the risks to be two-sided.", "neutral"),
])
def test_the_side_said_after_the_risk_decides(text, label):
    assert label_of(text) == label


@pytest.mark.parametrize("text, label", [
    ("Risks to growth are tilted to the downside.", "negative"),
    ("There are upside risks to growth.", "positive"),
    ("Upside surprises in exports boosted growth.", "positive"),
    ("Two-sided risks to the outlook remain.", "negative"),
])
def test_other_sides_and_upside_before_the_risk_read_as_before(text, label):
    assert label_of(text) == label
