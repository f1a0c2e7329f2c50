"""The three checks of a probe table: the tone, forward-looking and certainty tests of the probe files
(tests/test_tone_r13_intention_probes.py, tests/test_tone_r14_minutes_probes.py), written once.

A table is a list of ``(family, text, tone, forward-looking, uncertain)`` (None: not probed for that
measure) and a dict ``{(measure, text): reason}`` of the probes still wrong, which become
``xfail(strict=True)`` with their reason. Each sentence is scored once for its three checks.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from toolkit.tone import score_texts


@lru_cache(maxsize=None)
def scored(text):
    """The score row of one probe, computed once for its three labels."""
    return score_texts([text]).iloc[0]


def cases(probes, wrong, column: int, measure: str) -> list:
    """The probes labelled for ``measure`` (the ``column`` of ``probes``), the wrong ones marked
    ``xfail(strict=True)`` with their reason."""
    return [pytest.param(p[1], p[column], marks=[pytest.mark.xfail(strict=True, reason=wrong[measure, p[1]])]
                         if (measure, p[1]) in wrong else []) for p in probes if p[column] is not None]


def probe_tests(probes, wrong):
    """The three parametrized tests of a probe table, to be bound to ``test_*`` names in its module."""
    @pytest.mark.parametrize("text, label", cases(probes, wrong, 2, "tone"))
    def test_tone_probe(text, label):
        assert scored(text)["label"] == label

    @pytest.mark.parametrize("text, forward", cases(probes, wrong, 3, "forward"))
    def test_forward_looking_probe(text, forward):
        assert bool(scored(text)["forward_looking"]) is forward

    @pytest.mark.parametrize("text, uncertain", cases(probes, wrong, 4, "uncertain"))
    def test_certainty_probe(text, uncertain):
        assert bool(scored(text)["uncertainty"] > 0) is uncertain

    return test_tone_probe, test_forward_looking_probe, test_certainty_probe
