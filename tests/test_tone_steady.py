"""Issue 13, second round: quantities that held still ("stable", "unchanged", "flat") are no news
(guidelines rule 3) unless they are prices (price stability, the inflation rule); a shortfall word
reaches back over a "but", not forward. Our own sentences."""
from __future__ import annotations

import pytest

from toolkit.tone import explain, score_texts


def row(text: str):
    return score_texts([text]).loc[0]


def score(text: str) -> float:
    return float(row(text)["score"])


@pytest.mark.parametrize("text", [
    "Retail turnover was broadly unchanged in the fourth quarter.",
    "Farm income held steady over the summer.",
    "Corporate earnings remained stable last quarter.",
    "Growth in the services sector was flat in March.",
    "The jobless rate was little changed at 4.1 percent.",
    "Household consumption has levelled off.",
    "Shipments of machinery changed little from the prior period.",
    "Dealers saw no change in profits since the last survey.",
    "Hotels reported little net change in revenues over the month.",
])
def test_a_quantity_that_held_still_is_neutral(text):
    assert row(text)["label"] == "neutral"


@pytest.mark.parametrize("text", [
    "Consumer prices remained stable in the second half.",
    "Longer-term inflation expectations have held steady.",
])
def test_prices_that_held_steady_are_price_stability(text):
    assert score(text) > 0.1


def test_a_descriptive_reading_of_price_expectations_is_neutral():
    assert row("Survey measures of inflation expectations were largely unchanged.")["label"] == "neutral"


@pytest.mark.parametrize("text", [
    "Exports grew at a steady pace through the spring.",
    "The region enjoyed steady growth in tourism.",
    "Orders picked up, while inventories were flat.",
    "Output was unchanged in May but rose sharply in June.",
])
def test_a_steady_word_does_not_hide_a_movement_or_steady_growth(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Sales fell sharply, while prices were unchanged.",
    "Employment was stable but investment contracted sharply.",
])
def test_a_steady_word_does_not_hide_a_fall(text):
    assert score(text) < -0.1


def test_steady_pairs_explain_their_rule_and_add_up():
    table = explain("Employment was unchanged, while profits rose.")
    assert table["contribution"].sum() == pytest.approx(table.attrs["raw"])
    held = table[table["term"] == "employment unchanged"]
    assert len(held) == 1 and held["contribution"].iloc[0] == 0
    assert "unchanged 'unchanged'" in held["rule"].iloc[0]
    assert table.attrs["raw"] > 0  # the profits still count


def test_a_shortfall_word_does_not_reach_forward_over_a_but():
    held = "Inflation has stayed below the target, but inflation expectations remained stable."
    assert score(held) > 0.1
    voided = "With slack in the labour market and inflation expectations stable, inflation stays subdued."
    assert score(voided) < 0.1


def test_a_price_rise_after_a_but_is_read_beside_no_shortfall():
    def prices(text):
        table = explain(text)
        return table.loc[table["term"] == "inflation risen", "contribution"].iloc[0]

    assert prices("Resource slack remains large, but inflation has risen sharply.") < 0
    assert prices("Resource slack remains large and inflation has risen sharply.") == 0


def test_a_shortfall_after_a_but_reaches_back_to_the_rise_before_it():
    e = explain("Consumer prices have picked up this year but are still too low.")
    assert (e["contribution"] == 0).all()


# ------------------------------------------------------------------ issue 13, fourth round: "at its current level"
@pytest.mark.parametrize("text", [
    "Members judged that wage growth would probably remain at its current level next year.",
    "Losses at state firms stayed at about the same level as a year earlier.",
    "Unemployment should remain at its current level through next year.",
    "Profit growth is expected to stay at a similar level in the coming months.",
])
def test_a_quantity_that_stays_at_its_level_is_no_news(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales fell to the lowest level in a decade.", -1),
    ("Employment rose to its highest level since 2008.", 1),
    ("Unemployment climbed to a level last seen in the recession.", -1),
])
def test_a_quantity_that_moves_to_a_level_is_still_news(text, sign):
    assert sign * score(text) > 0.1
