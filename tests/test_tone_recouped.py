"""Issue 13, round 11 (Beige Book): "recover" with a bad-direction quantity as its object is that
quantity made good ("farmers were able to recover losses"): the verb reads like "reduced", good news
(guidelines rule 1), not losses rising. Without such an object the verb keeps its reading. Our own
sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text", [
    "Farmers were able to recover losses suffered earlier in the year.",
    "Lenders hope to recover most of the losses on bad loans.",
    "Airlines recovered fuel costs with surcharges.",
    "Growers recovered their losses from the spring floods.",
    "Some retailers are recovering the costs of the storm.",
])
def test_recovering_a_bad_quantity_is_good_news(text):
    assert score(text) > 0.1


def test_the_bad_quantity_goes_down():
    assert "recovered (made good) losses" in terms("Farmers recovered most of their losses.")


@pytest.mark.parametrize("text, sign", [
    ("Sales recovered in the second quarter.", 1),  # no object: the subject rose
    ("Output recovered from its losses.", 1),  # a preposition: where the recovery started
    ("Farmers recovered their sales.", 1),  # a good object rose
    ("Manufacturing recovered, but losses at the mills widened.", -1),  # the losses are no object
])
def test_recover_without_a_bad_object_keeps_its_reading(text, sign):
    assert sign * score(text) > 0.1
    assert not any("made good" in t for t in terms(text))
