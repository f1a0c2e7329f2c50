""""grew at a sluggish pace": a weak pace said of a rise is the rise's state (round 14, Beige Book,
i13-r14a).

The district reports size a movement by its pace: "consumer spending grew at a sluggish pace",
"activity increased at a slow pace", "sales rose at a tepid rate". The rise (good news of a good
quantity) and the weak word (bad news: guidelines rule 2, "sluggish", "subdued", "tepid", "weak",
"soft" are -1) paired with the same quantity and cancelled, so the sentence read neutral; its news
is the weakness: growth that is sluggish is sluggish growth. A strong pace ("at a robust pace") and a
pace word of its own ("at a slower pace", the pace module) read as before.

:func:`_pace_states` is a step of :class:`toolkit.tone.engine._Layout`, after the phrases: at each
weak word of :data:`WEAK` that stands before a pace noun of :data:`PACES` as "at a [degree] WEAK
pace", the rise right before "at" (over at most one word without a role or one degree word: "grew
only at a sluggish pace") is blanked, so the weak word pairs with the quantity alone. A fall is left
("fell at a slow pace" stays bad news). Position arrays only.

>>> from toolkit.tone import score_texts
>>> score_texts(["Consumer spending grew at a sluggish pace.", "Sales rose at a robust pace."])["label"].tolist()
['negative', 'positive']
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _pace_states

#: the weak words that size a pace ("at a sluggish pace")
WEAK = ("slow", "sluggish", "subdued", "tepid", "weak", "soft", "anemic", "anaemic", "lackluster",
        "lacklustre", "feeble", "meager", "meagre")
#: the nouns of a pace
PACES = ("pace", "rate", "clip")
#: the articles between "at" and the pace
ARTICLES = ("a", "an")
#: the lexicon needs ids for these words so that the rule can find them
WORDS = WEAK + PACES + ARTICLES + ("at",)


def _pace_states(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Blank, in ``ids`` in place, the rise before each "at a WEAK pace" (``at``: the sorted positions of
    the words of :data:`WEAK`; see the module)."""
    if not len(at) or "at" not in lex.ids:
        return
    end = len(ids) - 1
    at = at[(at >= 3) & (at < end)]
    at = at[lex.word_mask(PACES)[ids[at + 1]]]
    if not len(at):
        return
    article = at - 1
    degree = (lex.ival[ids[article]] != 1.0) & (article > 2)  # "at a very sluggish pace"
    article = np.where(degree, article - 1, article)
    at_word = article - 1
    ok = lex.word_mask(ARTICLES)[ids[article]] & (ids[at_word] == lex.ids["at"]) & (at_word > 0)
    rise = at_word - 1
    between = (ids[rise] == 0) | (lex.ival[ids[rise]] != 1.0)  # "grew only at", "increased slightly at"
    rise = np.where(between & (rise > 0), rise - 1, rise)
    ok &= lex.mdir[ids[rise]] > 0
    ids[rise[ok]] = 0
