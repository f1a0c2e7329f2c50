"""toolkit.tone.addressees: "should" said to banks, firms, parties or a policy is an instruction
(guidelines C7: certain; rule 4: no tone), not a forecast."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts


@pytest.mark.parametrize("text", [
    "Financial institutions should strengthen risk management.",
    "Banks should maintain adequate capital buffers.",
    "All parties should work together to keep the financial system stable.",
    "Member states should pursue growth-friendly fiscal policies.",
    "Fiscal policy should play a bigger role in supporting demand.",
    "Banks should further improve the quality of their financial services.",
])
def test_should_said_to_an_addressee_is_a_certain_instruction_with_no_tone(text):
    row = score_texts([text]).iloc[0]
    assert (row["label"], row["uncertainty"], bool(row["forward_looking"])) == ("neutral", 0, True)


@pytest.mark.parametrize("text, label", [
    ("Demand should pick up in the second half of the year.", "positive"),
    ("Exporters should benefit from the weaker currency.", "positive"),
    ("Firms should see lower input costs next year.", "positive"),
    ("Consumption should slow as savings are run down.", "negative"),
])
def test_should_of_probability_stays_a_hedged_forecast(text, label):
    row = score_texts([text]).iloc[0]
    assert (row["label"], row["uncertainty"] > 0) == (label, True)


def test_will_said_by_banks_keeps_its_tone():
    assert score_texts(["Banks will cut 3,000 jobs."])["label"].iloc[0] == "negative"
