"""Round 14 (i13-r14c): a passive counterweight names a new subject.

"Job losses in manufacturing were outweighed by gains in services": the gains are the services', not
a rise of job losses. A movement right after "offset by", "outweighed by", "compensated by" (kind
``counterweight``) pairs with no quantity before them, and the subject before them is not carried over
them (as it is over "but": "has eased but remains elevated").
"""
from __future__ import annotations

import pytest

from conftest import tone_label as label_of

from toolkit.tone import score_texts


def _terms(text):
    return [t.term for t in score_texts([text])["terms"].iloc[0]]


@pytest.mark.parametrize("text", [
    "Job losses in manufacturing were outweighed by gains in services.",
    "Job losses at factories were more than offset by gains elsewhere.",
    "Layoffs in retail were offset by gains in health care.",
    "Losses in the steel sector were partly offset by gains in other sectors.",
])
def test_a_movement_after_a_counterweight_is_not_the_subject_s(text):
    assert not any(term.split()[0] in ("job", "layoffs", "losses") and term.endswith("gains") for term in _terms(text))


@pytest.mark.parametrize("text, label", [
    ("Job losses in manufacturing were outweighed by gains in services.", "positive"),
    ("Gains in some manufacturing sectors were offset by declines in others.", "neutral"),
    ("Inflation has eased but remains elevated.", "negative"),
    ("Weaker exports were offset by stronger consumer spending.", "positive"),
    ("Sales rose but fell back in December.", "negative"),
])
def test_counterweights_and_subjectless_contrasts(text, label):
    assert label_of(text) == label
