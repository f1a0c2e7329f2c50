"""Issue 13, round 14 (Beige Book, i13-r14a): words of the district reports the lexicon lacked or read
one way only. "Charge-offs" / "write-offs" are the lender's losses, a bad-direction quantity
(guidelines rule 1); "soften" is the verb of "softened"; "limited" says little of what it is said of,
like "low" ("layoffs were limited" is good news, "hiring is limited" bad news); running "at or near
capacity" is busy, "well below capacity" idle; "record levels" is a record high. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Net charge-offs increased at several banks.", -1),
    ("Charge-offs declined from the previous report.", 1),
    ("Loan write-offs rose in the agricultural sector.", -1),
    ("Retailers expect demand to soften after the holidays.", -1),
    ("Layoffs were limited.", 1),
    ("Price increases were limited to a few products.", 1),
    ("Most plants were operating at or near capacity.", 1),
    ("Iron ore mines continued to produce at full capacity.", 1),
    ("Paper mills were running well below capacity.", -1),
    ("Tourism activity remained near record levels.", 1),
    ("Delinquencies climbed to record levels.", -1),
])
def test_the_beige_book_word_reads_by_the_guidelines(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The bank charges a fee for write-offs processing.",  # no movement: the losses alone are mild
    "Home prices reached record levels.",  # the price of a good: a figure (rule 10)
    "Deposits were limited to insured accounts.",  # a level: no news
    "The plant has a capacity of 300 tons a day.",  # capacity named, not the plant running at it
])
def test_without_an_activity_the_word_is_no_news(text):
    assert abs(score(text)) <= 0.3
