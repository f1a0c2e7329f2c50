"""Issue 13, round 7: the Beige Book compares with a year earlier - "sales were 3 percent above their
year-ago levels", "construction is well below last year's" - far from the subject, over a period and
a figure. "above / ahead of" and "below / behind" a year earlier are movements of the sentence's
subject, like "up from" / "down from": they reach back over the words between (commas free), and
their sign is the subject's valence. Beside no known quantity they say nothing. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Sales during the four-week holiday period were 3.5 percent above their year-ago levels.", 1),
    ("Bookings at hotels in the mountain resorts were running about 8 percent ahead of last year.", 1),
    ("Orders for farm equipment in the first quarter were well below year-ago levels.", -1),
    ("Claims for unemployment insurance in the state in May were well below a year earlier.", 1),
    ("Car sales at dealers in the northern part of the District were 9 percent below last year.", -1),
])
def test_a_comparison_with_a_year_ago_moves_the_subject(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The survey was conducted in the same weeks as a year ago.",  # no comparison
    "Respondents in the eastern counties were asked the same questions as last year.",
    "Temperatures in January were well above year-ago levels.",  # no quantity of the lexicon
    "Deposits at savings institutions were 4 percent above year-ago levels.",  # a level: a figure, no news
])
def test_a_year_ago_without_an_economic_subject_says_nothing(text):
    assert abs(score(text)) <= 0.1


def test_the_comparison_still_dates_its_sentence_in_the_past():
    """"the outlook ... above last year's": a comparison with the past, so the forecast noun is not
    forward-looking."""
    from toolkit.tone import score_texts

    row = score_texts(["Prospects for sales were 5 percent above last year's levels."]).iloc[0]
    assert not row["forward_looking"]
