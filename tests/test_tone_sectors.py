"""Issue 13, third round: reports of mixed movements by sector ("gains in retail and declines in
manufacturing"): a movement noun with a phrase of its own moves the quantity in that phrase, and
not one beyond the next movement word, so a balanced report is balanced (guidelines rule 6).
Sectors (retail, agriculture, mining, trucking, travel, freight) are activity. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import score_texts

from conftest import tone_terms as terms


def row(text: str):
    return score_texts([text]).loc[0]


@pytest.mark.parametrize("text, expected", [
    ("Reports were mixed, with gains in retail and declines in manufacturing.",
     ["gains retail", "declines manufacturing"]),
    ("Contacts noted increases in trucking and decreases in agriculture.", ["increases trucking", "decreases agriculture"]),
    ("The District saw a rise in travel and a drop in mining.", ["rise travel", "drop mining"]),
    ("Bankers cited a pickup in freight and weakness in construction.", None),
])
def test_each_movement_noun_moves_the_quantity_of_its_own_phrase(text, expected):
    if expected is not None:
        assert terms(text) == expected
    assert row(text)["label"] == "neutral"


@pytest.mark.parametrize("text, term", [
    ("Unemployment rose in construction.", "unemployment rose"),  # a verb after its subject
    ("Retail sales rose and declined again in the spring.", "retail sales declined"),
    ("Activity in agriculture picked up over the summer.", "activity picked up"),
])
def test_a_movement_verb_still_moves_its_subject(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("Activity in retail weakened in most districts.", -1),
    ("Contacts reported that mining expanded.", 1),
    ("Freight volumes fell sharply.", -1),
])
def test_sectors_are_activity(text, sign):
    assert sign * float(row(text)["score"]) > 0.1


@pytest.mark.parametrize("text", [
    "The Department of Agriculture increased its estimates for the harvest.",
    "The agriculture ministry raised its forecast of grain output.",
    "According to the Department of Agriculture, exports of wheat were reported.",
])
def test_the_name_of_an_agriculture_institution_is_not_the_sector(text):
    assert not any(t.startswith("agriculture") or t.endswith("agriculture") for t in terms(text))


@pytest.mark.parametrize("text", [
    "Builders said that increases in fuel and materials costs pinched profits.",
    "Farmers reported that increases in fuel costs hurt margins.",
    "Higher freight rates added to the burden on shippers.",
    "Trucking firms passed on rising fuel surcharges.",
])
def test_freight_rates_and_fuel_costs_are_costs_not_activity(text):
    assert row(text)["label"] == "negative"


@pytest.mark.parametrize("text", [
    "Freight volumes rose in the quarter.",  # the volume of freight is activity
    "Fuel sales grew strongly.",
])
def test_freight_and_fuel_volumes_are_still_read_as_activity(text):
    assert row(text)["label"] == "positive"


@pytest.mark.parametrize("text, label", [
    ("Contacts noted increased travel costs.", "negative"),
    ("Retailers reported higher retail prices.", "neutral"),  # a price, not the sector's activity
    ("Agricultural prices fell 3 percent in the month.", "neutral"),
])
def test_the_costs_and_prices_of_a_sector_are_not_its_activity(text, label):
    assert row(text)["label"] == label
