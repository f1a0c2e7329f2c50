"""Policy decisions and votes read from central-bank releases, to set beside tone and themes.

==================  ===================================================================
``decisions.py``    ``policy_decisions``: one row per release stating a decision (action,
                    level, change, dissents, evidence sentence)
``sentence.py``     one decision sentence read: instrument, action word, levels, move size
``levels.py``       ``parse_level`` ("4-1/4", "1/4", "5.25") and ``parse_change_bp``
                    ("by 25 basis points", "by 1/2 percentage point")
``votes.py``        ``parse_votes``: the voting paragraph, dissenters and what they preferred
``describe.py``     ``describe_decision``: a release's decision and vote in one sentence
``releases.py``     the decision of each release, for ``timeline``
``forms.py``        the instruments and action words (data: ``toolkit/data/policy_forms.tsv``)
``checks.py``       ``decision_agreement`` (actions against the move of the stated level) and
                    ``tone_before_moves`` (tone before cuts against before hikes)
==================  ===================================================================

>>> import pandas as pd
>>> from toolkit.policy import policy_decisions
>>> c = pd.DataFrame({"doc_id": ["x"], "text": ["The Committee decided to maintain the target range for "
...                   "the federal funds rate at 4-1/4 to 4-1/2 percent."]})
>>> policy_decisions(c)[["action", "level_low", "level_high"]].values.tolist()
[['maintain', 4.25, 4.5]]
"""
from __future__ import annotations

from .checks import decision_agreement, tone_before_moves
from .decisions import policy_decisions
from .describe import describe_decision
from .levels import parse_change_bp, parse_level
from .votes import parse_votes

__all__ = ["policy_decisions", "parse_level", "parse_change_bp", "parse_votes", "decision_agreement",
           "tone_before_moves", "describe_decision"]
