"""Issue 13, round 13 (report-style comparisons and company news, i13-r13c): "record" right before a
quantity is a record high of it (toolkit.tone.record_levels): "the company delivered record sales" is
good news, "record layoffs" bad news; "record" before a movement ("a record decline") still sizes the
movement, and a record of prices or of a level is no news by itself. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "The company delivered record sales in 2023.",
    "Several airports reported record traffic this summer.",
    "Shipyards booked record orders in the first half.",
    "Exporters shipped record volumes in May.",
    "Machinery makers posted record quarterly exports.",
])
def test_a_record_of_a_good_quantity_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The federal budget showed a record deficit in February.",
    "The sector announced record layoffs in March.",
])
def test_a_record_of_a_bad_quantity_is_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Deposits reached record amounts at the end of June.",
    "Due to record prices, farmers plan to plant more soybeans.",
    "The committee reviewed the record of its meeting.",
    "The company has a long track record.",
])
def test_a_record_of_prices_a_level_or_no_quantity_is_no_news(text):
    assert score(text) == pytest.approx(0.0, abs=0.1)


def test_a_record_before_a_movement_still_sizes_it():
    assert score("Exports posted a record decline.") < score("Exports posted a decline.") < -0.1
