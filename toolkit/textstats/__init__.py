"""Text statistics: counts and tests on words and phrases, whatever the texts are.

================  ==================================================================
``keyness``       log-likelihood G², p-value and log ratio for words and n-grams
``g2_statistic``  the 2×2 log-likelihood statistic on its own (Dunning 1993)
================  ==================================================================
"""
from __future__ import annotations

from .keyness import g2_statistic, keyness

__all__ = ["keyness", "g2_statistic"]
