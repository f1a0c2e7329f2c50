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


# ------------------------------------------------------------------ ranges said with "little changed"; the activity of lending
@pytest.mark.parametrize("text, sign", [
    ("Employment in the District was little changed to down slightly.", -1),
    ("Sales at most dealers were little changed to lower.", -1),
    ("Shipments were little changed to slightly higher.", 1),
    ("Bankers reported stronger commercial lending activity.", 1),
    ("Contacts noted weaker mortgage activity in recent weeks.", -1),
    ("Orders for machinery were little changed to weaker.", -1),
    ("Construction activity was little changed to slightly lower.", -1),
    ("Hiring was little changed to down in most sectors.", -1),
    ("Bankers noted a decline in commercial lending activity.", -1),
    ("Lenders reported higher mortgage lending activity.", 1),
])
def test_a_little_changed_range_and_lending_activity_read_as_activity(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "Loan volumes were little changed.",
    "Prices were little changed.",
    "Outstanding loans grew 9 percent.",  # a credit figure: no news (rule 10)
])
def test_held_still_or_a_credit_figure_is_no_news(text):
    assert abs(score(text)) <= 0.1


# ------------------------------------------------------------------ forward-looking and certainty words of the district reports
def _row(text):
    from toolkit.tone import score_texts

    return score_texts([text]).iloc[0]


@pytest.mark.parametrize("text, forward", [
    ("Holiday sales fell short of expectations.", False),  # an old forecast (F6)
    ("Bookings exceeded expectations this summer.", False),
    ("Sales are expected to exceed expectations.", True),
    ("Manufacturers were optimistic about the next six months.", True),  # future time (F7)
    ("Contacts were upbeat about sales for the remainder of the year.", True),
    ("Retail sales rose in the previous six months.", False),
])
def test_results_against_expectations_and_future_time(text, forward):
    assert bool(_row(text)["forward_looking"]) is forward


@pytest.mark.parametrize("text, uncertain", [
    ("Firms expect to increase hiring over the next six months.", True),  # a forecast word (C2)
    ("Most retailers expect to raise prices.", True),
    ("Builders anticipate to start fewer homes.", True),
    ("Dealers expected to sell fewer cars this winter.", True),
    ("Farmers are expecting to plant more corn.", True),
    ("Firms increased hiring.", False),
    ("Most retailers raised prices.", False),
    ("Firms plan to increase hiring.", False),
])
def test_expect_to_is_a_forecast_word(text, uncertain):
    assert bool(_row(text)["uncertainty"] > 0) is uncertain
