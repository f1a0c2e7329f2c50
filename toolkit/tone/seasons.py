""""fall" the season: "in the fall", "this fall", "last fall", "summer and fall" are a time, not a fall.

The Beige Book dates its reports by the season ("sales are expected to pick up this fall", "hiring was
strong last fall"). A "fall" is the season when it comes right after a word that names a time
("this", "last", "next", "past", "coming", "early", "late", "mid", "each", "every"), after a time
preposition and "the" ("in the fall", "during the fall", "through the fall", "since the fall"), or
beside another season over "and" / "or" ("summer and fall", "fall and winter"; not a verb after "rise
or": "output could rise or fall and winter wheat ..."); it then becomes a word
without a role that fills the pairing window like a month (the lexicon's ``season_id``). A fall with a
phrase of what moved stays a movement: "the fall in prices", "this fall in orders", "after the fall of
the dollar", "a fall to 3 percent", "the fall from its peak" ("in the fall of 2008" is the season: a
number after "of" that is not a figure, like a year).

>>> from toolkit.tone.lexicon import load_lexicon
>>> from toolkit.tone.text import _tokens
>>> lex = load_lexicon()
>>> [lex.terms[i] for i in _tokens(["Hiring was strong last fall."], lex)[2:5]]
['strong', 'last', 'fall (the season)']
>>> lex.terms[_tokens(["Prices rose after the fall in the dollar."], lex)[4]]
'fall'
"""
from __future__ import annotations

import numpy as np

from toolkit.tone._arrays import _in_sorted

__all__: list[str] = []  # internal: the tokenizer calls _seasons

#: words that name a time right before "fall" ("last fall", "early fall")
TIME_WORDS = ("this", "last", "next", "past", "coming", "early", "late", "mid", "each", "every")
#: time prepositions before "the fall" ("during the fall")
TIME_PREPOSITIONS = ("in", "during", "through", "throughout", "by", "until", "since", "over", "into",
                     "before", "after", "for")
#: the other seasons, joined to "fall" by "and" / "or" ("summer and fall")
SEASONS = ("summer", "winter", "spring", "autumn")
#: words after "fall" that give it a phrase of what moved ("the fall in prices")
MOVED = ("in", "of", "to", "from", "below", "by")
#: words the lexicon needs ids for so that the rule can find them
WORDS = TIME_WORDS + TIME_PREPOSITIONS + SEASONS + MOVED + ("fall", "the", "and", "or")


def _seasons(ids: np.ndarray, starts: np.ndarray, off: np.ndarray, lex) -> None:
    """Mark each "fall" that names the season as ``lex.season_id`` (in place). ``ids`` are the token ids
    of all texts (no separators yet), ``starts`` the byte where each token starts, ``off`` where each
    text starts: no look crosses into another text."""
    at = lex.positions(ids, "fall")
    if not len(at):
        return
    first = np.searchsorted(starts, off[:-1])  # the first token of each text, sorted
    n = len(ids)

    def word(p, words):  # the token at p is one of words, and p is inside the text of ``at``
        ok = (p >= 0) & (p < n)
        return ok & lex.word_mask(words)[ids[np.clip(p, 0, n - 1)]]

    opens = _in_sorted(at, first)  # "fall" opening its text has no word before it
    opens1 = opens | _in_sorted(at - 1, first)
    ends = _in_sorted(at + 1, first) | (at + 1 >= n)
    time = ~opens & word(at - 1, TIME_WORDS)
    time |= ~opens1 & word(at - 1, ("the",)) & word(at - 2, TIME_PREPOSITIONS)
    time |= ~opens1 & word(at - 1, ("and", "or")) & word(at - 2, SEASONS)
    verb = ~opens1 & word(at - 1, ("and", "or", "to")) & ~word(at - 2, SEASONS)  # "rise or fall and ..."
    time |= ~ends & ~verb & word(at + 1, ("and", "or")) & word(at + 2, SEASONS) & ~_in_sorted(at + 2, first)
    moved = ~ends & word(at + 1, MOVED)
    nxt = np.clip(at + 2, 0, n - 1)  # "in the fall of 2008": a number that is no figure is a year
    year = ~ends & word(at + 1, ("of",)) & (ids[nxt] == lex.num_id) & ~_in_sorted(at + 2, first)
    year &= ~lex.figure_mask[ids[np.clip(at + 3, 0, n - 1)]] | _in_sorted(at + 3, first) | (at + 3 >= n)
    ids[at[time & (~moved | year)]] = lex.season_id
