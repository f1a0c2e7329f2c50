"""The outlook scorer's rules as data: the word kinds, the modifier table and the scoring rules.

Every modifier kind (negation, intensifier, contrast, concession, hedge, forward marker, purpose,
intention, commitment and the words these two need) is declared once, as one row of :data:`MODIFIERS`: its lexicon kind, the factor it
multiplies a tone by, how many tokens it reaches, the clause rule that says which tone words it
modifies, and the note it adds to a term's rule text. Everything else is built from that table: the
lexicon kinds (:data:`KINDS`), the flag bit of each kind (:data:`FLAG_OF`), the notes of the
``rule`` column (:meth:`Lexicon.notes <toolkit.tone.lexicon.Lexicon.notes>`), the default value of a
lexicon row, and the engine's modifier loop (:func:`toolkit.tone.clauses._apply_modifiers`).

Adding a rule = one row here, lexicon rows of its kind (``toolkit/data/outlook_lexicon.tsv``) and a
test. A new clause rule also needs one function in ``toolkit.tone.clauses._CLAUSE_RULES``.

>>> tone_rules().loc[0, ["kind", "lexicon_kind", "clause"]].tolist()
['negation', 'negator', 'reaches']
>>> modifier("negation").factor, modifier("negation").scope
(-0.75, 3)
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

__all__ = ["Modifier", "MODIFIERS", "SCORING_RULES", "KINDS", "TONE_KINDS", "CLAUSE_RULES", "tone_rules",
           "modifier"]


class Modifier(NamedTuple):
    """One modifier kind of the outlook scorer (a row of :data:`MODIFIERS`)."""

    kind: str  #: its name in ``Term.modifiers`` and in the rule text
    lexicon_kind: str  #: the ``kind`` of its words in the lexicon TSV
    factor: float | None  #: what it multiplies the tone by; None: the word's lexicon value / no tone effect
    scope: int | None  #: how many tokens it reaches; None: to the end of its clause or sentence
    clause: str  #: which tone words it modifies: a key of :data:`CLAUSE_RULES`
    note: str  #: text added to a term's rule, with ``{term}`` and ``{factor}`` filled in
    counts: str = ""  #: the ``score_texts`` column its words count into ("" for none)
    blocks_pairs: bool = False  #: a marker between a quantity and its movement keeps them apart
    weaker: str = ""  #: the name used when the lexicon value is below 1 ("diminisher")


#: what each clause rule of :data:`MODIFIERS` means (the engine has one function per rule)
CLAUSE_RULES = {
    "reaches": "the last marker before the tone word, ending at most `scope` tokens before the tone "
               "unit (or inside a pair), in the same sentence",
    "comma clause": "the last marker ending before the tone word, at most `scope` tokens before it, in the "
                    "same comma clause and sentence (a purpose marker also stops at a contrast, concession "
                    "or observation word)",
    "sentence": "the last marker ending before the tone word, in the same sentence, with no contrast, "
                "concession or observation word between them",
    "later": "a marker later in the same sentence weighs down the tone before it; so does one opening the "
             "next clause of the text, right after . ; : ('strong; however, orders fell': toolkit.tone.contrast_next)",
    "around": "every word within `scope` tokens either side of the tone unit, in the same sentence; the "
              "factor is the product of the words' lexicon values",
    "after actor": "like 'sentence', for the markers that follow an actor word (the institution: "
                   "'the Committee', 'the PBC', 'we') at most `scope` tokens before them in the same "
                   "comma clause; with no contrast, concession or observation word between",
    "actor": "no effect on tone; its words are the subjects that make a 'will' a commitment",
    "apart": "no effect on tone; its words ('offset by', 'outweighed by') name a counterweight: a quantity before "
             "them and a movement after them do not pair ('job losses were outweighed by gains in services' is no "
             "rise of job losses; toolkit.tone.pairing)",
    "stop": "no effect on tone; its words ('which has', 'because', 'amid') open an observation that "
            "ends the reach of an intention or commitment",
    "subject": "its words are movements ('up from', 'down from') that pair with the quantity before them "
               "in the sentence (the subject), within `scope` tokens, commas costing nothing",
    "filler": "no effect on tone; numbers and its words (percent, billion, year on year, month names) do "
              "not count towards the distance between a quantity and its movement; a movement word left "
              "without a quantity next to a number or a unit of size (not a month: 'increased by RMB870 "
              "billion', 'a 2 percent rise') reports a figure and makes no tone unit (FIGURE_GAP)",
    "count": "no effect on tone; its words are counted (column `counts`)",
    "unless actor": "no effect on tone; its words ('should' of probability: 'demand should pick up') are counted "
                    "(column `counts`) unless an actor is their subject, as for a commitment ('the PBC should ...': "
                    "an instruction, certain; toolkit.tone.probable)",
    "unless past": "no effect on tone; its words are counted (column `counts`) unless a word of kind "
                   "past is in the same sentence ('the outlook was revised')",
    "past": "no effect on tone; its words (was, last year, recently) keep the forecast nouns of their "
            "sentence from counting",
    "pace": "its words ('more slowly', 'at a slower pace', 'narrowed') say how a movement changed: right "
            "after a movement word ('grew more slowly'), or after a movement noun with the same quantity ('the "
            "decline in output narrowed'), within `scope` tokens in the same comma clause, or right before a "
            "movement noun ('a slower decline in exports'); "
            "they multiply that movement's tone by the factor and make no tone unit of their own",
    "origin": "its words ('from') name where a movement started: the first word after them, over a "
              "determiner and intensifiers, is a starting level, not a movement ('fell from high levels', "
              "'slowed from its strong pace', 'rebounded from a sharp decline'), nor a state ('fell back "
              "from the robust levels of last year')",
    "whole sentence": "a marker anywhere in the sentence multiplies the tone of every tone word of that sentence "
                      "by the factor",
    "toward target": "a marker anywhere in the sentence ('to 2 percent', 'toward its objective') multiplies a "
                     "rise of its price quantities by the factor: prices rising to the target were below it",
    "inflation sentence": "a marker in the same sentence multiplies the tone of its price quantities "
                          "(kind inflation: paired or alone) by the factor; other tone words are untouched. "
                          "It reaches back over a contrast word ('inflation rose, but is still below 2 percent'), "
                          "not forward ('inflation is below 2 percent, but expectations remained stable')",
    "phrase": "a phrase of this kind masks the tone words it contains",
    "remove": "a user lexicon row of this kind removes the term from the bundled lexicon",
    "steady": "its words ('stable', 'unchanged', 'flat', 'little changed') are also movement words (kind down, "
              "value 0): paired with a price quantity they read as prices held down, good news under the "
              "inflation rule ('inflation expectations remained stable'); paired with any other quantity the "
              "factor multiplies the pair ('output was stable', 'employment held steady': guidelines rule 3); a steady "
              "word pairs only with the quantity before it ('steady growth' keeps the tone of growth)",
    "degree": "its words ('more', 'less') right before a state word ('more resilient', 'less difficult') "
              "say its degree: they are no movement there, and the state's tone is multiplied by the factor "
              "('less resilient' is mildly bad news, 'less vulnerable' mildly good); right before a content word "
              "without a role and with no quantity after it ('more competitive', 'more time', 'fewer companies') "
              "they are that word's comparative, no movement (toolkit.tone.degrees)",
    "upside": "its words ('upside risks') are risks of a quantity turning out higher: before a good quantity "
              "they name across a preposition right after them, within `scope` tokens in the same comma clause "
              "('upside risks to growth'), their tone (a risk, bad news) is multiplied by the factor; before "
              "prices ('upside risks to inflation') or alone they stay bad news",
    "unchanged": "like 'steady', for words ('unchanged', 'little changed', 'flat') whose pair is multiplied by "
                 "the factor whatever the quantity, prices too ('inflation expectations are little changed' is "
                 "a descriptive reading); they pair with the quantity before or after them ('no change in sales')",
    "object only": "like 'object', for verbs that say what holds a quantity up ('support', 'underpin'): they pair "
                   "with their object only ('exports supported growth'), or with their subject in the passive ('growth "
                   "was supported by exports', 'supported by'); never with a subject in the active ('expectations do "
                   "not support this decision' moves no expectations)",
    "aim list": "its words are verbs of a goal (support, ensure, keep, improve, strengthen ...): one that opens a "
                "comma clause or follows 'and' / 'or' (over at most `scope` adverbs) continues a purpose clause "
                "earlier in the same or the previous comma clause of its sentence, with no contrast, concession or "
                "observation word between ('to prevent new risks, further improve loan structure and strengthen "
                "liquidity management'): the comma or 'and' before it opens a purpose clause of its own",
    "named good": "its words name a good or an asset (copper, crude oil, steel, wheat): 'prices' right after one "
                  "('copper prices') or before 'of' / 'for' and one, over at most `scope` words ('prices for crude "
                  "oil', 'the prices of the main metals'), is that good's price, a level quoted without an evaluation "
                  "(guidelines rule 10), not the price level; its term reads 'prices (of a good)'",
    "cause": "its words are verbs that push their object up ('added to', 'fuelled'): one that pairs with a rise of "
             "prices ('could add to inflation pressures') makes the good news before it in the same sentence (its "
             "subject: 'increases in resource utilization') the source of that price risk, multiplied by the factor; "
             "a contrast, concession or observation word between them ends the reach",
    "balance": "its words ('roughly equal', 'in balance', 'balanced') said of risks: after a risk head (a quantity "
               "alone with a bad tone that is a hedge: 'risks') in the same sentence, the factor multiplies the tone of "
               "the last such head and of the balance word itself ('to keep the risks to growth roughly in balance' "
               "counts nothing); right before a quantity ('risks to balanced growth') it cancels nothing",
    "sign": "its words ('positive', 'negative') give the sign of a figure when the nearest quantity of their comma "
            "clause is a level or a price quantity ('real interest rates remained positive', 'negative real interest "
            "rates'): the last one at most `scope` tokens before them, or the first at most two tokens after; their "
            "state tone is multiplied by the factor (toolkit.tone.signs)",
    "elided": "no lexicon words: the contrast words ('but') whose clause after them has no subject of its own "
              "('has moved up but remains low': a pair crosses the contrast word) weigh the tone from the carried subject "
              "to them (in one comma clause) down by the factor, on top of the contrast factor: the clause before is conceded, the "
              "level after decides (toolkit.tone.elided)",
    "decides": "no words of its own: per sentence, when the tone after its last contrast word is of the other "
               "sign than the tone before it (already weighed down), the units before are scaled to count at "
               "most half of it (guidelines rule 6; toolkit.tone.contrast_decides); the factor varies",
    "main decides": "no words of its own: per sentence, when the tone outside a concession's comma clause is of "
                    "the other sign than the conceded tone, the conceded units are scaled to count at most half "
                    "of it (guidelines rule 6; toolkit.tone.contrast_decides); the factor varies",
    "short of hopes": "its words ('only slowly', 'only modestly': also intensifiers) within `scope` tokens "
                      "either side of a tone unit of good news, in its comma clause, make it a disappointment "
                      "(the factor); bad news they only diminish ('unemployment rose only slightly'; "
                      "toolkit.tone.short_of_hopes)",
    "good only": "its words are verbs of effect with no direction ('could affect', 'might influence'; also kind holds "
                 "and down): with a good quantity as object they hold it back ('risks that could affect the "
                 "recovery'); paired with any other quantity (prices, a bad quantity, a level) the factor multiplies "
                 "the pair ('oil prices could affect inflation': no news; toolkit.tone.impacts)",
    "agenda": "its words ('discussed', 'reviewed') said by an actor ('the Committee discussed the effects of the "
              "war') name the topics of a meeting: to the end of the sentence, or to a contrast, concession or "
              "observation word, the tone of quantities, states and movements alone is multiplied by the factor; a "
              "movement reported of a quantity (a pair: 'discussed the increase in inflation') keeps its tone "
              "(toolkit.tone.agenda)",
    "subject negated": "its words ('did not materialise', 'were not confirmed') say that what the clause "
                       "before them names did not happen ('fears of a recession did not materialise'): the tone "
                       "units at most `scope` tokens before them, in the same comma clause and sentence and after "
                       "any contrast or concession word, are multiplied by the factor (toolkit.tone.unrealised)",
    "object pace": "its words are verbs that hold a movement back ('curbed', 'contained', 'helped to cap'): "
                   "with a movement noun as their object ('curbed the rise in unemployment', 'helped to cap "
                   "price increases') they multiply that movement's tone by the factor and move nothing "
                   "themselves (toolkit.tone.pace_objects)",
    "negated report": "its words are verbs of report ('indicate', 'show', 'suggest'): with a negator at most "
                      "`scope` tokens before them ('did not explicitly indicate that ...') the tone units they "
                      "report, after them in the same comma clause and sentence and beyond the negator's own "
                      "reach, are multiplied by the factor (toolkit.tone.negated_reports)",
    "object": "its words are verbs whose object is what moves ('higher costs squeezed margins', 'inflation eroded "
              "incomes'): followed by a quantity in the same comma clause, with at most OBJECT_GAP unknown words, "
              "determiners or intensifiers between, they pair with it, not with their subject before them; "
              "anything else between (a 'by' of the passive, 'as', a comma) leaves the nearest quantity",
}

#: the modifier table. Factors multiply in this order, clause rule by clause rule: the markers
#: before the word ("reaches", "comma clause", "sentence"), then "later", then "around"; a term's
#: rule text names its "around" words first, then the others in the same order.
MODIFIERS: tuple[Modifier, ...] = (
    Modifier("negation", "negator", -0.75, 3, "reaches", "negation '{term}' \u00d7{factor:g}"),
    Modifier("intensifier", "intensifier", None, 2, "around", "{kind} '{term}' \u00d7{factor:g}",
             weaker="diminisher"),
    Modifier("contrast", "contrast", 0.5, None, "later",
             "contrast: before a 'but'-type word \u00d7{factor:g}"),
    Modifier("concession", "concession", 0.25, None, "comma clause",
             "concession: inside '{term}' clause \u00d7{factor:g}"),
    Modifier("hedge", "hedge", 0.8, 4, "comma clause", "hedge '{term}' \u00d7{factor:g}",
             counts="uncertainty"),
    Modifier("forward", "forward", None, None, "count", "", counts="forward_looking"),
    Modifier("purpose", "purpose", 0.0, 6, "comma clause",
             "purpose '{term}': a goal, not an observation \u00d7{factor:g}", blocks_pairs=True),
    Modifier("neutral", "neutral", 0.0, None, "phrase", ""),
    Modifier("ignore", "ignore", None, None, "remove", ""),
    Modifier("intention", "intent", 0.0, None, "sentence",
             "intention '{term}': what should be done, not what happened \u00d7{factor:g}",
             counts="forward_looking"),
    Modifier("commitment", "commit", 0.0, 3, "after actor",
             "commitment '{term}' of the institution: what it will do, not what happened \u00d7{factor:g}",
             counts="forward_looking"),
    Modifier("decision", "decision", 0.0, 3, "after actor",
             "decision '{term}' of the institution: a policy action, not an observation \u00d7{factor:g}"),
    Modifier("actor", "actor", None, None, "actor", ""),
    Modifier("comparison", "comparison", None, 12, "subject", ""),
    Modifier("unit", "unit", None, None, "filler", ""),
    Modifier("forecast noun", "forecast", None, None, "unless past", "", counts="forward_looking"),
    Modifier("past", "past", None, None, "past", ""),
    Modifier("observation", "outcome", None, None, "stop", ""),
    Modifier("slowing", "slower", -1.0, 8, "pace",
             "pace '{term}': its movement slowed \u00d7{factor:g}"),
    Modifier("quickening", "faster", 1.0, 8, "pace",
             "pace '{term}': its movement quickened \u00d7{factor:g}"),
    Modifier("origin", "origin", None, None, "origin", ""),
    Modifier("vote", "vote", 0.0, None, "whole sentence",
             "vote '{term}': a vote and the reasons given for it are procedure, not news \u00d7{factor:g}"),
    Modifier("toward target", "toward", -1.0, None, "toward target",
             "toward target '{term}': prices rising to the target were below it \u00d7{factor:g}"),
    Modifier("shortfall", "shortfall", 0.0, None, "inflation sentence",
             "shortfall '{term}': prices read against a target they fall short of \u00d7{factor:g}"),
    Modifier("steady", "steady", 0.0, None, "steady",
             "steady '{term}': a quantity that held still is no news unless it is prices \u00d7{factor:g}"),
    Modifier("band", "band", 0.0, None, "steady",
             "band '{term}': a reading of prices against their target band, of any other quantity no news \u00d7{factor:g}"),
    Modifier("unchanged", "unchanged", 0.0, None, "unchanged",
             "unchanged '{term}': a quantity that did not move is no news \u00d7{factor:g}"),
    Modifier("more", "more", 1.0, 1, "degree", ""),
    Modifier("less", "less", -0.5, 1, "degree",
             "less '{term}': a smaller degree of the state, half the opposite news \u00d7{factor:g}"),
    Modifier("upside", "upside", -1.0, 6, "upside",
             "upside risk to '{term}': it may turn out higher, good news for a good quantity \u00d7{factor:g}"),
    Modifier("object", "transitive", None, None, "object", ""),
    Modifier("aim list", "aim", None, 2, "aim list", ""),
    Modifier("object only", "holds", None, None, "object only", ""),
    Modifier("named good", "commodity", None, 3, "named good", ""),
    Modifier("cause", "push", 0.0, None, "cause",
             "cause of a price rise ('{term}'): part of the price risk \u00d7{factor:g}"),
    Modifier("balance", "balance", 0.0, None, "balance",
             "balance '{term}': risks in balance name no side \u00d7{factor:g}"),
    Modifier("sign", "sign", 0.0, 6, "sign",
             "sign '{term}': the sign of a rate or price figure, no news \u00d7{factor:g}"),
    Modifier("elided", "elided", 0.5, None, "elided",
             "elided: conceded before '{term}' with the same subject \u00d7{factor:g}"),
    Modifier("effect", "effect", 0.0, None, "good only",
             "effect '{term}': a verb of effect names no direction unless said of a good quantity \u00d7{factor:g}"),
    Modifier("decides", "decides", 1.0, None, "decides",
             "decides: the clause after '{term}' decides, this counts at most half of it"),
    Modifier("main decides", "main decides", 1.0, None, "main decides",
             "main decides: conceded ('{term}'), this counts at most half of the main clause"),
    Modifier("only", "only", -0.5, 2, "short of hopes",
             "only '{term}': good news smaller than hoped for, a disappointment \u00d7{factor:g}"),
    Modifier("agenda", "agenda", 0.0, 3, "agenda",
             "agenda '{term}': a topic the institution discussed names no outcome \u00d7{factor:g}"),
    Modifier("unrealised", "unrealised", -0.75, 10, "subject negated",
             "unrealised '{term}': what was feared or expected did not happen, or will not last \u00d7{factor:g}"),
    Modifier("restraint", "restrains", -1.0, None, "object pace",
             "restraint '{term}': a verb that holds back the movement it governs \u00d7{factor:g}"),
    Modifier("negated report", "report", -0.75, 2, "negated report",
             "negated report '{term}': what it reports is negated \u00d7{factor:g}"),
    Modifier("probable", "probable", None, 3, "unless actor", "", counts="uncertainty"),
    Modifier("counterweight", "counterweight", None, None, "apart", "", blocks_pairs=True),
)

#: lexicon kinds of tone words (a quantity, a movement, a state word); their value defaults to 0.
#: A ``level`` quantity (credit, money supply, exchange rate, yields) takes its movement word and gives
#: the pair no tone: quoted without an evaluation, such figures say nothing about the outlook
TONE_KINDS = ("good", "bad", "inflation", "level", "up", "down", "state")
#: every lexicon kind: the tone kinds, then the modifier table's kinds in table order
KINDS = TONE_KINDS + tuple(m.lexicon_kind for m in MODIFIERS)

#: the scoring rules a term can come from: ``Term.kind`` -> its description in the rule text
#: (the direction rule's text also names the quantity's valence and the movement's direction)
SCORING_RULES = {
    "direction": "direction\u00d7valence",
    "movement": "movement alone",
    "quantity": "quantity alone",
    "state": "state",
    "hedge": "hedge (uncertainty)",
}

# flag bits: four structural ones, then one per modifier whose words the engine looks for
F_HARD, F_SOFT, F_PHRASE, F_SEP = 1, 2, 4, 8  # . ; : ! ?  |  ,  |  first word of a phrase  |  between texts
_MARKING_CLAUSES = (
    "reaches", "comma clause", "sentence", "after actor", "later", "count", "actor", "stop", "unless past", "past",
    "subject", "filler",
    "pace",
    "origin",
    "whole sentence",
    "toward target",
    "inflation sentence",
    "steady",
    "unchanged",
    "upside",
    "degree",
    "object",
    "aim list",
    "named good",
    "object only",
    "cause",
    "balance",
    "sign",
    "good only",
    "short of hopes",
    "agenda",
    "subject negated",
    "object pace",
    "negated report",
    "unless actor",
    "apart",
)
_FLAGGED = [m for m in MODIFIERS if m.clause in _MARKING_CLAUSES]
#: modifier kind -> flag bit of its words in ``Lexicon.flags``
FLAG = {m.kind: 16 << k for k, m in enumerate(_FLAGGED)}
#: lexicon kind -> flag bit, for the modifiers that mark positions
FLAG_OF = {m.lexicon_kind: FLAG[m.kind] for m in _FLAGGED}


def modifier(kind: str) -> Modifier:
    """The row of :data:`MODIFIERS` named ``kind`` (e.g. "negation")."""
    for m in MODIFIERS:
        if m.kind == kind:
            return m
    raise KeyError(f"no modifier {kind!r}; the table has {', '.join(m.kind for m in MODIFIERS)}.")


def default_value(kind: str) -> float:
    """The value of a lexicon row that leaves it empty: 0 for tone words, 1 for the other kinds."""
    return 0.0 if kind in TONE_KINDS else 1.0


def tone_rules() -> pd.DataFrame:
    """The modifier table as a DataFrame, one row per modifier kind, with what its clause rule means.

    Columns: the fields of :class:`Modifier` and ``meaning`` (from :data:`CLAUSE_RULES`).

    >>> tone_rules()["kind"].tolist()[:3]
    ['negation', 'intensifier', 'contrast']
    """
    table = pd.DataFrame(MODIFIERS, columns=Modifier._fields)
    table["scope"] = table["scope"].astype("Int64")  # None: to the end of the clause
    table["meaning"] = table["clause"].map(CLAUSE_RULES)
    return table


# the constants of the rules, by their old names (toolkit.sentiment exported them)
WINDOW = 6  # max token distance between a quantity and its movement word
COMMA_COST = 3  # a comma between them counts as this many tokens
HEAD_GAP = 6  # "pressures in some markets increased": head noun at most this far before the quantity
#: "risks to the attainment of both sustainable growth": the topic of a bad head ends at most this far after it
TOPIC_GAP = 10
#: "increased by RMB870 billion", "a rise of about 7 percent": a movement word that pairs with no
#: quantity and has a figure (a number, percent, billion; not a month) at most this many tokens after
#: it, or right before it ("a 2 percent increase"), reports a figure of a quantity the lexicon does
#: not know; statistics quoted without an evaluation are no news (guidelines rules 5 and 10)
FIGURE_GAP = 3
#: "costs squeezed profit margins": a transitive movement verb pairs with a quantity at most this many
#: tokens after it (unknown words, determiners, intensifiers only), its object
OBJECT_GAP = 3
#: "inflation has eased over the past year but remains elevated": a movement word at most this many
#: tokens after a contrast word, with only linking words between ("remains", "is still", "they"), has
#: no subject of its own and moves the subject of the clause before the contrast word
SUBJECTLESS_GAP = 4
ALPHA = 1.0  # score = raw / sqrt(raw^2 + ALPHA)
#: inflation="target": a move of prices against price stability weighs this much of a move of activity
#: (one side of a judgement with two: prices fall in a slump too)
INFLATION_WEIGHT = 0.5
NEG_FACTOR, NEG_SCOPE = modifier("negation").factor, modifier("negation").scope
INTENS_SCOPE = modifier("intensifier").scope
CONTRAST_BEFORE = modifier("contrast").factor  # weight of tone before "but"
CONCESSION = modifier("concession").factor  # weight of tone inside an "although" clause
HEDGE_FACTOR, HEDGE_SCOPE = modifier("hedge").factor, modifier("hedge").scope
PURPOSE_FACTOR, PURPOSE_SCOPE = modifier("purpose").factor, modifier("purpose").scope
INTENT_FACTOR = modifier("intention").factor
#: the clause rules whose reach ends at a contrast, concession or observation word
STOPPED = ("sentence", "after actor")
