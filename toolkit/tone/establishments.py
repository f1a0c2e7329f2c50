"""Places of business opened or closed: "two plants closed in the district", "several stores have
opened", "openings of retail stores and restaurants", "the company closed three mills". The lexicon
reads the compounds "store openings" (good, 0.3) and "plant closings" (bad, -0.5) but not the same
fact said with a verb or with "of": the place noun and the verb have no role. Here the place noun
(:data:`PLACES`) becomes the compound when

* a verb of :data:`OPENED` / :data:`CLOSED` comes right after it, over at most :data:`GAP` words of
  :data:`AUXILIARIES` ("plants closed", "stores have recently opened", "the mill was shut"), or
* a verb or noun of opening or closing comes before it, over at most :data:`GAP` words of the noun
  phrase, with no punctuation or movement word ("opened two new stores", "openings of retail stores", "the closing of a large plant"); a
  word that already has a role there ("closure", a state word) keeps its own reading and the noun
  is left alone, so the fact is not counted twice.

The base verbs of :data:`OPEN_NOW` / :data:`CLOSE_NOW` ("will close its plant in Kotka", "plans to open 40
new stores", "opens five new restaurants"; round 14, company news) count only before the place noun
and only when a word of :data:`PHRASE_OPENERS` (a determiner, a number, "new") or their particle comes
right after them: "close to the plant", "stores were open", "close cooperation with branches" name no
opening or closing.

"Stocks closed higher", "the market opened lower", "the window closed" (no place noun) and "plants
operated at capacity" (no verb of opening or closing) and "stores were open longer" (an adjective:
"open" and "close" are not in the lists, "close to" is a nearness) keep their reading. Negation reaches the
compound as any quantity ("no plants have closed"). The particle of the verb ("plants closing
down") is part of it, not a movement of the compound.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Two plants closed in the district.", "Stocks closed higher."])["score"]
>>> bool(s[0] < 0), float(s[1]) >= 0
(True, True)
>>> s = score_texts(["The group will close its plant in Kotka.", "The office is close to two stores."])["score"]
>>> bool(s[0] < 0), float(s[1]) >= 0
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SEP, F_SOFT

__all__: list[str] = []  # internal: toolkit.tone.engine._Layout calls _opened_closed

#: the nouns of a place of business
#: (not "facility": a central bank closes its lending facilities, no news of business)
PLACES = ("plant", "plants", "store", "stores", "factory", "factories", "mill", "mills", "outlet",
          "outlets", "branch", "branches", "restaurant", "restaurants", "shop", "shops", "mine", "mines",
          "dealership", "dealerships", "hotel", "hotels", "sawmill", "sawmills", "smelter", "smelters",
          "refinery", "refineries", "shipyard", "shipyards", "warehouse", "warehouses", "brewery",
          "breweries", "foundry", "foundries")
#: the verbs and nouns of opening
OPENED = ("opened", "reopened", "opening", "openings", "reopening")
#: the verbs and nouns of closing
CLOSED = ("closed", "closing", "closings", "shut", "shutting")
#: the base verbs of opening and closing, read only before a noun phrase ("to close its plant")
OPEN_NOW = ("open", "opens")
CLOSE_NOW = ("close", "closes")
#: the words that open the noun phrase right after a base verb ("close its plant", "open 40 new stores");
#: numbers written in digits count too
PHRASE_OPENERS = ("the", "its", "their", "our", "his", "her", "a", "an", "one", "two", "three", "four", "five",
                  "six", "seven", "eight", "nine", "ten", "several", "some", "all", "both", "more", "new",
                  "another", "additional", "further", "down", "up")
#: the words that may stand between a place noun and its verb ("have recently closed")
AUXILIARIES = ("have", "has", "had", "were", "was", "been", "be", "will", "recently", "also", "either")
#: the particles of a phrasal verb of opening or closing ("closing down", "opened up")
PARTICLES = ("down", "up")
#: how many words may stand between the verb and the place noun
GAP = 3
#: the lexicon needs ids for these words so that the rule can find them
WORDS = PLACES + OPENED + CLOSED + OPEN_NOW + CLOSE_NOW + PHRASE_OPENERS + AUXILIARIES + PARTICLES + ("of",)


def _opened_closed(ids: np.ndarray, lex, at: np.ndarray | None = None) -> None:
    """Rewrite, in ``ids`` in place, a place noun opened or closed to the lexicon's compound
    ("store openings" / "plant closings"; see the module); a lexicon without them reads nothing.
    ``at``: the positions of the place nouns when the caller has them."""
    compound = {w: lex.phrase_of.get(p) for w, p in (("open", "store openings"), ("close", "plant closings"))}
    if None in compound.values() or len(ids) < 2:
        return
    places = np.flatnonzero(lex.word_mask(PLACES)[ids]) if at is None else at
    if not len(places):
        return
    for way, verbs, now in (("open", OPENED, OPEN_NOW), ("close", CLOSED, CLOSE_NOW)):
        verb = lex.word_mask(verbs)
        after, at = _verb_after(ids, lex, places, verb)
        hit = after | _verb_before(ids, lex, places, verb, _base_verbs(ids, lex, now, places))
        ids[places[hit]] = compound[way]
        _particles(ids, lex, at[after])


def _base_verbs(ids, lex, now, places) -> np.ndarray:
    """A mask over the positions of ``ids``: the base verbs of ``now`` with a word of
    :data:`PHRASE_OPENERS` or a number right after them. The particle of such a verb before a place
    noun ("close down two mills") is made the verb's (:func:`_particles`) first."""
    at = np.flatnonzero(lex.word_mask(now)[ids])
    at = at[at + 1 < len(ids)]
    nxt = ids[at + 1]
    opener = lex.word_mask(PHRASE_OPENERS)[nxt] | (nxt == lex.num_id)
    at = at[opener]
    particle = at[lex.word_mask(PARTICLES)[ids[at + 1]]]
    _particles(ids, lex, particle[np.isin(particle + 2, places) | np.isin(particle + 3, places)
                                  | np.isin(particle + 4, places)])
    mask = np.zeros(len(ids), dtype=bool)
    mask[at] = True
    return mask


def _particles(ids, lex, verbs) -> None:
    """The particle of a phrasal verb of :data:`PARTICLES` right after the verbs at ``verbs``
    ("plants closing down", "stores opened up") is part of the verb, not a movement of the compound:
    it becomes the lexicon's ``particle_id`` (no role)."""
    nxt = verbs + 1
    nxt = nxt[nxt < len(ids)]
    ids[nxt[lex.word_mask(PARTICLES)[ids[nxt]]]] = lex.particle_id


def _verb_after(ids, lex, places, verb):
    """Whether a verb of ``verb`` follows each place noun over auxiliaries only ("plants have closed"),
    and the verb's position (where found)."""
    aux = lex.word_mask(AUXILIARIES)
    found, open_ = np.zeros(len(places), dtype=bool), np.ones(len(places), dtype=bool)
    at = places.copy()
    for d in range(1, GAP + 2):
        p = places + d
        inside = p < len(ids)
        tid = ids[np.minimum(p, len(ids) - 1)]
        hit = open_ & inside & verb[tid]
        found |= hit
        at[hit] = p[hit]
        open_ &= inside & aux[tid] & ~hit
    return found, at


def _verb_before(ids, lex, places, verb, base) -> np.ndarray:
    """Whether a verb or noun of ``verb`` (word ids), or a base verb at a position of ``base``, without
    a role of its own comes before each place noun over words of the noun phrase only: no punctuation
    and no movement word ("opened two new stores", "openings of retail stores", "the closing of a large
    plant", "close its plant")."""
    found, open_ = np.zeros(len(places), dtype=bool), np.ones(len(places), dtype=bool)
    stop = F_HARD | F_SOFT | F_SEP
    for d in range(1, GAP + 2):
        p = places - d
        inside = p >= 0
        q = np.maximum(p, 0)
        tid, is_verb = ids[q], verb[ids[q]] | base[q]
        found |= open_ & inside & is_verb & ~lex.active[tid]
        open_ &= inside & ((lex.flags[tid] & stop) == 0) & (lex.mdir[tid] == 0) & ~is_verb
    return found
