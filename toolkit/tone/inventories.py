""""stocks" that are inventories: "stocks of coal", "steel stocks", "inventory stocks", "the stock of homes".

The lexicon reads "stocks" / "stock" as the stock market (a good quantity of value 0: "stocks fell
sharply" is bad news). In the Beige Book and in reports on goods, a stock is often what is held in a
store: "utilities report unusually low stocks of coal", "steel stocks are high", "inventory stocks at
retail establishments". Such a stock is an inventory, and inventories carry no tone of their own in
the lexicon, so the word becomes one without a role (the lexicon's ``inventory_id``) when

* a named good (lexicon kind ``commodity``: coal, steel, crude oil, grain, lumber) or a word of stocks
  held (:data:`HELD`: inventory, housing, capital) comes right before it ("coal stocks", "the housing
  stock"), or
* "of" comes right after it and no company word (:data:`COMPANIES`) follows within
  :data:`REACH` words of the same clause ("stocks of finished goods", "the stock of unsold homes"; not
  "stocks of small companies", which are shares).

"stock market", "stock prices" and "stocks" alone ("stocks rallied", "low stocks") keep their reading.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Utilities report unusually low stocks of coal.", "Stocks fell sharply."])["score"]
>>> float(s[0]), bool(s[1] < 0)
(0.0, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _phrase_start
from toolkit.tone.rules import F_HARD, F_SOFT, FLAG

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _inventory_stocks

#: words of stocks held, right before "stock(s)" ("inventory stocks", "the housing stock")
HELD = ("inventory", "inventories", "housing", "capital", "warehouse", "retail")
#: words that make "stocks of ..." shares ("stocks of technology companies")
COMPANIES = ("company", "companies", "firm", "firms", "bank", "banks", "corporation", "corporations",
             "issuer", "issuers", "insurer", "insurers", "producers", "exporters", "utilities")
#: how many words after "of" may hold the company word
REACH = 4
#: the lexicon needs ids for these words so that the rule can find them
WORDS = HELD + COMPANIES + ("stock", "stocks", "of")


def _inventory_stocks(ids: np.ndarray, lex, ends: np.ndarray | None = None, at: np.ndarray | None = None) -> None:
    """Give each "stock(s)" that names an inventory ``lex.inventory_id`` (in place). ``ends``: the last
    token of the phrase starting at each position (``_Layout.last``), so that a good of several words
    counts ("crude oil stocks"); ``at``: the positions of "stock(s)" when the caller has them."""
    if at is None:
        at = np.flatnonzero(lex.word_mask(("stock", "stocks"))[ids])
    if not len(at):
        return
    last = len(ids) - 1
    before = np.maximum(at - 1, 0)
    before = _phrase_start(ends, before)  # the start of a phrase that ends right before "stocks"
    prev = ids[before]
    held = (at > 0) & (((lex.flags[prev] & FLAG["named good"]) > 0) | lex.word_mask(HELD)[prev])
    open_ = ids[np.minimum(at + 1, last)] == lex.ids["of"]
    shares = np.zeros(len(at), dtype=bool)
    for d in range(2, REACH + 2):  # the words after "of", up to a clause mark
        p = np.minimum(at + d, last)
        open_ &= (at + d <= last) & ((lex.flags[ids[p]] & (F_SOFT | F_HARD)) == 0)
        shares |= open_ & lex.word_mask(COMPANIES)[ids[p]]
    of = (ids[np.minimum(at + 1, last)] == lex.ids["of"]) & (at < last)
    ids[at[held | (of & ~shares)]] = lex.inventory_id
