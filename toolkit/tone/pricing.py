"""Prices in compounds: "price increases", "input price declines", "price growth" are the prices firms
charge moving, read against price stability like "prices rose" (guidelines: the inflation rule).

The singular "price" is a level in the lexicon: "the price of copper", "share price" name the price
of one good or asset, quoted without an evaluation (guidelines rule 10). Right before a movement
noun ("price increases", "price reductions", "price cuts", "price growth") it modifies that
movement and says what moves: the prices of the firms speaking, the price level. It keeps its level
reading after a named good or a word that names an asset's price in the lexicon ("steel price
increases", "home price increases": the lexicon's "home prices"), before "for" / "of" and a named good
("price increases for copper"), and before anything else ("the
price of oil rose", "the price increased"). :func:`_price_nouns` runs on the token ids before the
engine pairs words, like :func:`toolkit.tone.topics._good_prices`.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import FLAG, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.engine calls _price_nouns

_GOOD = FLAG[next(m.kind for m in MODIFIERS if m.clause == "named good")]
#: movement nouns a price compound is made with ("price increases"); verbs ("increased") are not
MOVEMENT_NOUNS = frozenset("increase increases rise rises hike hikes gain gains advance advances jump jumps "
                           "decline declines reduction reductions cut cuts decrease decreases drop drops "
                           "growth acceleration deceleration escalation".split())


def _price_nouns(ids: np.ndarray, lex, at: np.ndarray | None = None) -> None:
    """Give "price" the id of "prices" (kind inflation) right before a movement noun, unless the word
    before it names a good or an asset ("steel", "home"). Changes ``ids`` in place; ``at``: the
    positions of "price" when the caller has them.

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["Manufacturers reported price reductions."]).loc[0, "score"]) > 0.1
    True
    """
    if at is None:
        at = lex.positions(ids, "price")
    target = lex.ids.get("prices")
    if not len(at) or target is None:
        return
    last = len(ids) - 1
    nouns = [lex.ids[w] for w in sorted(MOVEMENT_NOUNS) if w in lex.ids]
    ok = lex.word_mask(nouns)[ids[np.minimum(at + 1, last)]] & (at < last)
    before = ids[np.maximum(at - 1, 0)]
    named = ((lex.flags[before] & _GOOD) > 0) | lex.word_mask(_asset_words(lex).tolist())[before]
    ok &= ~(named & (at > 0))
    ok &= ~_for_a_good(ids, at + 1, lex)  # "price increases for copper", "the price decline was for natural gas"
    ids[at[ok]] = target


def _for_a_good(ids: np.ndarray, noun: np.ndarray, lex) -> np.ndarray:
    """Per movement noun at ``noun``, whether "for" / "of" follows within three tokens and a named good
    within three tokens after that ("price increases were for copper and aluminum")."""
    last = len(ids) - 1
    good = lex.flag_mask(_GOOD)  # by id: gathered at the few positions read
    link = [lex.ids[w] for w in ("for", "of") if w in lex.ids]
    out = np.zeros(len(noun), dtype=bool)
    for d in range(1, 4):
        at = np.minimum(noun + d, last)
        opens = lex.word_mask(link)[ids[at]] & (noun + d <= last)
        for e in range(1, 4):
            out |= opens & good[ids[np.minimum(at + e, last)]] & (at + e <= last)
    return out


def _asset_words(lex) -> np.ndarray:
    """Ids of the words that open a lexicon phrase "<word> price(s)" of kind level ("home prices",
    "oil price", "share price"): before "price" they name the asset whose price it is."""
    found = getattr(lex, "_asset_word_ids", None)
    if found is None:
        table = lex.table[lex.table["kind"] == "level"]
        words = {t.split()[0] for t in table["term"] if len(t.split()) == 2 and t.split()[1] in ("price", "prices")}
        found = lex._asset_word_ids = np.array(sorted(lex.ids[w] for w in words if w in lex.ids), dtype=np.int64)
    return found
