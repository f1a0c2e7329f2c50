"""Issue 13, round 8 (other central banks): "positive" and "negative" said of a rate or a price figure
give the number's sign, not a judgement of the economy (guidelines rule 10: rates and other levels
quoted without an evaluation are no news): "real interest rates remained significantly positive",
"negative real interest rates". Said of news, an impact, an outlook or activity they keep their tone.
Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score
from conftest import tone_terms


@pytest.mark.parametrize("text", [
    "Real interest rates on bank loans remained significantly positive.",
    "Members discussed the effect of negative real interest rates on savings.",
    "Real interest rates turned negative in March.",
    "Short-term yields stayed positive for the first time since 2015.",
    "The ex-ante real policy rate remains positive, at about 1 percent.",
])
def test_the_sign_of_a_rate_is_no_news(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("The news on the financial side was positive.", 1),
    ("The outlook for exports remains positive.", 1),
    ("Rising prices had a negative effect on household spending.", -1),
    ("Higher interest rates had a negative impact on investment.", -1),
    ("Investor sentiment turned negative after the announcement.", -1),
    ("Retailers say credit quality trends are positive.", 1),  # said of the trends, not of credit
    ("Card lending remains a positive for the industry.", 1),  # a noun, not a sign
])
def test_positive_and_negative_of_anything_else_keep_their_tone(text, sign):
    assert sign * score(text) > 0.1


def test_the_sign_shows_in_explain():
    assert "positive" in tone_terms("Real interest rates remained positive.")  # a term with its note, weight 0
