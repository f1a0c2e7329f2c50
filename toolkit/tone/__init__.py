"""Score the tone of economic text: the `outlook` scorer, two baselines, and document tone.

Three methods, side by side, all returning one row per input text in input order:

``outlook`` (default)
    A compositional lexicon scorer written for economic writing. Its word list is a data file
    (``toolkit/data/outlook_lexicon.tsv``, original work, MIT); its modifiers are one table,
    :data:`toolkit.tone.rules.MODIFIERS` (see it with :func:`tone_rules`):

    * **direction x valence** - a quantity whose rise is good news (growth, employment, profits) or
      bad news (unemployment, losses, defaults) is paired with the nearest movement or level word
      (rose, picked up, higher / fell, narrowed, subdued) in the same clause, in either order, within
      six tokens (a comma counts as three). The pair's tone is the product of the two signs:
      "unemployment fell" and "losses narrowed" are positive, "growth slowed" is negative. A word
      left unpaired keeps a small tone of its own (``value`` column of the TSV: "recovery" is good
      news, "fell" is mildly bad).
    * **levels** (kind ``level`` in the TSV: credit, loans, money supply, deposits, exchange rates,
      yields) take their movement word and give the pair no tone: such figures quoted without an
      evaluation say nothing about the outlook ("outstanding loans grew 9 percent" is neutral).
      A carrier head ("growth in unemployment slowed") leaves the movement with the quantity after it.
    * **state words** carry tone by themselves (solid, resilient, sluggish, headwinds, difficulties).
    * **held still**: "stable", "steady" (kind ``steady``) and "unchanged", "little changed", "flat",
      "no change in" (kind ``unchanged``) are level words of value 0: a quantity that held still is no
      news ("output was flat", "employment remained stable"), except prices held steady, which are
      price stability ("inflation expectations remained stable"; "unchanged" prices stay no news).
      "Steady growth" keeps the tone of growth.
    * **complements and rates**: a quantity after a head that speaks, across a preposition ("risks to
      growth", "the outlook for growth"), names the head's topic and does not count alone; a carrier
      right after a quantity ("debt growth", "sales growth") is that quantity's rate and reads with
      its valence.
    * **negation**: a negator (not, no, without, failed to, has yet to ...) up to three tokens before
      a tone word, in the same sentence, multiplies its tone by -0.75 ("did not improve").
    * **intensifiers / diminishers** within two tokens multiply it (sharply x1.6, slightly x0.5).
    * **contrast**: tone before "but / however / yet / nonetheless" counts half (also across ; : .
      when the word opens the next clause: "strong; however, ..."); the clause opened by
      "although / despite / while" counts a quarter, so the main clause decides. When several facts
      before the contrast (or inside the concession) still outweigh an opposite clause after it, they
      are scaled to count at most half of it ("sales and profits rose, but exports fell" is bad news;
      kinds ``decides`` / ``main decides``). "Not only ... but also" is neither.
    * **hedges** (may, could, would, likely, expected to, projected, uncertain, risks, if) count into
      ``uncertainty`` and soften the tone of the words that follow them in the clause (x0.8).
    * **purpose**: tone inside a purpose clause ("to support growth", "in order to address the
      difficulties") describes a goal, not the state of the economy, and counts zero (an aim
      states no outcome).
    * **intention and commitment**: a sentence whose main clause says what the institution will or
      must do is neutral for tone. After an intention ("must", "need to", "it is necessary to",
      "efforts will be made", "measures will be taken", "stands ready to", "will be strengthened")
      or a commitment ("will", "shall", "should" said by an actor: "the Committee", "the PBC", "we",
      "it", "the Bank", "Copom"; the actor as the subject of its "will", with only fillers such as
      "also" between them: ``actor_subjects``), or a decision said by an actor ("the Committee decided
      today to"; not forward-looking),
      tone to the end of the sentence counts zero, until a contrast ("but"), a concession or
      an observation word ("which has", "because", "amid") opens a clause that states an outcome.
      "Growth will pick up" (no actor) keeps its tone; ``Term.stance`` is "intention" or
      "observation", so users can filter the ``terms``.
    * **report-style comparisons**: numbers and units (percent, billion, year on year, month names)
      do not count towards the pairing window; "up from" / "down from" are movements of the
      sentence's subject, across commas ("exports grew 5 percent, up from 3 percent"); a movement
      that opens a comma clause (", up 4 percent") may reach back to the subject too. A movement
      of no known quantity next to a figure ("increased by RMB870 billion", "a 2 percent rise";
      not a month) is a statistic quoted without evaluation: no tone unit.
    * **head nouns**: "uncertainty about the outlook has risen" - the movement goes back to the head
      noun over in/of/at/for/on/about/to/over/surrounding/regarding/against, when the preposition
      comes right after the head (not after a verb: "the depreciation contributed to inflation
      rising" is inflation rising). A movement noun with a phrase of its own moves the quantity
      in it ("gains in retail and declines in manufacturing"). A quantity after "for" ("the
      foundation for recovery") or after a state word and a preposition ("resilient against
      shocks") names a topic and does not count alone. A risk's topic reaches over "the outlook
      for" ("downside risks to the outlook for the economy and the labor market have diminished"
      moves the risks), and a forecast noun's topic goes on over "and" ("the outlook for both
      inflation and economic growth" names growth, it does not report it).
    * **subjects carried over**: a clause with no subject after "but" ("inflation has eased but
      remains elevated") and "it" / "they" opening the main clause after a concession ("Although
      unemployment rose, it is still low") move the subject of the clause before them.
    * **degree and risk direction**: "more" / "less" right before a state word are its degree
      ("less difficult": half the opposite news); "upside risks" to a good quantity ("upside risks
      to growth") are good news, to prices or alone a risk.
    * **objects**: a transitive movement verb (squeezed, eroded, boosted, dampened; kind
      ``transitive``) moves the quantity right after it, its object ("higher costs squeezed margins"
      is margins squeezed); "support", "underpin", a finite "promotes" (kind ``holds``) move only
      their object or their subject in the passive ("growth was supported by exports").
    * **lists of aims**: a goal verb (improve, strengthen, ensuring; kind ``aim``) after a comma or
      "and" carries a purpose clause on ("to prevent new risks, further improve loan structure and
      strengthen ..."); "should be offset / supported by" is an expectation, not an intention.
    * **neutral phrases** such as "price stability" or "repurchase agreement" mask the tone words they
      contain (kind ``neutral`` in the TSV), and so do policy actions ("monetary easing") and "added
      that". "Upside and downside risks" name no side; "roughly equal", "in balance" cancel a risk's
      tone like "balanced".

    ``forward_looking`` (bool) is true when the sentence has a forward cue: a modal or future
    auxiliary (will, shall, could, may, might, should, would, going to), a condition (if, unless,
    provided that), a forecast verb (expect, anticipate, projected to, likely), an intention verb
    or an intention/commitment (intend, plans to, efforts will be made; an imperative: "Expand
    domestic demand."), a risk word (risk is about what may happen), or future time (next
    year, in the months ahead). Not cues: "than expected", "as expected" (a comparison with an old
    forecast), "May" the month (a capital M; opening its sentence too, unless a pronoun or a
    question mark follows: "May retail sales rose"), a modal of the past ("may have slowed"). Forecast nouns (outlook,
    projections, expectations, prospects) count only when their sentence has no past or present
    word (was, were, had, last year, recently, remains, revised): "the outlook was revised" is about
    the past. ``uncertainty`` (int) is hedge intensity: the number of hedge cues in the sentence
    (modals, forecast words, conditions, uncertainty and risk words, appear/seem, suggest, signs
    of, assume, vulnerable; "should" unless the institution says it), with the same exclusions; ``document_tone`` averages it per sentence.
    * **inflation against its target** (``inflation="target"``, the default): prices (inflation, CPI,
      price pressures, inflation expectations) are read against price stability - rising, high or
      elevated is bad news, moderating or easing is good news - at half the weight of activity news
      (``INFLATION_WEIGHT``: prices fall in a slump too). A **shortfall** in the sentence ("slack",
      "deflation", "zero", "too low", "lowest") voids the reading of its prices, and a fall
      of activity in the sentence ("demand weakened") voids a fall of prices: the weakness is the
      news. Prices **below** a level ("inflation continues to run below 2 percent") are low
      inflation, good news like "low" (the guidelines' inflation rule; round 14), unless such a
      shortfall stands beside them. Prices rising **to the target** ("to 2 percent", "toward its objective") were below it:
      that rise is good news (x-1, before the shortfall rule). The price of one good or asset ("oil prices", "home prices", "the price of copper", "prices
      for crude oil": kind ``commodity`` names the goods) is a figure, like credit (kind ``level``). ``inflation="neutral"`` gives prices no tone;
      ``inflation="bad"`` / ``"good"`` count a rise of prices fully as bad / good news.
    * **pace**: one quantity with two movements - a pace word right after a movement ("grew more
      slowly", "expanded at a slower pace") or after a movement noun of the same quantity ("the
      decline in output narrowed", "the rise in unemployment accelerated") says how that movement
      changed: x-1 for a slowing, x1 for a quickening; the pace word makes no unit of its own. So
      does one right before a movement noun ("a slower decline in exports"), and a rising word
      there ("growing weakness in orders") is more of that movement.
      The first word after "from" (over a determiner and intensifiers) is where a movement started,
      not a movement: "fell from high levels", "slowed from its strong pace".
    * **votes**: a sentence with a vote ("Voting against the action was ...", "dissented") is
      procedure, with the reasons given for the vote: its tone counts zero. Initials ("Esther L.
      George") end no sentence. Announcements of the institution ("the Federal Reserve announced
      today an expansion of its lending program") are decisions.

    * **target bands** (kind ``band``): prices inside or back in their target band ("within the target
      range", "bounded by the target range", "close to the midpoint") are price stability, at its top
      ("upper end / upper limit of the target") high inflation; the band word pairs only with the quantity
      before it, and of any other quantity (a rate the bank sets, exports) it is no news. A forecast of
      prices is prices ("the inflation forecast was revised upwards" is a rise of prices).
    * **held in check**: "contained" is a level word ("inflation remained contained"); the verb
      "moderate" after a forecast word or a modal ("inflation is expected to moderate") is a slowing.
    * **setbacks**: "delay", "undermine", "hinder", "impede", "derail", "jeopardize", "disrupt" move
      their object down, never their subject ("tensions could delay the recovery"); "growth" with a
      movement and a phrase of its own moves the quantity in the phrase ("strong growth in regulated
      prices" is prices rising); a negated degree ("the damage was not serious") is little of the
      quantity before it.

    The sentence score is ``raw / sqrt(raw**2 + 1)`` where ``raw`` is the sum of the contributions,
    so it lies in (-1, 1); ``label`` is positive above ``+0.1``, negative below ``-0.1``.

``vader``
    vaderSentiment's compound score (its bundled lexicon), labelled with the usual +/-0.05 cut-offs.

``lm``
    Word counts against the Loughran-McDonald master dictionary, ``(pos - neg) / (pos + neg)``.
    The dictionary may not be redistributed, so the toolkit does not ship it: give its CSV with
    ``lm_path=`` or the ``TOOLKIT_LM_PATH`` environment variable.

Bad input never crashes and is never dropped: empty, missing, non-English text gets a neutral row
with a ``reason``; text longer than ``max_chars`` is scored on its first ``max_chars`` characters and
says so in ``reason``.

Document tone is additive over sentences: ``tone = sum(pos_i - neg_i) / (sum(pos_i + neg_i) + 1)``
over a document's sentences (see :func:`sentence_weights` and :func:`aggregate_tone`), so a change in
tone between two releases splits exactly into per-sentence contributions.

Each item of a ``terms`` list is a :class:`Term` ``(term, contribution, rule, kind, modifiers)``:
``kind`` names the scoring rule that fired, ``modifiers`` the modifier kinds that applied, and
``Term.base_rule`` is the rule text without the modifiers' notes, so no caller parses rule text.

Speed: the outlook scorer scores each distinct text once, tokenises all texts at once with numpy on
their bytes and one pyarrow hash lookup (no Python object per token), and applies every rule with
numpy over all texts at once (``toolkit.tone.engine``); the ``terms`` lists are assembled from numpy
tables of term and rule texts (``detail=False`` skips them). A text's score does not depend on the other texts
scored with it. ``benchmarks/bench_sentiment.py`` prints sentences per second against vaderSentiment.

Validation (``benchmarks/bench_sentiment.py``, ``tests/test_sentiment.py``): macro-F1 0.77 on the
ecosent gold headlines (VADER 0.49); document tone separates the FOMC statements issued in NBER
recessions from the others with AUC 0.91 (VADER 0.49); PBoC statements of 2008Q4-2009Q2 and 2020H1
score below the median PBoC statement.

What the package holds, one file per part of the scorer:

==============  ==================================================================
``rules``       the modifier table, lexicon kinds, scoring rules, rule constants
``lexicon``     ``Lexicon``, ``load_lexicon``: the TSV compiled into numpy arrays
``text``        input checks, ASCII folding, the numpy tokenizer
``compounds``   "high-end homes", "low-skilled workers": a level word joined by a hyphen names a kind
``places``      "Sioux Falls": a capitalised "Falls" after a capitalised word is a place
``_arrays``     sorted lookups and the Arrow fast path of the scorer's input
``phrases``     multi-word lexicon entries found in bulk, level by level (any length; and ``near_target``:
                "close to the Committee's 2 percent objective" read as the band phrase "close to the target")
``engine``      the numpy scoring core (layout, units, sums)
``pairing``     which quantity each movement word moves (pace, origins, complements, rates; and
                ``origin_states``: "tapered from the improved levels"; ``claimed``: "the strong dollar
                weighed on exports", the verb's object is the verb's; ``feared``: "fears of a decline"
                is no fall of the fears)
``elided``      "moved up but remains low": the level after a subjectless "but" decides
``carriers``    a movement of "growth" with a phrase of its own ("strong growth in prices")
``subjects``    subjects carried over "but" and a concession ("but remains high")
``degrees``     "more" / "less" / "fewer" before a word of their own ("more competitive")
``sized``       a movement noun whose size the predicate states ("job gains were weak")
``pricing``     "price increases": the singular "price" before a movement noun is the price level
``topics``      figures and topics: no news alone ("for recovery", "by 5 percent", "risks to ..."; and
                ``unknown_objects``: "expanded its repurchase operations", an object the lexicon lacks)
``pushes``      a pressure with a direction moves what it presses on ("downward pressure on prices")
``balance``     a balance word said of a risk cancels it ("risks ... roughly in balance")
``signs``       "positive" / "negative" of a rate or price figure is its sign ("real rates stayed positive")
``impacts``     "could affect" holds back a good quantity ("could affect the recovery"); of prices no news
``clauses``     the clause rules of the modifier table, applied to the units (and ``contrast_next``:
                a contrast word opening the next clause, "strong; however, ..."; ``contrast_decides``:
                the clause after "but" and the main clause against a concession decide;
                ``negator_nouns``: "a lack of demand weighed on sales"; ``upside_topics``: "upside
                risks to the inflation outlook"; ``short_of_hopes``: "will decline only slowly")
``details``     ``Term`` and the ``terms`` lists
``score``       ``score_texts``, ``score_sentences``
``document``    ``document_tone``, ``sentence_weights``, ``aggregate_tone``, ``tone_over_time``
``explain``     ``explain``
``gaps``        the gap moves in "the gap between supply and demand widened"; its sides are no news
                (``forecast_topics``: "the forecast for unemployment was revised up" moves unemployment;
                ``origin_quantities``: "recovered from the recession" names a start, no news)
``pace_nouns``  "amid a slower pace in spending" (``pace_objects``: "moderating the fall in the index")
``agenda``      "the Committee discussed the effects of the war": the topics of a meeting are no news
``unrealised``  "fears of a recession did not materialise": a negation after what it negates
                (``negated_reports``: "did not explicitly indicate that growth was recovering"; word
                rewrites before the layout: ``moderate_prices``, "inflation will remain moderate" is
                held in check; ``size_predicates``, "losses were smaller" reads like "lower")
``vader``       the vaderSentiment baseline
``lm``          the Loughran-McDonald baseline
``methods``     method names and label cut-offs
==============  ==================================================================

Readings added in round 10 (Beige Book), one file each:

======================  ==========================================================
``seasons``             "last fall", "in the fall": the season, a time like a month
``inventories``         "stocks of coal", "steel stocks": inventories, a level
``homographs``          "fuel efficient cars", "fuel prices": the noun, a named good
``market_lookalikes``   "corn yields", "buyer interest": output and demand
``slack_adjective``     "demand was slack": the adjective, weak
``than``                "fewer than expected": a level against a benchmark
``own_nouns``           "a greater impact on profits": a comparative sizing its own noun
``frequency``           "layoffs were rare", "widespread layoffs": how often
``equals``              "similar to last year": held still (not states, events, rates)
``coordinated``         "were unchanged or fell modestly": one subject, two movements
``negation_links``      "not translating into higher wages", "stopped declining", "no district
                        reported a decline", "doubt that sales will improve"
``alternatives``        "rather than slowing, growth accelerated": what did not happen
``undone_causes``       "a reversal of the factors that had weighed on growth": a cause undone
``triggers``            one pass over the tokens for the words these readings start from
======================  ==========================================================

Readings added in round 11 (Beige Book, i13-r11a), one file each:

======================  ==========================================================
``recouped``            "recover losses": losses made good, like "reduced losses"
``difficult``           "difficult for firms to raise prices": the movement did not happen
``relatives``           "except for luxury cars, which sold strongly": conceded with its clause
``agents``              "prices were held down by discounting": the passive's subject moved
======================  ==========================================================

Readings added in round 12 (Beige Book, i13-r12a), one file each:

======================  ==========================================================
``hires``               "hired fewer workers": the workers are the hiring, moved
``establishments``      "plants closed", "openings of stores": the compounds
``effect_scope``         "no appreciable effect in spurring borrowing": denied there
======================  ==========================================================

Readings added in round 11 (other central banks, i13-r11b), one file each:

======================  ==========================================================
``helped_outcomes``     "have helped to cap price increases", "helped to reduce
                        unemployment": what a past "helped" governs happened
``hedge_window``        "inflation is projected to continue to remain moderate": a
                        hedge phrase counts as one word of the pairing window
``bare_rates``          "demand fell as rates rose": "rates" alone is a level;
                        "unemployment rates fell", "room rates" read as before
``driver_topics``       "the key driver of growth": a topic, not counted alone
======================  ==========================================================

Readings added in round 12 (other central banks, i13-r12b), one file each:

======================  ==========================================================
``pace_verbs``          "higher interest rates slowed demand": a pace word with a
                        quantity right after it moves that object
``relative_movements``  "growth depends on exports, which have been falling": a
                        closing relative clause moves the noun before its comma
======================  ==========================================================

Readings added in round 13 (probes), one file each:

======================  ==========================================================
``actor_subjects``      "The Bank will continue to ...": the institution by its own
                        name, and only as the subject of its "will" ("the Committee
                        expects growth will pick up" keeps its tone)
``while_doing``         "will expand demand while deepening reform, strengthen ...":
                        "while" + a gerund goes on with the intention
``pace_objects``        (extended) "curbed increases in prices": a bare movement
                        noun governed by a pace or restraining verb
======================  ==========================================================

Readings added in round 13 (intentions, forward-looking, hedging; i13-r13a), one file each:

======================  ==========================================================
``probable``            "sales should be weak": "should" of probability, a hedged
                        forecast; "the PBC should ...", "should be increased" stay
                        certain instructions
``imperatives``         "Expand domestic demand and boost consumption.": an
                        instruction in the imperative, an intention
``past_modals``         "growth may have slowed": a hedge about the past, no
                        forward cue
``as_clauses``          "will keep rates low as growth has slowed": "as" before a
                        quantity opens an outcome inside an intention
======================  ==========================================================

Readings added in round 13 (report-style comparisons and company news, i13-r13c), one file each:

======================  ==========================================================
``since_times``         "the biggest drop since the crisis": the event after "since"
                        is where the comparison starts, the drop is the subject's
``figure_comparisons``  "net profit was EUR 5.6 mn, compared with EUR 9.8 mn": two
                        figures of a company report, a movement by their numbers
``record_levels``       "record sales", "record layoffs": a record high of the
                        quantity after "record"
``fronted_comparisons`` "Down from 5.5 percent, the unemployment rate stood at 5.1
                        percent": a comparison put first moves the subject after it
``up_to``               "up to 80 jobs will be lost": "up to" a number is at most,
                        no rise
``noun_phrases``        "the year-on-year decline in profits narrowed", "weak demand
                        and rising raw material costs": figures and participles in a
                        noun phrase; round 14 (lead): "Sales of small and medium-sized
                        cars decreased" (a subject over a long phrase of its own),
                        "amid rising protectionism" (a movement of a noun of its own)
======================  ==========================================================

Readings added in round 13 (risk, contrast, negation; i13-r13b), one file each:

========================  ========================================================
``risk_heads``            "concerns among contacts about the durability of demand
                          eased": a worry's long topic phrase hands the movement back
``negator_quantifiers``   "little growth in sales": "little" before a noun, hardly any
``interrupted``           "Uncertainty, while still elevated, has diminished": the
                          predicate after a concession or relative between commas
========================  ========================================================

(and, in existing files: ``contrast_next``: "weak; nonetheless, ..." decides and "still," opens a
contrast; ``effect_scope``: "not yet showing signs of a recovery"; the lexicon's round-13 block:
"not without risks", "hardly", "trade tensions", "a strong upturn is unlikely", "became less
pronounced".)

Readings added in round 14 (Beige Book probes, i13-r14a), one file each:

========================  ========================================================
``forecast_complements``  "contacts expect sales to improve": the infinitive after a
                          forecast verb and its object is the forecast, not a goal
``pace_states``           "grew at a sluggish pace": a weak pace said of a rise is
                          the rise's state, sluggish growth
========================  ========================================================

Readings added in round 14 (mixed sentences and balance; i13-r14c), one file each:

======================  ==========================================================
``one_hand``            "on the one hand growth is strong, on the other inflation is
                        high": the second half is no contrast, both halves count
``risk_tilts``          "risks to growth are tilted to the upside": the side said
                        after the risk, read as "upside risks to growth"
======================  ==========================================================

(and, in the lexicon's round-14 block: "sales were mixed", "conditions varied" held both ways, no news;
"in contrast," a contrast word, "in contrast to X" / "unlike X" a concession; "A was partly offset by
B" concedes B, "B partly offset A" lets A decide; risks "two-sided" are balanced;
``subjects``: a passive counterweight, kind ``counterweight``, names a new subject: "job losses were
outweighed by gains in services" is no rise of job losses.)

Readings added in round 14 (lead), one file each:

========================  ========================================================
``rate_comparisons``      "the IPCA increased 0.52% in March, down from 0.81%": the
                          comparison after a rise's rate is the pace of the rise
``assessed_outlooks``     "The outlook remains highly uncertain": a state said of the
                          outlook is forward-looking in any tense (F7)
========================  ========================================================

(and, in existing files: ``noun_phrases``: a subject over a long phrase of its own, "amid rising
protectionism"; the lexicon: "below" no shortfall, "under pressure", "widened" and "more modest" as
paces, "operating rates", "sap".)

Readings added in round 14 (other central banks' minutes and statements; i13-r14b), one file each:

========================  ========================================================
``addressees``            "banks should maintain adequate capital": "should" said to
                          the agents an institution addresses, an instruction
``reported_plans``        "the Bank said it would publish the report": "would" of
                          a plan said by its actor, certain (not a hedge)
``company_plans``         "the bank plans to hire 2,000 staff", "it would shed 1,100
                          jobs": a company's plan for jobs and plants keeps its tone
========================  ========================================================

(and, in existing files: ``establishments``: "will close two factories", the base form before
its place noun; the lexicon: "should also" / "should further" are commitments and forward
cues, like "should continue to".)

Readings added in round 14 (company news, i13-r14d), one file each:

======================  ==========================================================
``reported_firms``      "Nokia said it will cut 1,700 jobs": an "it" reported by a
                        verb of report with no actor before it is the firm, not the
                        institution, so its plan keeps its tone
``sources_from``        "benefiting from strong demand": "from" after a verb of
                        benefit or source names the cause, not an origin
``headlines``           "Componenta to cut 140 jobs": the headline infinitive after a
                        name is the firm's plan, "will"
``orders_won``          "wins EUR 6 mn contract", "secured two new orders": an order
                        won with words between the verb and its noun
======================  ==========================================================

Round 14 (company news, i13-r14d), in existing files: ``figure_comparisons`` reads the year-earlier
figure in brackets of a company report ("net sales totalled EUR 93.4 mn (EUR 81.0 mn)") like
"compared with"; ``establishments`` reads the base verbs before a place ("will close its plant",
"plans to open 40 new stores") and more places (sawmills, smelters, refineries, shipyards,
warehouses); the lexicon's round-14 block names company figures (cash flow, deliveries, passengers,
the number of employees, gearing, written premiums, subscribers, a company's guidance and forecasts,
"developed favourably"), agreements that are transactions (no success) and firm events (cancelled
orders, lost contracts, breached covenants); past words of revision ("raised", "lowered",
"reiterated", "exceeded") keep a revised forecast noun from making a sentence forward-looking (F6).

``toolkit.sentiment`` re-exports these names (the old import path).
"""
from __future__ import annotations

from toolkit.tone.details import Term
from toolkit.tone.document import TONE_K, aggregate_tone, document_tone, sentence_weights, tone_over_time
from toolkit.tone.explain import explain
from toolkit.tone.lexicon import INFLATION_CHOICES, LEXICON_FILE, Lexicon, load_lexicon
from toolkit.tone.lm import LM_ENV, LM_URL
from toolkit.tone.methods import LABEL_CUTOFF, METHODS
from toolkit.tone.rules import KINDS, MODIFIERS, SCORING_RULES, Modifier, tone_rules
from toolkit.tone.score import score_sentences, score_texts
from toolkit.tone.text import MAX_CHARS

__all__ = [
    "score_texts",
    "score_sentences",
    "document_tone",
    "tone_over_time",
    "explain",
    "sentence_weights",
    "aggregate_tone",
    "load_lexicon",
    "Lexicon",
    "Term",
    "Modifier",
    "MODIFIERS",
    "SCORING_RULES",
    "tone_rules",
    "KINDS",
    "METHODS",
    "LABEL_CUTOFF",
    "INFLATION_CHOICES",
    "LEXICON_FILE",
    "LM_ENV",
    "LM_URL",
    "MAX_CHARS",
    "TONE_K",
]
