"""Issue 13, third round: for the sentences of the new rule families, ``explain`` adds up: its
contributions sum to the raw score, and its score and label are those of ``score_texts``."""
from __future__ import annotations

import math

import pytest

from toolkit.tone import explain, score_texts

SENTENCES = [
    "The total amounted to RMB9.6 trillion, an increase of RMB310 billion.",
    "The exchange rate depreciation contributed to inflation persisting at an increased level.",
    "Exporters reported a slower decline in orders from abroad.",
    "Consumer prices have cooled over the last two quarters but remain elevated.",
    "Although unemployment edged up in the autumn, it is still low.",
    "Staff saw upside risks to growth from the fiscal package.",
    "Conditions for exporters became less difficult in the autumn.",
    "The banking system has grown more resilient against shocks.",
    "Reports were mixed, with gains in retail and declines in manufacturing.",
    "Contacts spoke of growing weakness in furniture orders.",
    "The foundation for recovery is not yet solid.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_explain_adds_up_to_the_score(text):
    ex = explain(text)
    assert math.isclose(ex["contribution"].sum(), ex.attrs["raw"], abs_tol=1e-9)
    assert math.isclose((ex["base"] * ex["multiplier"]).sum(), ex.attrs["raw"], abs_tol=1e-9)
    scored = score_texts([text]).loc[0]
    assert math.isclose(ex.attrs["score"], scored["score"], abs_tol=1e-9)
    assert ex.attrs["label"] == scored["label"]
