"""One pass over the token ids for the words that the round-10 readings start from.

Each reading (``slack_adjective``, ``alternatives``, ``than``, ``homographs``, ``inventories``,
``market_lookalikes``, ``negation_links``) starts from a few words that have no role of their own or one that changes
("slack", "fuel", "stocks", "yields", "interest", "translating", "stopped", "more than" ...). Instead
of one gather over all tokens per reading, :class:`Triggers` finds all of them with one cached mask
(:meth:`toolkit.tone.lexicon.Lexicon.word_mask`) and one ``flatnonzero``, and :meth:`Triggers.at`
hands each reading its own positions: a gather over those few positions only. The ids at a position
are read when asked, so a reading sees the relabelling of the readings before it; a reading that
looks for a word an earlier reading writes ("prices", written for "price") needs the written-from
word among ``WORDS`` too, since only the positions found here are looked at.

>>> import numpy as np
>>> from toolkit.tone.lexicon import load_lexicon
>>> lex = load_lexicon()
>>> ids = np.array([lex.ids[w] for w in ("demand", "was", "slack")])
>>> Triggers(ids, lex).at(("slack",)).tolist()
[2]
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.alternatives import phrase_ids as alternative_ids
from toolkit.tone.difficult import WORDS as DIFFICULT
from toolkit.tone.bare_rates import RATES
from toolkit.tone.contrast_next import STILL
from toolkit.tone.negator_quantifiers import LITTLE
from toolkit.tone.one_hand import phrase_ids as one_hand_ids
from toolkit.tone.risk_tilts import UPSIDE
from toolkit.tone.establishments import PLACES
from toolkit.tone.forecast_complements import FORECASTERS
from toolkit.tone.pace_states import WEAK as WEAK_PACES
from toolkit.tone.hires import VERBS as HIRES
from toolkit.tone.pushes import PHRASES as PUSH_PHRASES, WORDS as PUSHES
from toolkit.tone.helped_outcomes import helped_ids
from toolkit.tone.homographs import SPELLINGS
from toolkit.tone.market_lookalikes import LOOKS
from toolkit.tone.negation_links import DOUBTS, ENDINGS, LINK_VERBS, report_ids
from toolkit.tone.orders_won import noun_ids as order_ids
from toolkit.tone.than import PHRASES
from toolkit.tone.undone_causes import UNDOING

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout builds one per call

#: the words and phrases the readings start from ("price" / "prices": toolkit.tone.pricing and
#: toolkit.tone.topics._good_prices, which reads the "prices" pricing makes of "price"; "moderate",
#: "contract": toolkit.tone.topics._verbs_moderate)
WORDS = ("slack", "stock", "stocks") + RATES + SPELLINGS + LOOKS + LINK_VERBS + ENDINGS + DOUBTS + UNDOING + DIFFICULT \
    + ("price", "prices", "moderate", "contract") + PUSHES + PLACES + HIRES + STILL + LITTLE + FORECASTERS + WEAK_PACES \
    + UPSIDE


class Triggers:
    """The positions in ``ids`` of the words the readings start from (found once)."""

    def __init__(self, ids: np.ndarray, lex):
        self.ids, self.lex = ids, lex
        words = [w for w in WORDS if w in lex.ids] + [lex.phrase_of[p] for p in (*PHRASES, *PUSH_PHRASES)
                                                      if p in lex.phrase_of]
        words += list(report_ids(lex)) + list(alternative_ids(lex)) + list(helped_ids(lex)) + list(one_hand_ids(lex))
        words += list(order_ids(lex))
        self.pos = np.flatnonzero(lex.word_mask(tuple(words))[ids])

    def at(self, words) -> np.ndarray:
        """The sorted positions whose id is now one of ``words`` (terms or ids)."""
        p = self.pos
        return p[self.lex.word_mask(tuple(words))[self.ids[p]]]
