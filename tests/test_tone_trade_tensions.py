"""Issue 13, round 13 (risk and tension as the quantity that moves, guidelines rule 1): frictions
between trading partners are a tension, not trade: "the easing of trade tensions" is good news,
"trade frictions intensified" bad news; trade itself still moves as before. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("The easing of trade tensions has improved the outlook for exports.", 1),
    ("An easing of trade frictions boosted business confidence.", 1),
    ("The escalation of the trade war weighed on exports.", -1),
    ("Trade frictions between the two countries intensified.", -1),
    ("A de-escalation of trade disputes lifted sentiment.", 1),
    ("A reduction in trade tensions lifted business confidence.", 1),
    ("Trade disputes with major partners have subsided.", 1),
    ("The trade conflict escalated further.", -1),
])
def test_trade_tensions_are_a_tension(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Trade picked up in the third quarter.", 1),
    ("Global trade weakened further.", -1),
    ("Trade tensions persisted.", -1),
])
def test_trade_itself_moves_as_before(text, sign):
    assert score(text) * sign > 0.1
