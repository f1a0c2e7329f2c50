"""Issue 13, fourth round: a list of aims goes on after a comma or "and": a goal verb ("improve",
"strengthen", "ensuring", "keeping") that opens the next item continues the purpose clause before it,
so its tone is an aim too ("to prevent new risks, further improve asset quality and strengthen
capital buffers" states no outcome). Without a purpose clause before it, or after a contrast, the
same verb states an outcome. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Banks were told to curb new lending risks, further improve asset quality and strengthen capital buffers.",
    "The measures are aimed at stabilising expectations, ensuring ample liquidity and keeping growth on a solid path.",
    "The plan seeks to lower funding costs for small firms, boost household demand and support a robust recovery.",
    "The transfers were designed to protect household incomes, maintain strong employment, and foster healthy investment.",
])
def test_a_goal_verb_after_a_comma_continues_the_list_of_aims(text):
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("Export orders rose sharply, improving the outlook for manufacturers.", 1),  # no purpose before it
    ("The bank cut rates to support demand, but consumer spending weakened further.", -1),  # a contrast ends the aims
    ("Measures were taken to support lending, and profits of small firms improved markedly.", 1),  # a noun opens it
])
def test_without_a_purpose_before_it_the_clause_states_an_outcome(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The fiscal stimulus is promoting robust growth in the region.",
    "Cheap loans are fostering strong investment.",
    "Cheaper credit promotes consumer spending.",
    "The new credit lines promoted employment last year.",
])
def test_a_finite_promote_states_an_effect_not_an_aim(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "The PBC will use a range of tools to promote robust growth.",
    "Measures were adopted in order to foster strong investment.",
    "Policy is aimed at promoting sustained growth in employment.",
])
def test_promote_after_a_purpose_or_a_commitment_stays_an_aim(text):
    assert score(text) == 0


@pytest.mark.parametrize("text", [
    "Measures will also be taken to expand lending and improve risk control.",
    "Steps will also be taken to cut costs for firms facing difficulties.",
    "Measures will also be taken so that the recovery stays solid.",
    "Steps will also be taken so that losses at small banks do not mount.",
])
def test_measures_will_also_be_taken_is_an_intention_like_without_also(text):
    assert score(text) == 0


@pytest.mark.parametrize("text, sign", [
    ("Measures were also taken last year, and output grew strongly.", 1),
    ("Output also rose strongly after the measures were taken.", 1),
    ("The recovery will also be supported by strong exports.", 1),
])
def test_taken_without_the_future_intention_states_what_happened(text, sign):
    assert sign * score(text) > 0.1
