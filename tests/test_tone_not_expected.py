"""Issue 13, round 11 (Beige Book): a thing said not to be expected will not happen - the negation
stands after what it negates ("layoffs are not expected", "a rebound is not expected until next
year"), like "did not materialise" (toolkit.tone.unrealised). Present tense only: "the decline was
not expected" happened, a surprise. Before "to" the negation reaches forward as before ("sales are
not expected to improve"). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from toolkit import score_texts


@pytest.mark.parametrize("text, sign", [
    ("Layoffs are not expected.", 1),
    ("A dramatic drop-off in activity is not expected.", 1),
    ("Further price increases are not anticipated.", 1),
    ("A rebound is not expected until the third quarter.", -1),
    ("Significant layoffs are not planned.", 1),
])
def test_what_is_not_expected_will_not_happen(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales are not expected to improve.", -1),  # the negation reaches forward, as before
    ("Layoffs are not expected to increase.", 1),
    ("Strong sales were not expected.", 1),  # past tense: the strong sales happened
])
def test_infinitives_and_surprises_keep_their_reading(text, sign):
    assert sign * score(text) > 0.1


def test_not_expected_stays_a_forecast():
    row = score_texts(["Layoffs are not expected."]).loc[0]
    assert bool(row["forward_looking"]) and row["uncertainty"] >= 1
