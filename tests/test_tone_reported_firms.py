"""Round 14 (company news, i13-r14d): "it" reported by a verb of report whose subject is no
institution is the firm reported on, so its plan keeps its tone (toolkit.tone.reported_firms;
guidelines rule 4 is about the institution's intentions, a company's plan to cut jobs is -1)."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text, sign", [
    ("The company said it will cut 50 jobs.", -1),
    ("Nokia said it will cut 1,700 jobs worldwide.", -1),
    ("The company said it would close the plant.", -1),
    ("Finnish Componenta said it will lay off 120 workers.", -1),
    ("The retailer announced that it will open a new store in Oulu.", 1),
    ("Grumman announced that it will eliminate 2500 jobs beginning in January.", -1),
])
def test_a_firm_s_reported_plan_keeps_its_tone(text, sign):
    assert score(text) * sign > 0.1


@pytest.mark.parametrize("text", [
    "The Committee said it will keep rates low to support growth.",  # the institution reports itself
    "Last December, the Committee indicated that it would continue to increase its holdings.",
    "The Bank of Korea said it will support the recovery.",
    "It will continue to support growth.",  # no verb of report
    "The member noted that it would be important to promote positive views so that demand could lead to growth.",
    "One member said it was appropriate to keep rates low to support the recovery.",  # an impersonal "it"
    "The member stated that it would therefore be better to keep a close watch on the progress in corporate "
    "restructuring together with its financial and economic effects, while holding the Base Rate.",
])
def test_the_institution_s_own_it_stays_a_commitment(text):
    assert abs(score(text)) <= 0.1
