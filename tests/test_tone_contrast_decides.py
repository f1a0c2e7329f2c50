"""Issue 13, round 10 (FOMC and PBoC): the clause after "but" decides (guidelines rule 6) even when two
or three facts stand before it: "sales and profits rose, and hiring increased, but exports fell" is bad
news (the halved tone before the contrast used to outweigh it); and the main clause decides against a
concession ("although unemployment rose and output fell, the recovery has begun" is good news). A
clause of the same sign, or with no tone, leaves the sentence as it was. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("Sales and profits rose, and hiring increased, but exports fell.", -1),
    ("Household spending and business investment advanced, and the housing sector strengthened, "
     "but fiscal policy is restraining economic growth.", -1),
    ("Exports and output rose strongly, but growth slowed somewhat.", -1),
    ("Unemployment rose and output fell, but the recovery has begun.", 1),
    ("Orders and shipments declined, and inventories piled up, but demand has started to improve.", 1),
])
def test_the_clause_after_but_decides(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Sales rose, but profits rose even more.", 1),  # same sign: nothing to decide
    ("Growth slowed, but unemployment rose sharply.", -1),
    ("Employment increased strongly and output expanded, but the committee met in March.", 1),  # no tone after
])
def test_a_but_clause_of_the_same_sign_or_without_tone_changes_nothing(text, sign):
    assert sign * score(text) > 0.1


def test_without_a_contrast_both_facts_count():
    assert score("Sales and profits rose, and hiring increased, and exports fell.") > 0.1


def test_the_clause_before_still_counts_a_little():
    """It is weighed down, not dropped: the sentence is less bad than its last clause alone."""
    assert score("Exports fell.") < score("Sales and profits rose, and hiring increased, but exports fell.") < 0


def test_explain_names_the_rule():
    from toolkit.tone import explain

    rules = " ".join(explain("Sales and profits rose, and hiring increased, but exports fell.")["rule"])
    assert "decides: the clause after 'but' decides" in rules


@pytest.mark.parametrize("text, sign", [
    ("Although unemployment rose and output fell, the recovery has begun.", 1),
    ("Although the crisis abated and the global economy recovered moderately, uncertainties remained.", -1),
    ("Despite strong job gains and rising incomes, consumer spending fell.", -1),
    ("While exports and output grew strongly and hiring picked up, investment declined.", -1),
    ("Although sales and profits rose sharply and hiring increased strongly, the economy slowed.", -1),
    ("While losses widened sharply and defaults rose sharply, conditions improved.", 1),
    ("Despite sharply higher unemployment and sharply lower output and spending, confidence improved.", 1),
    ("Even though unemployment rose sharply and output fell steeply, the recovery has started.", 1),
])
def test_the_main_clause_decides_against_a_concession(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Although household spending rose at a moderate pace, business investment and exports remained weak.", -1),
    ("Consumption has held up reasonably well, though activity has flattened recently.", 1),
    ("Although sales were strong, profits rose even more.", 1),  # same sign: nothing to decide
])
def test_a_main_clause_that_already_decides_is_unchanged(text, sign):
    assert sign * score(text) > 0.1


def test_only_the_clause_the_contrast_opens_decides():
    """"..., but is still sticky, and growth ...": the list item after the "but" clause decides nothing."""
    text = ("The external environment is complex and severe as world growth is sluggish, inflation is expected "
            "to fall but is still sticky, and the economic growth of major economies is diverging.")
    assert score(text) < -0.1
