"""Issue 13's inflation family: prices read against price stability (``inflation="target"``, the
default), with shortfall words and falls of activity that void the reading, and single prices
(oil, houses) that are figures, not inflation. Our own sentences, not the labelled set's."""
from __future__ import annotations

import math

import pytest

from toolkit.tone import explain, score_texts
from toolkit.tone.rules import INFLATION_WEIGHT

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Consumer price inflation rose to 4.5 percent in June.",
    "Inflation remains elevated.",
    "Inflationary pressures have intensified.",
    "Core inflation picked up again in the autumn.",
])
def test_rising_or_high_inflation_is_negative_by_default(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Inflation pressures have eased.",
    "Core inflation moderated further in the second quarter.",
    "Headline inflation declined to 2.1 percent.",
])
def test_inflation_moving_back_toward_stability_is_positive(text):
    assert score(text) > 0.1


def test_price_news_weighs_half_of_activity_news():
    assert explain("Inflation rose.").loc[0, "contribution"] == -INFLATION_WEIGHT
    assert explain("Output rose.").loc[0, "contribution"] == 1.0


@pytest.mark.parametrize("text", [
    "Inflation is already too low and eased further.",
    "With deflation a growing risk, consumer prices fell again.",
    "Prices fell to 0 percent in the year to March.",
])
def test_a_fall_of_prices_under_the_target_is_no_good_news(text):
    assert score(text) <= 0


@pytest.mark.parametrize("text", [
    "With considerable slack in labour markets, inflation is expected to stay subdued.",
    "Weaker demand pulled inflation down in the spring.",
    "Economic activity weakened and inflation pressures receded.",
])
def test_a_fall_of_prices_beside_weak_activity_reads_as_the_weakness(text):
    assert score(text) < -0.1


def test_weak_activity_does_not_void_rising_prices():
    # stagflation: output falls and prices rise - both are bad news
    e = explain("Output fell while inflation rose.")
    assert (e["contribution"] < 0).all() and len(e) == 2


@pytest.mark.parametrize("text", [
    "Oil prices rose 3 percent on the week.",
    "Home prices fell in most regions.",
    "The price of copper climbed.",
    "Market-based measures of inflation compensation declined.",
    "Share prices rose sharply.",  # an asset price is not the price level
    "Stock prices fell on the week.",
])
def test_the_price_of_one_good_or_asset_is_a_figure_not_inflation(text):
    assert score(text) == 0


def test_the_other_readings_of_inflation_stay_available():
    assert score("Inflation rose sharply.", inflation="neutral") == 0
    assert score("Inflation rose.", inflation="bad") < score("Inflation rose.") < 0
    assert score("Inflation rose.", inflation="good") > 0.1


def test_the_shortfall_is_a_modifier_in_the_terms_and_the_terms_add_up():
    e = explain("Amid rising slack, inflation fell below 2 percent.")
    price = e[e["term"].str.startswith("inflation")]
    assert len(price) and (price["contribution"] == 0).all()
    assert price["rule"].str.contains("shortfall").all()
    assert math.isclose(e["contribution"].sum(), e.attrs["raw"])


def test_wage_pressure_is_a_price_but_wages_are_income():
    assert score("Wage pressures intensified in most districts.") < -0.1
    assert score("Wages increased modestly.") > 0.1
    assert score("Steady wage gains supported spending.") > 0.1


def test_a_negated_fall_of_activity_is_no_slump():
    # "did not weaken": activity held up, so easing inflation is good news again
    assert score("Demand did not weaken, and inflation pressures eased.") > 0.1


@pytest.mark.parametrize("text", [
    "Inflation is expected to rise toward its 2 percent objective.",
    "Core inflation picked up to 2 percent.",
    "With inflation below target, consumer prices rose to 2 percent.",
])
def test_prices_rising_to_the_target_were_below_it_so_the_rise_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Inflation rose to 4 percent.", -1),  # no target named: a rise is bad news
    ("Inflation fell back to 2 percent.", 1),  # a fall to the target stays good news
    ("Unemployment rose to 2 percent.", -1),  # only prices read the target
    ("Exports rose 2 percent.", 1),  # '2' is still a number in the pairing window
])
def test_the_target_reading_touches_only_rising_prices(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Inflationary pressure has built up over the summer.", -1),
    ("Inflation pressure increased again in the quarter.", -1),
    ("Inflationary pressure eased markedly.", 1),
    ("Inflation pressure has receded since the spring.", 1),
])
def test_the_singular_inflation_pressure_reads_like_the_plural(text, sign):
    assert sign * score_texts([text]).loc[0, "score"] > 0.1
