"""Issue 13, round 9 (other central banks): a reading of prices against their target or forecast band
is a predicate of the price subject of its clause, like "up from": it reaches that subject over a hedge
("is expected to be at"), a horizon ("in the coming quarters") and commas, as far as the subject scope.
Inside the band is price stability (good news under the inflation rule), above it high inflation; the
band said of any other quantity stays no news, and a band never takes a quantity after it. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Core inflation is projected to be at the upper end of the forecast range next year.", -1),
    ("Headline inflation, in the coming months, is likely to stay above the upper limit of the target band.", -1),
    ("Consumer price inflation over the coming quarters is expected to remain within the target range.", 1),
    ("Inflation in the second half of the year will be close to the midpoint of the target range.", 1),
    ("The surveys point to an inflation rate below the midpoint of the target range.", 1),
])
def test_a_band_reading_reaches_its_price_subject(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Output over the coming quarters is expected to remain within the target range.",
    "The policy rate, which the Board raised in March, is now above the target range.",
    "Lending to firms is projected to be at the upper end of the forecast range next year.",
    "Within the target range set by the Board, the banks may choose their rates.",
])
def test_a_band_said_of_anything_else_is_no_news(text):
    assert abs(score(text)) <= 0.1
