"""Issue 13, round 11 (Beige Book): "light" as a predicate is a low level ("store traffic was light",
"backlogs remain light": bad news; "damage was light": good news); before a noun it names a kind
("light trucks", "light industrial space") and moves nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Store traffic was light during the first week of the month.", -1),
    ("Nonresidential builders said their backlogs remain light.", -1),
    ("Demand for business loans has been light.", -1),
    ("Hurricane damage was light compared with last year.", 1),
    ("Holiday hiring was lighter than usual.", -1),
])
def test_light_as_a_predicate_is_a_low_level(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Light vehicle sales rose in March.", 1),  # a kind of vehicle: the sales rose
    ("Sales of light trucks were strong.", 1),
    ("Leasing of light industrial space picked up.", 1),
])
def test_light_before_a_noun_is_a_kind(text, sign):
    assert sign * score(text) > 0.1


def test_light_of_no_quantity_is_no_news():
    assert abs(score("Rainfall was light in the spring.")) < 0.1
