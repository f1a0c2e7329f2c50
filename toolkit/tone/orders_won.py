"""An order or a contract won with words between: "Ramirent wins EUR 6 mn contract in Sweden", "the
company won a EUR 12 mn order", "the group secured two new orders", "the shipyard landed a major
order". The lexicon reads the phrases "won an order", "won a contract", "received an order" (state,
good news: orders up for the firm, as round 13 labelled them); with a figure or an adjective between
the verb and its noun the phrase was not there and the sentence said nothing. Here an order noun of
:data:`ORDERS` becomes the phrase "won an order" when a verb of :data:`WINS` stands at most
:data:`GAP` words before it with only words without a role, numbers and units between ("a", "EUR",
"6", "mn", "major", "two", "new"). "Won more orders" (a movement between), "won a lawsuit" (no order
noun) and "the order was won" keep their reading; negation reaches the phrase as it reaches any
("has not received any new orders"); the phrase "new orders" is the noun ("secured two new orders").

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Ramirent wins EUR 6 mn contract in Sweden.", "The company won a lawsuit."])["score"]
>>> bool(s[0] > 0.1), float(s[1])
(True, 0.0)
"""
from __future__ import annotations

import numpy as np

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _won_orders

#: the verbs of winning an order
WINS = ("won", "wins", "win", "winning", "secured", "secures", "secure", "securing", "landed", "lands", "land",
        "landing", "received", "receives", "receive", "receiving", "booked", "books", "clinched", "bagged")
#: the nouns of what is won
ORDERS = ("order", "orders", "contract", "contracts", "tender", "tenders")
#: the lexicon's phrases of an order noun ("new orders", a good quantity of its own)
NEW = ("new orders", "new order")
#: how many words may stand between the verb and the noun
GAP = 5
#: the phrase of the lexicon the noun becomes
PHRASE = "won an order"
#: the lexicon needs ids for these words so that the rule can find them
WORDS = WINS + ORDERS + ("any",)


def noun_ids(lex) -> tuple:
    """The ids of the order nouns: the words of :data:`ORDERS` and the phrases of :data:`NEW`."""
    return tuple(lex.ids[w] for w in ORDERS if w in lex.ids) + tuple(lex.phrase_of[w] for w in NEW if w in lex.phrase_of)


def _won_orders(ids: np.ndarray, lex, at: np.ndarray) -> None:
    """Rewrite, in ``ids`` in place, each order noun at ``at`` (:func:`noun_ids`) won by a verb of
    :data:`WINS` before it (see the module) to the lexicon's phrase :data:`PHRASE`."""
    won = lex.phrase_of.get(PHRASE)
    if won is None or not len(at):
        return
    wins = lex.word_mask(WINS)
    for k in at.tolist():
        for p in range(k - 1, max(k - GAP - 1, -1), -1):
            i = ids[p]
            if wins[i]:
                ids[k] = won
                break
            if i == lex.num_id or lex.figure_mask[i] or not lex.active[i]:
                continue
            break
