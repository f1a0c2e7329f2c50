"""Issue 13, third round: after a contrast word, a clause without a subject of its own ("..., but
remains elevated", "but is still low", "but they remain strong") says how the subject of the clause
before it stands: its movement word pairs with that subject, and as the clause after "but" it
decides. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term, sign", [
    ("Consumer prices have cooled over the last two quarters but remain elevated.", "consumer prices elevated", -1),
    ("Hiring in the district has slowed since the spring but is still strong.", "hiring strong", 1),
    ("The jobless rate edged up in the autumn months, but remains low.", "jobless rate low", 1),
    ("Farm incomes recovered somewhat after the drought, but they remain weak.", "incomes weak", -1),
    ("Business investment picked up in the first half of the year but remained subdued.", "business investment subdued", -1),
])
def test_a_clause_without_a_subject_after_but_moves_the_subject_before_it(text, term, sign):
    assert term in terms(text)
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, term", [
    ("Exports grew strongly over the summer but inflation remains elevated.", "inflation elevated"),  # own subject
    ("Output grew over the summer months, but the strains on suppliers remain high.", "strains high"),
])
def test_a_clause_with_its_own_subject_keeps_it(text, term):
    assert term in terms(text)


@pytest.mark.parametrize("text, wrong", [
    ("Retail sales rose but the tourism season remained weak.", "retail sales"),  # a subject the lexicon does not know
    ("Payrolls grew in the spring but many hotels still reported weak bookings.", "payrolls"),
    ("Spending rose in May. But remains low, one contact said, were the stocks of lumber.", "spending"),  # another sentence
])
def test_no_subject_is_handed_back_over_other_words_or_sentences(text, wrong):
    assert not any(t.startswith(wrong) and t != f"{wrong} rose" and t != f"{wrong} grew" for t in terms(text))


@pytest.mark.parametrize("text", [
    "Weakness in hiring resembled that of 2002, but more worrying, it is more widespread.",
    "Although sales slipped, they are more varied than before.",
    "Profits recovered over the summer months but more unevenly than hoped.",
])
def test_more_or_less_before_an_adjective_is_no_movement_of_the_subject(text):
    assert not any(t.endswith((" more", " less")) for t in terms(text))
