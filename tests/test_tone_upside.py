"""Issue 13, third round: the direction of a risk times the quantity it names. "Upside risks to
growth" are a chance of better news; "upside risks to inflation" and "downside risks to growth" stay
bad news (guidelines rule 7). Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain

from conftest import tone_score as score


def upside_notes(text: str) -> list[str]:
    return [r for r in explain(text)["rule"] if "upside risk to" in r]


@pytest.mark.parametrize("text", [
    "Staff saw upside risks to growth from the fiscal package.",
    "There is an upside risk to employment if the reopening continues.",
    "Contacts described upward risks to consumer spending over the holidays.",
    "The board noted upside risks for investment in the energy sector.",
])
def test_an_upside_risk_to_a_good_quantity_is_good_news(text):
    assert upside_notes(text)
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Members saw upside risks to inflation from energy prices.",
    "Upside risks to the inflation outlook have increased.",
    "Downside risks to growth remain.",
    "The staff judged that upside risks remained.",  # no quantity named
    "Upside risks, in the view of some members, and the slowing of growth were discussed.",  # another clause
])
def test_other_risks_stay_bad_news(text):
    assert not upside_notes(text)
    assert score(text) < 0
