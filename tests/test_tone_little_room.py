"""Issue 13, round 11 (Beige Book): no room for a movement is no movement, like "unable to":
"manufacturers saw little room to raise prices" is prices held back (good news against price
stability), "sales have little room to improve" bad news. "Room for further gains" keeps its tone.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Manufacturers saw little room to raise prices.", 1),
    ("Retailers said there was little room for price increases.", 1),
    ("Sales have little room to improve further this year.", -1),
    ("Builders see limited room for further gains in home sales.", -1),
    ("Farm incomes have little room to fall further.", 1),
])
def test_no_room_for_a_movement_negates_it(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("There is room for further gains in employment.", 1),  # room without "little": the gains count
    ("Hiring increased a little in the District.", 1),
    ("Prices rose, leaving firms more room to invest.", -1),
])
def test_room_without_a_lack_keeps_the_movement(text, sign):
    assert sign * score(text) > 0.1


def test_little_room_for_a_quantity_is_bad_news():
    # "room for expansion" names a topic (test_tone_aims); "little room for expansion" says it will not come
    assert score("Contacts saw little room for expansion this year.") < -0.1
