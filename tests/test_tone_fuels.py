"""Issue 13, round 11 (Beige Book): the present-tense forms of the verbs that push their object up
("fuels", "spurs", "bolsters") move their object like "fuelled" / "spurred" / "bolstered", and
"fuel(s)" pushes prices like "fuelled": "strong demand fuels inflation" is a rise of prices whose
cause is no good news (round 10 found it made no pair). "fuel" the noun stays a good. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, pair, sign", [
    ("Strong demand fuels inflation.", "fuels inflation", -1),
    ("Demand fuels higher inflation pressures.", "fuels inflation pressures", -1),
    ("A weaker dollar spurs exports.", "spurs exports", 1),
    ("Strong hiring bolsters consumer spending.", "bolsters consumer spending", 1),
    ("Rising incomes spurs demand for housing.", "spurs demand", 1),
])
def test_present_tense_push_verbs_move_their_object(text, pair, sign):
    assert pair in terms(text)
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Prices of fuels rose.",  # the noun: a good's price, a level
    "Fuels were in short supply at some stations.",
    "Higher fuel surcharges were reported by truckers.",
])
def test_fuel_the_noun_moves_nothing(text):
    assert not any(t.startswith("fuel") for t in terms(text))


def test_fuels_the_noun_at_the_end_of_a_list_has_no_tone():
    assert abs(score("Manufacturers are paying much more for plastics and fuels.")) < 0.1
