"""Issue 13, tenth round (other central banks): a movement word before "pace of" / "pace in" says how
what follows the preposition moves ("amid a slower pace in public sector spending" is spending slowing,
not the demand named before it), and before a movement noun there its pace ("a slower pace of increase
in unemployment" is good news). "Grew at a slower pace" keeps its reading. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term", [
    ("Firms sustained domestic demand amid a slower pace in public sector spending.", "slower spending"),
    ("Households kept up consumption despite a weaker pace of income growth.", "weaker income"),
    ("The central bank noted strong exports and a faster pace of hiring.", "faster hiring"),
    ("Consumer confidence held, amid the slower pace of job creation.", "slower job creation"),
])
def test_the_movement_pairs_with_what_follows_pace(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, sign", [
    ("A slower pace of increase in unemployment was recorded.", 1),
    ("Inflation fell, reflecting a slower rate of increase in food prices.", 1),
    ("A faster pace of decline in output was recorded.", -1),
])
def test_before_a_movement_noun_it_is_that_movements_pace(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text, sign", [
    ("The economy grew at a slower pace.", -1),
    ("Unemployment rose at a faster rate.", -1),
    ("Sales rose at a faster pace than output.", 1),
])
def test_a_pace_phrase_after_a_movement_keeps_its_reading(text, sign):
    assert score(text) * sign > 0.1
