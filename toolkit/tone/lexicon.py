"""The outlook lexicon: reading the TSV, merging a user's rows, and compiling it into numpy arrays.

:func:`load_lexicon` returns a :class:`Lexicon` (cached per file and ``inflation``): every word and
phrase of the TSV gets an integer id, and per-id arrays hold its roles for the engine - which
quantity or movement it is, its tone alone, its state tone, its intensifier factor, and one flag bit
per modifier kind of :data:`toolkit.tone.rules.MODIFIERS`.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.tone.phrases import _phrase_levels
from toolkit.tone.actor_subjects import WORDS as ACTOR_WORDS
from toolkit.tone.addressees import WORDS as ADDRESSEE_WORDS
from toolkit.tone.company_plans import WORDS as COMPANY_WORDS
from toolkit.tone.reported_plans import WORDS as PLAN_WORDS
from toolkit.tone.as_clauses import WORDS as AS_WORDS
from toolkit.tone.coordinated import WORDS as COORDINATED_WORDS
from toolkit.tone.difficult import WORDS as DIFFICULT_WORDS
from toolkit.tone.effect_scope import WORDS as EFFECT_WORDS
from toolkit.tone.establishments import WORDS as PLACE_WORDS
from toolkit.tone.forecast_complements import WORDS as FORECASTER_WORDS
from toolkit.tone.pace_states import WORDS as PACE_STATE_WORDS
from toolkit.tone.figure_comparisons import WORDS as COMPARE_WORDS
from toolkit.tone.headlines import WORDS as HEADLINE_WORDS
from toolkit.tone.hires import WORDS as HIRE_WORDS
from toolkit.tone.driver_topics import WORDS as DRIVER_WORDS
from toolkit.tone.homographs import WORDS as HOMOGRAPH_WORDS
from toolkit.tone.imperatives import WORDS as IMPERATIVE_WORDS
from toolkit.tone.inventories import WORDS as INVENTORY_WORDS
from toolkit.tone.market_lookalikes import WORDS as LOOKALIKE_WORDS
from toolkit.tone.negation_links import WORDS as LINK_WORDS
from toolkit.tone.orders_won import WORDS as ORDER_WORDS
from toolkit.tone.own_nouns import WORDS as OWN_NOUN_WORDS
from toolkit.tone.past_modals import WORDS as PAST_MODAL_WORDS
from toolkit.tone.probable import WORDS as PROBABLE_WORDS
from toolkit.tone.recouped import VERBS as RECOUPED_VERBS
from toolkit.tone.reported_firms import WORDS as REPORTED_WORDS
from toolkit.tone.risk_heads import WORDS as RISK_HEAD_WORDS
from toolkit.tone.noun_phrases import WORDS as ATTRIBUTIVE_WORDS
from toolkit.tone.rate_comparisons import PACES as RATE_PACES, WORDS as RATE_WORDS
from toolkit.tone.rules import (F_HARD, F_PHRASE, F_SEP, F_SOFT, FLAG_OF, INFLATION_WEIGHT, KINDS, MODIFIERS,
                                default_value)
from toolkit.tone.seasons import WORDS as SEASON_WORDS
from toolkit.tone.sources_from import WORDS as SOURCE_WORDS
from toolkit.tone.slack_adjective import WORDS as SLACK_WORDS
from toolkit.tone.than import PHRASES as THAN_PHRASES, WORDS as THAN_WORDS
from toolkit.tone.undone_causes import WORDS as UNDONE_WORDS
from toolkit.tone.up_to import AT_MOST, WORDS as UP_TO_WORDS
from toolkit.tone.one_hand import WORDS as ONE_HAND_WORDS
from toolkit.tone.risk_tilts import WORDS as TILT_WORDS
from toolkit.tone.while_doing import WORDS as WHILE_WORDS
from toolkit.tone.text import (_CARRIERS, _CONJUNCTIONS, _DETERMINERS, _ENGLISH, _LINKING, _PREPOSITIONS, _PRONOUNS, _RELATIVES, _SEP,
                               _function_words, _words)

__all__ = ["Lexicon", "load_lexicon", "INFLATION_CHOICES", "LEXICON_FILE"]

#: how a rise of prices (kind ``inflation``) counts: "target" (default) reads it against price stability,
#: as bad news at half the weight of activity news, and a shortfall word in the sentence ("below 2
#: percent", "slack", "deflation") or a fall of activity ("demand weakened": falls only) voids it;
#: "neutral" gives prices no tone; "bad" / "good" count a rise fully as bad / good news
INFLATION_CHOICES = {"target": -INFLATION_WEIGHT, "neutral": 0.0, "bad": -1.0, "good": 1.0}
LEXICON_FILE = "outlook_lexicon.tsv"
GOOD, BAD, INFL, LEVEL = (KINDS.index(k) for k in ("good", "bad", "inflation", "level"))
#: the lexicon kind whose value is a multiplier (the modifier with the "around" clause rule)
FACTOR_KIND = next(m.lexicon_kind for m in MODIFIERS if m.clause == "around")
#: the words the readings look for, every module's ``WORDS`` in one list (with the verbs of
#: toolkit.tone.recouped and the words it and toolkit.tone.difficult read): each gets an id (no role
#: of its own) so that a rule can find it; a new reading adds its ``WORDS`` here
READING_WORDS = (SEASON_WORDS + INVENTORY_WORDS + HOMOGRAPH_WORDS + COORDINATED_WORDS + LINK_WORDS + OWN_NOUN_WORDS
                 + THAN_WORDS + LOOKALIKE_WORDS + SLACK_WORDS + UNDONE_WORDS + DRIVER_WORDS
                 + RECOUPED_VERBS + ("some", "most", "all", "much", "part", "of") + DIFFICULT_WORDS + ("to", "for")
                 + HIRE_WORDS + PLACE_WORDS + EFFECT_WORDS + ACTOR_WORDS + WHILE_WORDS
                 + PROBABLE_WORDS + IMPERATIVE_WORDS + PAST_MODAL_WORDS + AS_WORDS + COMPARE_WORDS + (AT_MOST,)
                 + UP_TO_WORDS + RISK_HEAD_WORDS + ("a",) + ATTRIBUTIVE_WORDS + RATE_WORDS + FORECASTER_WORDS
                 + PACE_STATE_WORDS + ONE_HAND_WORDS + TILT_WORDS + ADDRESSEE_WORDS + PLAN_WORDS + COMPANY_WORDS
                 + ("contract",) + REPORTED_WORDS + SOURCE_WORDS + HEADLINE_WORDS + ORDER_WORDS)
#: structural flags of tokens that are not lexicon terms: clause punctuation and the text separator
_STRUCTURAL = ((".;:!?", F_HARD), (",", F_SOFT), ((_SEP,), F_HARD | F_SEP))


class Lexicon:
    """A compiled outlook lexicon: every word and phrase gets an id; per-id arrays hold its roles.

    Build one with :func:`load_lexicon`; pass it (or a TSV path) as ``lexicon=`` to the verbs.
    ``ids`` maps a token to its id (0: not in the lexicon), ``terms`` an id to its text;
    ``phrase_first`` and ``phrase_levels`` hold the phrases level by level, like a trie, for the
    phrase matcher (:func:`toolkit.tone.phrases._phrase_levels`: any length, any lexicon size), and
    ``max_phrase`` is the longest phrase in words (0: none).
    """

    def __init__(self, table: pd.DataFrame, inflation: str = "target"):
        if inflation not in INFLATION_CHOICES:
            raise ValueError(f"inflation={inflation!r} is not one of {sorted(INFLATION_CHOICES)}; "
                             "pick 'target' (default: prices read against price stability), 'neutral' (prices "
                             "carry no tone), 'bad' or 'good'.")
        self.table = table
        self.inflation = inflation
        self.inflation_sign = INFLATION_CHOICES[inflation]
        self.ids: dict[str, int] = {}
        self.terms: list[str] = [""]
        self._roles: list[dict] = [{}]
        phrase_ids = self._add_terms(table)
        self._phrase_ids = list(phrase_ids.values())
        self.phrase_of = {" ".join(key): i for key, i in phrase_ids.items()}  #: phrase text -> its id
        structure = self._add_structure(phrase_ids)
        self._role_arrays(structure)
        del self._roles, self._phrase_ids
        self.max_phrase, self.phrase_first, self.phrase_levels = _phrase_levels(phrase_ids, self.ids,
                                                                                len(self.terms))
        self._vocab = None
        self._notes = None
        self.pair_names: dict[int, str] = {}  # filled by toolkit.tone.details
        self.term_objects = np.array(self.terms, dtype=object)  # id -> term, for numpy indexing
        self.term_lengths = np.array([len(t) for t in self.terms], dtype=np.int64)  # id -> characters of its term

    def _id(self, term: str, phrases: dict | None = None, key: tuple | None = None) -> int:
        """The id of a word (or, with ``phrases`` and ``key``, of a phrase), new ids numbered on."""
        table, name = (self.ids, term) if phrases is None else (phrases, key)
        found = table.get(name)
        if found:
            return found
        self.terms.append(term)
        self._roles.append({})
        table[name] = len(self.terms) - 1
        return table[name]

    def _add_terms(self, table: pd.DataFrame) -> dict:
        """Ids and roles of the table's rows (a later row of a term overrides an earlier role);
        returns the phrases, ``{words: id}``."""
        phrase_ids: dict[tuple, int] = {}
        for key, kind, value in zip(table["key"], table["kind"], table["value"]):
            if kind == "ignore":
                continue
            i = self._id(key[0]) if len(key) == 1 else self._id(" ".join(key), phrase_ids, key)
            self._roles[i][kind] = float(value)
        return phrase_ids

    def _add_structure(self, phrase_ids: dict) -> dict:
        """Flags of punctuation, the separator and phrase starts; ids for the words of phrases, the
        prepositions and the English check. Returns the structural flags ``{id: flag}``."""
        structure: dict[int, int] = {}
        for words, flag in _STRUCTURAL:
            for w in words:
                i = self._id(w)
                structure[i] = structure.get(i, 0) | flag
        for key in phrase_ids:  # every word of a phrase gets an id, the first a flag
            key_ids = [self._id(w) for w in key]
            structure[key_ids[0]] = structure.get(key_ids[0], 0) | F_PHRASE
        for w in _PREPOSITIONS | _ENGLISH | _RELATIVES | _DETERMINERS | _LINKING | _CONJUNCTIONS:  # known to the tokenizer, without a role
            self._id(w)
        self.function_ids = frozenset(self._id(w) for w in _function_words())  # "more during": no content word
        # no token has a space: ids for "May" the month and for numbers, which are units (fillers)
        self.month_id, self.num_id = self._id("May (the month)"), self._id("(a number)")
        # "prices for crude oil": the price of a named good, a level (toolkit.tone.topics._good_prices)
        self.good_price_id = self._id("prices (of a good)")
        # "high-end homes": a level word and the word it is hyphenated to, no role (toolkit.tone.compounds)
        self.compound_id = self._id("(a compound)")
        # "Sioux Falls": a place name, no role but a filler of the pairing window like a month (toolkit.tone.places)
        self.place_id = self._id("(a place name)")
        self._add_round10_ids()  # the readings of round 10 (Beige Book): their ids and words
        self._add_round11a_ids()  # round 11 (Beige Book): "recover losses", losses made good
        self._add_round12a_ids()  # round 12 (Beige Book): "hired fewer workers"
        for w in READING_WORDS:  # the words every reading looks for
            self._id(w)
        # "increased 0.52% in March, down from 0.81%": the comparison as the pace of the rise, a copy of
        # "down from" / "up from" with the pace role (toolkit.tone.rate_comparisons; round 14)
        # "Nokia said it will cut 1,700 jobs": the firm reported on, no actor (toolkit.tone.reported_firms);
        # its "would" of a plan stays certain (toolkit.tone.reported_plans)
        self.firm_it_id = self._id("it (a firm reported on)")
        self.rate_pace_ids = {}
        for phrase, pace in RATE_PACES.items():
            if phrase in self.phrase_of:
                self.rate_pace_ids[phrase] = i = self._id(f"{phrase} (a rate)")
                self._roles[i].update(self._roles[self.phrase_of[phrase]])
                self._roles[i][pace] = 1.0
        self._add_round13a_ids()  # round 13 (intentions): "should be" of probability
        self._add_round13c_ids()  # round 13 (company news): "was EUR 5.6 mn, compared with EUR 9.8 mn"
        self._add_round13b_ids()  # round 13 (risk, contrast, negation): the words those readings look for
        self._roles[self.good_price_id]["level"] = 0.0
        # "downward pressure on prices": a push on what follows, a movement of its object
        # (toolkit.tone.topics._pressures_on)
        # "inflation is expected to moderate": the verb, a fall (toolkit.tone.topics._verbs_moderate)
        self.moderate_verb_id = self._id("moderate (a verb)")
        self._roles[self.moderate_verb_id].update(self._roles[self.ids["moderated"]] if "moderated" in self.ids else {})
        self.push_ids = {}
        for way in ("up", "down"):
            self.push_ids[way] = self._id(f"{way}ward (a push on)")
            self._roles[self.push_ids[way]].update({way: 0.0, "transitive": 1.0})
        unit = FLAG_OF[next(m.lexicon_kind for m in MODIFIERS if m.clause == "filler")]
        for i in (self.month_id, self.num_id, self.place_id, self.compound_id, self.season_id):  # fillers of the pairing window
            structure[i] = structure.get(i, 0) | unit
        self.prep_ids = frozenset(self.ids[w] for w in _PREPOSITIONS)
        self.english_ids = frozenset(self.ids[w] for w in _ENGLISH)
        return structure

    def _add_round13a_ids(self) -> None:
        """Ids of round 13's reading of "should" (toolkit.tone.probable): "growth should be strong" is
        a hedged forecast (``should_likely_id``: forward, probable; no intention); the words these
        readings look for are in ``READING_WORDS``."""
        self.should_likely_id = self._id("should be (likely)")
        self._roles[self.should_likely_id].update({"forward": 1.0, "probable": 1.0})
        # "growth may have slowed": a hedge about the past, no forward cue (toolkit.tone.past_modals)
        self.past_modal_id = self._id("may (of the past)")
        self._roles[self.past_modal_id]["hedge"] = 1.0
        # "as growth has slowed": an observation word inside an intention (toolkit.tone.as_clauses)
        self.as_clause_id = self._id("as (a clause about a quantity)")
        self._roles[self.as_clause_id]["outcome"] = 1.0
    def _add_round13c_ids(self) -> None:
        """Ids of round 13's company-news readings: the level word of "record sales"
        (toolkit.tone.record_levels); the words of the figure comparisons ("net profit was EUR 5.6 mn,
        compared with EUR 9.8 mn") and of "up to" as "at most" are in ``READING_WORDS``."""
        from toolkit.tone.record_levels import RECORD_HIGH

        # "record sales": "record" right before a quantity is a level word that says high
        # (toolkit.tone.record_levels)
        self._roles[self._id(RECORD_HIGH)]["up"] = 0.0

    def _add_round12a_ids(self) -> None:
        """Ids of round 12's Beige Book readings ("plants closed": toolkit.tone.establishments; the
        words of "hired fewer workers", "no effect on" and of an actor's "will" are in ``READING_WORDS``)."""
        # "plants closing down": the verb's particle, no role (toolkit.tone.establishments)
        self.particle_id = self._id("down (a particle of a verb)")

    def _add_round13b_ids(self) -> None:
        """Ids for the words round 13's risk readings look for: "uncertainty concerning the recovery"
        (toolkit.tone.risk_heads); "little growth": the quantifier, a negator
        (toolkit.tone.negator_quantifiers)."""
        from toolkit.tone.negator_quantifiers import WORDS as LITTLE_WORDS  # here: it imports this module

        for w in LITTLE_WORDS:
            self._id(w)
        self.little_none_id = self._id("little (hardly any)")
        self._roles[self.little_none_id]["negator"] = 1.0

    def _add_round11a_ids(self) -> None:
        """Ids of round 11's Beige Book readings: "recover losses" is losses made good, the verb
        reads like "reduced" (toolkit.tone.recouped)."""
        self.recouped_id = self._id("recovered (made good)")
        if "reduced" in self.ids:  # a lexicon of the user's own may not have it: then no role
            self._roles[self.recouped_id].update(self._roles[self.ids["reduced"]])
        # "difficult for firms to raise prices": the "to" reads like "unable to", the word of difficulty
        # has no role (toolkit.tone.difficult)
        self.difficult_id = self._id("difficult (to do)")
        self.difficult_to_id = self._id("difficult to")
        if "unable to" in self.phrase_of:
            self._roles[self.difficult_to_id].update(self._roles[self.phrase_of["unable to"]])

    def _add_round10_ids(self) -> None:
        """Ids of the words the round-10 readings relabel (each with its roles; the words they look for
        are in ``READING_WORDS``)."""
        # "last fall", "in the fall": the season, a filler like a month (toolkit.tone.seasons)
        self.season_id = self._id("fall (the season)")
        # "stocks of coal", "steel stocks": inventories, a level (toolkit.tone.inventories)
        self.inventory_id = self._id("stocks (inventories)")
        # "fuel efficient cars", "fuel prices": the noun, a named good (toolkit.tone.homographs)
        self.fuel_id = self._id("fuel (the good)")
        self._roles[self.fuel_id]["commodity"] = 1.0
        # "corn yields", "buyer interest": output and demand, not a market (toolkit.tone.market_lookalikes)
        self.crop_yield_id = self._id("yields (of a crop)")
        self.demand_interest_id = self._id("interest (demand)")
        for i in (self.crop_yield_id, self.demand_interest_id):
            self._roles[i]["good"] = 0.0
        # "demand was slack": the adjective, weak (toolkit.tone.slack_adjective)
        self.slack_adjective_id = self._id("slack (weak)")
        self._roles[self.slack_adjective_id].update({"down": -0.4, "shortfall": 1.0})
        # "layoffs were fewer than expected": a comparison with a benchmark, a level word (toolkit.tone.than)
        self.than_ids = {}
        for phrase, more in THAN_PHRASES.items():
            self.than_ids[phrase] = self._id(f"{phrase} (a benchmark)")
            self._roles[self.than_ids[phrase]]["up" if more else "down"] = 0.0
        self._roles[self.inventory_id]["level"] = 0.0  # "stocks of coal rose": a level that moved, no news

    def _figures(self) -> np.ndarray:
        """Per id, whether the word is part of a figure: a number or a unit of size (percent, billion,
        basis points), not a month name ("rose in March" states no figure)."""
        from toolkit.corpus.dates_name import month_names

        unit = FLAG_OF[next(m.lexicon_kind for m in MODIFIERS if m.clause == "filler")]
        mask = (self.flags & unit) > 0
        months = [self.ids[m] for m in month_names() if m in self.ids]
        mask[months + [self.month_id, self.place_id, self.compound_id, self.season_id]] = False
        return mask

    def _role_arrays(self, structure: dict) -> None:
        """The per-id arrays the engine reads, from the roles of each id."""
        n = len(self.terms)
        self.prep_mask = np.zeros(n, dtype=bool)
        self.prep_mask[list(self.prep_ids)] = True
        self.carrier_mask = np.zeros(n, dtype=bool)
        carriers = [self.ids.get(w, self.phrase_of.get(w)) for w in _CARRIERS]  # "growth", "growth rate"
        self.carrier_mask[[i for i in carriers if i is not None]] = True
        self.relative_mask = np.zeros(n, dtype=bool)
        self.relative_mask[[self.ids[w] for w in _RELATIVES]] = True
        self.linking_mask = np.zeros(n, dtype=bool)
        self.linking_mask[[self.ids[w] for w in _LINKING]] = True
        self.conjunction_mask = np.zeros(n, dtype=bool)
        self.conjunction_mask[[self.ids[w] for w in _CONJUNCTIONS]] = True
        self.pronoun_mask = np.zeros(n, dtype=bool)
        self.pronoun_mask[[self.ids[w] for w in _PRONOUNS]] = True
        self._masks: dict = {}
        self._flag_masks: dict = {}
        self.determiner_mask = np.zeros(n, dtype=bool)
        self.determiner_mask[[self.ids[w] for w in _DETERMINERS]] = True
        self.function_mask = np.zeros(n, dtype=bool)  # stopwords: function words, not content words
        self.function_mask[list(self.function_ids | self.english_ids | self.prep_ids)] = True
        self.english_mask = np.zeros(n, dtype=bool)
        self.english_mask[list(self.english_ids)] = True
        self.english_mask[list(self._phrase_ids)] = True  # a lexicon phrase merges English words
        self.qcode = np.full(n, -1, dtype=np.int8)  # GOOD, BAD, INFL or LEVEL
        self.qalone = np.zeros(n)
        self.mdir = np.zeros(n, dtype=np.int8)  # +1 up, -1 down
        self.malone = np.zeros(n)
        self.state = np.full(n, np.nan)
        self.ival = np.ones(n)
        self.flags = np.zeros(n, dtype=np.int64)
        for i, flag in structure.items():
            self.flags[i] |= flag
        for i, roles in enumerate(self._roles):
            for kind, value in roles.items():
                if kind in ("good", "bad", "inflation", "level"):
                    self.qcode[i], self.qalone[i] = KINDS.index(kind), value
                elif kind in ("up", "down"):
                    self.mdir[i], self.malone[i] = (1 if kind == "up" else -1), value
                elif kind == "state":
                    self.state[i] = value
                elif kind == FACTOR_KIND:
                    self.ival[i] = value
                elif kind in FLAG_OF:
                    self.flags[i] |= FLAG_OF[kind]
        self.figure_mask = self._figures()
        pol = {GOOD: 1.0, BAD: -1.0, INFL: self.inflation_sign, LEVEL: 0.0}
        self.qpol = np.array([pol.get(int(c), 0.0) for c in self.qcode])
        self.phrase_start = (self.flags & F_PHRASE) > 0
        self.has_state = ~np.isnan(self.state)  # ids of state words
        self.active = ((self.flags & ~F_PHRASE) != 0) | (self.qcode >= 0) | (self.mdir != 0) | \
            ~np.isnan(self.state) | (self.ival != 1.0)  # ids with a role in the engine

    @property
    def notes(self) -> dict:
        """Per modifier kind, ``(notes, names)``: object arrays by id of the note a word of that kind
        adds to a term's rule text, and of the 1-tuple of the modifier's name (for ``Term.modifiers``)."""
        if self._notes is None:
            self._notes = {m.kind: _notes_of(m, self.terms, self.ival.tolist()) for m in MODIFIERS if m.note}
        return self._notes

    @property
    def vocab(self):
        """Token strings by id (pyarrow array) for the tokenizer's lookup."""
        if self._vocab is None:
            import pyarrow as pa

            self._vocab = pa.array(self.terms, type=pa.string())
        return self._vocab

    def term_ids(self, words) -> list:
        """The ids of ``words``, words or phrases (a phrase by its own id), that the lexicon has."""
        found = (self.phrase_of.get(w, self.ids.get(w)) for w in words)
        return [i for i in found if i is not None]

    def word_mask(self, words) -> np.ndarray:
        """A boolean array over the vocabulary, true at the ids of ``words`` (lexicon terms, or ids;
        a term the lexicon lacks is left out). Cached per tuple of words: ``mask[ids]`` finds the
        words in a token-id array in one gather, where ``np.isin`` sorts the whole array."""
        key = tuple(words)
        mask = self._masks.get(key)
        if mask is None:
            mask = np.zeros(len(self.terms), dtype=bool)
            picked = [w if isinstance(w, (int, np.integer)) else self.ids.get(w) for w in key]
            mask[[i for i in picked if i is not None]] = True
            self._masks[key] = mask
        return mask

    def flag_mask(self, flag: int) -> np.ndarray:
        """A boolean array over the vocabulary, true at the ids with any bit of ``flag`` (cached per
        flag): ``mask[tid]`` is ``(flags[tid] & flag) > 0`` by one gather, without an int64 copy."""
        mask = self._flag_masks.get(flag)
        if mask is None:
            mask = self._flag_masks[flag] = (self.flags & flag) > 0
        return mask

    def positions(self, ids: np.ndarray, word: str) -> np.ndarray:
        """Where the lexicon's ``word`` stands in the token ids ``ids`` (empty when the lexicon has no
        such word, as a user's lexicon may not)."""
        wid = self.ids.get(word)
        return np.zeros(0, dtype=np.int64) if wid is None else np.flatnonzero(ids == wid)

    def __repr__(self) -> str:
        return f"<Lexicon {len(self.table)} terms, inflation={self.inflation!r}>"


def _notes_of(m, terms: list, values: list) -> tuple:
    """(note texts, 1-tuples of names) by id for modifier ``m``; a modifier without a fixed factor
    (the intensifier) takes each word's lexicon value, and its ``weaker`` name below 1."""
    if m.factor is None:
        names = [m.kind if v > 1 else m.weaker for v in values]
        notes = [m.note.format(kind=k, term=t, factor=v) for k, t, v in zip(names, terms, values)]
    else:
        names = [m.kind] * len(terms)
        notes = [m.note.format(kind=m.kind, term=t, factor=m.factor) for t in terms]
    name_tuples = np.empty(len(terms), dtype=object)
    name_tuples[:] = [(k,) for k in names]
    return np.array(notes, dtype=object), name_tuples


def _read_lexicon_tsv(source) -> pd.DataFrame:
    """Read a lexicon TSV (path or file object) into rows of (term, kind, value, key)."""
    try:
        raw = pd.read_csv(source, sep="\t", comment="#", dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise FileNotFoundError(f"lexicon file {source} not found; give the path of a TSV with columns "
                                "term, kind, value (see toolkit/data/outlook_lexicon.tsv).") from None
    return _expand_lexicon(raw, str(source))


def _expand_lexicon(raw: pd.DataFrame, where: str) -> pd.DataFrame:
    missing = {"term", "kind"} - set(raw.columns)
    if missing:
        raise ValueError(f"lexicon {where} lacks column(s) {sorted(missing)}; expected tab-separated "
                         "columns term, kind, value[, note].")
    rows = []
    for n, (term, kind, value) in enumerate(zip(raw["term"], raw["kind"],
                                                raw.get("value", pd.Series(["1"] * len(raw))))):
        kind = str(kind).strip().lower()
        if kind not in KINDS:
            raise ValueError(f"lexicon {where}, row {n + 1} ({term!r}): kind {kind!r} is not one of "
                             f"{', '.join(KINDS)}.")
        try:
            value = float(value) if str(value).strip() != "" else default_value(kind)
        except ValueError:
            raise ValueError(f"lexicon {where}, row {n + 1} ({term!r}): value {value!r} is not a number."
                             ) from None
        for form in str(term).split("|"):
            key = tuple(t for t in _words(form) if t not in ".;:!?,")
            if key:
                rows.append((" ".join(key), kind, value, key))
    return pd.DataFrame(rows, columns=["term", "kind", "value", "key"])


@lru_cache(maxsize=1)
def _bundled_table() -> pd.DataFrame:
    with (resources.files("toolkit") / "data" / LEXICON_FILE).open("r", encoding="utf-8") as fh:
        return _read_lexicon_tsv(fh)


def load_lexicon(lexicon=None, inflation: str = "target") -> Lexicon:
    """The outlook lexicon, optionally extended or overridden by a user TSV or DataFrame.

    ``lexicon`` is None (the bundled ``outlook_lexicon.tsv``), a path to a TSV with columns
    ``term, kind, value`` (its rows replace the bundled rows of the same term and add new ones; kind
    ``ignore`` removes a term), a DataFrame with those columns, or a :class:`Lexicon` (used as is).

    >>> lex = load_lexicon()
    >>> i = lex.ids["unemployment"]
    >>> from toolkit.tone.rules import KINDS
    >>> KINDS[lex.qcode[i]], float(lex.qalone[i])
    ('bad', -0.3)
    """
    if isinstance(lexicon, Lexicon):
        return lexicon if lexicon.inflation == inflation else Lexicon(lexicon.table, inflation)
    if lexicon is None:
        return _cached_lexicon(None, inflation)
    if isinstance(lexicon, (str, Path)):
        path = Path(lexicon)
        if not path.exists():
            raise FileNotFoundError(f"lexicon file {path} not found; give the path of a TSV with columns "
                                    "term, kind, value (see toolkit/data/outlook_lexicon.tsv).")
        return _cached_lexicon(str(path.resolve()), inflation, path.stat().st_mtime)
    if isinstance(lexicon, pd.DataFrame):
        return Lexicon(_merge(_bundled_table(), _expand_lexicon(lexicon.astype(str), "DataFrame")),
                       inflation)
    raise ValueError("lexicon must be None, a TSV path, a DataFrame or a Lexicon, not "
                     f"{type(lexicon).__name__}.")


@lru_cache(maxsize=16)
def _cached_lexicon(path, inflation, mtime=None) -> Lexicon:
    table = _bundled_table() if path is None else _merge(_bundled_table(), _read_lexicon_tsv(path))
    return Lexicon(table, inflation)


def _merge(base: pd.DataFrame, user: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([base[~base["term"].isin(set(user["term"]))], user], ignore_index=True)


