"""Issue 13, third round: a main clause that opens with "it" or "they" right after a concession
clause ("Although X slowed, it remains high") speaks of the concession's subject, and as the main
clause it decides (guidelines rule 6). An "it" that stands for nothing ("it was pointed out") is left
alone. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score, tone_terms as terms


@pytest.mark.parametrize("text, term, sign", [
    ("Although unemployment edged up in the autumn, it is still low.", "unemployment low", 1),
    ("While consumer prices are rising more slowly, they remain high.", "consumer prices high", -1),
    ("Though factory orders dipped in March, they remain strong by historical standards.", "orders strong", 1),
    ("Even though the deficit narrowed last year, it remains elevated.", "deficit elevated", -1),
    ("While hiring has picked up, it remains weak in most sectors.", "hiring weak", -1),
])
def test_a_pronoun_after_a_concession_stands_for_its_subject(text, term, sign):
    assert term in terms(text)
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, wrong", [
    ("While discussing the outlook for growth, it was pointed out that exports remained weak.", "growth"),
    ("Although exports fell, they said that demand remains strong.", "exports strong"),  # "said": not linking
    ("Although exports fell, the firms remain strong.", "exports strong"),  # a subject of its own
    ("Exports fell, and it remains strong that we know.", "exports strong"),  # no concession clause
])
def test_no_subject_is_handed_to_a_pronoun_that_does_not_stand_for_it(text, wrong):
    assert not any(t.startswith(wrong) for t in terms(text))
