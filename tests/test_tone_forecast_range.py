"""Issue 13, round 8 (other central banks): banks that publish a forecast range for inflation read prices
against it as against a target band: "within the forecasted range", "in the target range" is price
stability (good news under the inflation rule), "above the forecast range", "at the upper end of the
forecast" high inflation. Said of any other quantity the range is no news ("output within the forecast
range"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Average inflation for the year should remain within the forecasted range of 3 - 4%.", 1),
    ("Consumer price inflation stayed within the forecast range in the second quarter.", 1),
    ("Inflation expectations remain in the target range.", 1),
    ("Headline inflation will be at the upper end of the forecast range this year.", -1),
    ("Core inflation was above the forecast range in March.", -1),
])
def test_prices_read_against_a_forecast_range(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Output stayed within the forecast range in the second quarter.",
    "Policy rates remain in the target range set in January.",
    "The Board will publish the forecast range in its next report.",
    "Further increases in the target range for the federal funds rate may be appropriate.",  # the policy rate's range
])
def test_a_forecast_range_of_anything_else_is_no_news(text):
    assert abs(score(text)) <= 0.1
