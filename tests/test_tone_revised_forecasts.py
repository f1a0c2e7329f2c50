"""Round 14 (company news, i13-r14d): a forecast revised, repeated or compared with an outcome is a
report of now, not a forecast (guidelines F6: "the forecast was revised down ..." is a revision
made), so its forecast noun makes no forward-looking sentence; a modal or a forecast verb still does."""
from __future__ import annotations

from functools import lru_cache

import pytest

from toolkit.tone import score_texts


@lru_cache(maxsize=None)
def _forward(text):
    return bool(score_texts([text]).loc[0, "forward_looking"])


@pytest.mark.parametrize("text", [
    "The company raised its forecast for full-year profit.",
    "The company upgraded its earnings forecast.",
    "The company narrowed its full-year loss forecast.",
    "Orders for the new model have exceeded expectations.",
    "Quarterly sales topped analysts' forecasts.",
])
def test_a_revised_or_beaten_forecast_is_no_forward_cue(text):
    assert not _forward(text)


@pytest.mark.parametrize("text", [
    "The company expects its net sales to grow in 2025.",
    "The outlook for the rest of the year is positive.",
    "The company raised its dividend and will raise its forecast in April.",
])
def test_a_forecast_of_what_is_to_come_stays_forward_looking(text):
    assert _forward(text)
