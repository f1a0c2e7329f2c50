"""Issue 13, fourth round: "monetary easing", "policy tightening", "quantitative easing" name a policy
action (guidelines rule 4), not a movement of the economy: "easing" there moves no quantity near it
("expectations for further monetary easing" is no fall of expectations). An easing of a bad quantity
("strains eased") is still a movement. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Share prices rose on expectations of further monetary easing.",
    "Consumer confidence improved after the monetary easing.",
    "Business sentiment was supported by quantitative easing abroad.",
    "Manufacturing output rebounded on policy easing.",
    "Demand held up despite the monetary tightening of the past year.",
])
def test_a_policy_easing_or_tightening_moves_no_quantity(text):
    assert not any(t.startswith(("easing", "tightening")) or t.endswith(("easing", "tightening"))
                   for t in terms(text))


@pytest.mark.parametrize("text", [
    "Consumer confidence improved after the monetary easing.",
    "Manufacturing output rebounded on policy easing.",
])
def test_a_rise_after_a_policy_easing_is_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Strains in funding markets eased.", 1),
    ("Price pressures have been easing.", 1),
    ("Demand for credit eased in the quarter, and consumer spending was easing as well.", -1),
])
def test_an_easing_of_a_quantity_is_still_a_movement(text, sign):
    assert sign * score(text) > 0.1
