"""Score the tone of economic text: the `outlook` scorer, two baselines, and document tone.

Three methods, side by side, all returning one row per input text in input order:

``outlook`` (default)
    A compositional lexicon scorer written for economic writing. Its word list is a data file
    (``toolkit/data/outlook_lexicon.tsv``, original work, MIT); its rules live here:

    * **direction x valence** - a quantity whose rise is good news (growth, employment, profits) or
      bad news (unemployment, losses, defaults) is paired with the nearest movement or level word
      (rose, picked up, higher / fell, narrowed, subdued) in the same clause, in either order, within
      five tokens (a comma counts as three). The pair's tone is the product of the two signs:
      "unemployment fell" and "losses narrowed" are positive, "growth slowed" is negative. A word
      left unpaired keeps a small tone of its own (``value`` column of the TSV: "recovery" is good
      news, "fell" is mildly bad).
    * **state words** carry tone by themselves (solid, resilient, sluggish, headwinds, difficulties).
    * **negation**: a negator (not, no, without, failed to ...) up to three tokens before a tone
      word, in the same sentence, multiplies its tone by -0.75 ("did not improve").
    * **intensifiers / diminishers** within two tokens multiply it (sharply x1.6, slightly x0.5).
    * **contrast**: tone before "but / however / nonetheless" counts half; the clause opened by
      "although / despite / while" counts half, so the main clause weighs more.
    * **hedges** (may, could, uncertain, risks, volatility) count into ``uncertainty`` and soften the
      tone of the words that follow them in the clause (x0.8).
    * **purpose**: tone inside a purpose clause ("to support growth", "in order to address the
      difficulties") describes a goal, not the state of the economy, and counts half.
    * **neutral phrases** such as "price stability" or "repurchase agreement" mask the tone words they
      contain (kind ``neutral`` in the TSV).
    * **forward-looking** markers (expected, will, outlook, likely, projected) set ``forward_looking``.
    * **inflation** is ambiguous for the outlook (rising prices are bad news for households, falling
      prices are bad news in a slump), so by default it carries no tone: ``inflation="neutral"``.
      ``inflation="bad"`` treats rising prices like rising unemployment (the usual reading outside
      deflation scares); ``inflation="good"`` treats them like rising output (a deflation scare).

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

Document tone is additive over sentences (see :func:`aggregate_tone`), so a change in tone between
two releases splits exactly into per-sentence contributions.
"""
from __future__ import annotations

import math
import os
import re
import warnings
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

METHODS = ("outlook", "vader", "lm")
INFLATION_CHOICES = {"neutral": 0.0, "bad": -1.0, "good": 1.0}
LM_URL = "https://sraf.nd.edu/loughranmcdonald-master-dictionary/"
LM_ENV = "TOOLKIT_LM_PATH"
LEXICON_FILE = "outlook_lexicon.tsv"
MAX_CHARS = 20_000

#: label cut-offs on ``score`` per method (score above +cut is positive, below -cut negative)
LABEL_CUTOFF = {"outlook": 0.1, "vader": 0.05, "lm": 0.05}
#: additive smoothing of the document tone (see aggregate_tone)
TONE_K = 1.0

# rule constants of the outlook method
WINDOW = 5  # max token distance between a quantity and its movement word
COMMA_COST = 3  # a comma between them counts as this many tokens
NEG_SCOPE = 3  # a negator reaches this many tokens ahead
NEG_FACTOR = -0.75
INTENS_SCOPE = 2
CONTRAST_BEFORE = 0.5  # weight of tone before "but"
CONCESSION = 0.5  # weight of tone inside an "although" clause
HEDGE_SCOPE = 4
HEDGE_FACTOR = 0.8
PURPOSE_SCOPE = 6  # a purpose marker ("to support", "in order to") reaches this many tokens ahead
PURPOSE_FACTOR = 0.5  # tone of a goal is not an observation
ALPHA = 1.0  # score = raw / sqrt(raw^2 + ALPHA)

KINDS = ("good", "bad", "inflation", "up", "down", "state", "negator", "intensifier",
         "contrast", "concession", "hedge", "forward", "purpose", "neutral", "ignore")
(GOOD, BAD, INFL, UP, DOWN, STATE, NEG, INTENS, CONTRAST, CONCESS, HEDGE, FORWARD, PURPOSE, NEUTRAL,
 IGNORE) = range(15)
HARD, SOFT = 15, 16  # sentence-internal boundaries: . ; : ! ?  and  ,

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*%?|[a-z]+(?:'t)?|[.;:!?,]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# a few function words that only English uses often; a text of 8+ tokens with none is not English
_ENGLISH = frozenset("the and of to are were has have that with for by from this its be been "
                     "will which on at as than".split())

_OUT_COLUMNS = ["score", "label", "positive", "negative", "uncertainty", "forward_looking", "terms",
                "reason"]


# --------------------------------------------------------------------------- lexicon
class Lexicon:
    """A compiled outlook lexicon: token -> entries, plus phrases keyed by their first token.

    Build one with :func:`load_lexicon`; pass it (or a TSV path) as ``lexicon=`` to the verbs.
    """

    def __init__(self, table: pd.DataFrame, inflation: str = "neutral"):
        if inflation not in INFLATION_CHOICES:
            raise ValueError(f"inflation={inflation!r} is not one of {sorted(INFLATION_CHOICES)}; "
                             "pick 'neutral' (default: prices carry no tone), 'bad' or 'good'.")
        self.table = table
        self.inflation = inflation
        self.inflation_sign = INFLATION_CHOICES[inflation]
        single: dict[str, list] = {}
        phrases: dict[str, list] = {}
        for key, kind, value in zip(table["key"], table["kind"], table["value"]):
            code = KINDS.index(kind)
            if code == IGNORE:
                continue
            entry = (code, float(value), " ".join(key))
            if len(key) == 1:
                single.setdefault(key[0], []).append(entry)
            else:
                phrases.setdefault(key[0], {}).setdefault(key[1:], []).append(entry)
        for mark in ".;:!?":
            single[mark] = [(HARD, 0.0, mark)]
        single[","] = [(SOFT, 0.0, ",")]
        self.single = {k: tuple(v) for k, v in single.items()}
        self.phrases = {k: sorted(((rest, tuple(e)) for rest, e in v.items()), key=lambda p: -len(p[0]))
                        for k, v in phrases.items()}
        self.keys = frozenset(self.single) | frozenset(self.phrases)

    def __repr__(self) -> str:
        return f"<Lexicon {len(self.table)} terms, inflation={self.inflation!r}>"


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
            value = float(value) if str(value).strip() != "" else (1.0 if kind not in KINDS[:6] else 0.0)
        except ValueError:
            raise ValueError(f"lexicon {where}, row {n + 1} ({term!r}): value {value!r} is not a number."
                             ) from None
        for form in str(term).split("|"):
            key = tuple(_TOKEN_RE.findall(form.strip().lower().replace("\u2019", "'").replace("-", " ")))
            key = tuple(t for t in key if t not in ".;:!?,")
            if key:
                rows.append((" ".join(key), kind, value, key))
    return pd.DataFrame(rows, columns=["term", "kind", "value", "key"])


@lru_cache(maxsize=1)
def _bundled_table() -> pd.DataFrame:
    with (resources.files("toolkit") / "data" / LEXICON_FILE).open("r", encoding="utf-8") as fh:
        return _read_lexicon_tsv(fh)


def load_lexicon(lexicon=None, inflation: str = "neutral") -> Lexicon:
    """The outlook lexicon, optionally extended or overridden by a user TSV or DataFrame.

    ``lexicon`` is None (the bundled ``outlook_lexicon.tsv``), a path to a TSV with columns
    ``term, kind, value`` (its rows replace the bundled rows of the same term and add new ones; kind
    ``ignore`` removes a term), a DataFrame with those columns, or a :class:`Lexicon` (used as is).

    >>> lex = load_lexicon()
    >>> lex.single["unemployment"][0][:2]
    (1, -0.3)
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
    raise ValueError(f"lexicon must be None, a TSV path, a DataFrame or a Lexicon, not {type(lexicon).__name__}.")


@lru_cache(maxsize=16)
def _cached_lexicon(path, inflation, mtime=None) -> Lexicon:
    table = _bundled_table() if path is None else _merge(_bundled_table(), _read_lexicon_tsv(path))
    return Lexicon(table, inflation)


def _merge(base: pd.DataFrame, user: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([base[~base["term"].isin(set(user["term"]))], user], ignore_index=True)


# --------------------------------------------------------------------------- outlook core
def _find(toks: list[str], lex: Lexicon) -> list:
    """Lexicon hits in token order: (position, last position, code, value, term)."""
    keys, single, phrases = lex.keys, lex.single, lex.phrases
    hits = []
    skip = -1
    for i in [i for i, t in enumerate(toks) if t in keys]:
        if i <= skip:
            continue
        t = toks[i]
        entries = None
        last = i
        for rest, ents in phrases.get(t, ()):
            n = len(rest)
            if tuple(toks[i + 1:i + 1 + n]) == rest:
                entries, last = ents, i + n
                skip = last
                break
        if entries is None:
            entries = single.get(t)
            if entries is None:
                continue
        for code, value, term in entries:
            hits.append((i, last, code, value, term))
    return hits


def _score_tokens(toks: list[str], lex: Lexicon):
    """Score one tokenised text. Returns (raw, positive, negative, n_hedges, forward, details).

    ``details`` lists (position, term, base, multiplier, contribution, rule) for each term that fired.
    """
    hits = _find(toks, lex)
    if not hits:
        return 0.0, 0.0, 0.0, 0, False, []
    hard, soft, quant, moves, states, negs, intens, contrasts, concess, hedges, purposes = (
        [] for _ in range(11))
    forward = False
    infl = lex.inflation_sign
    for pos, last, code, value, term in hits:
        if code <= INFL:
            pol = 1.0 if code == GOOD else (-1.0 if code == BAD else infl)
            quant.append([pos, last, pol, value, term, False, code])
        elif code == UP or code == DOWN:
            moves.append((pos, last, 1.0 if code == UP else -1.0, value, term))
        elif code == STATE:
            states.append((pos, last, value, term))
        elif code == HARD:
            hard.append(pos)
        elif code == SOFT:
            soft.append(pos)
        elif code == NEG:
            negs.append((pos, last))
        elif code == INTENS:
            intens.append((pos, last, value, term))
        elif code == HEDGE:
            hedges.append((pos, last, term))
        elif code == FORWARD:
            forward = True
        elif code == CONTRAST:
            contrasts.append(pos)
        elif code == CONCESS:
            concess.append(pos)
        elif code == PURPOSE:
            purposes.append((pos, last, term))

    def seg(p):  # hard segment (sentence/clause id) of a position
        return bisect_left(hard, p) if hard else 0

    def commas(a, b):
        return (bisect_left(soft, b) - bisect_left(soft, a)) if soft else 0

    units = []  # (lo, hi, anchor, base, term, rule, occupied positions)
    for mpos, mlast, direction, alone, mterm in moves:
        best, best_d = None, WINDOW + 1
        if quant:
            ms = seg(mpos)
            for q in quant:
                if mpos <= q[0] <= mlast or q[0] <= mpos <= q[1]:
                    continue
                d = (q[0] - mlast) if q[0] > mpos else (mpos - q[1])
                lo, hi = (mpos, q[0]) if q[0] > mpos else (q[0], mpos)
                d += COMMA_COST * commas(lo, hi)
                if d < best_d and seg(q[0]) == ms:
                    best, best_d = q, d
        if best is not None and best[0] < mpos:
            best = _head(best, quant, toks)
        if best is None:
            if alone:
                units.append((mpos, mlast, mpos, alone, mterm, "movement alone", (mpos, mlast)))
            continue
        best[5] = True
        sign = best[2] * direction
        arrow = "\u2191" if direction > 0 else "\u2193"
        kind = {GOOD: "good", BAD: "bad", INFL: "inflation"}[best[6]]
        term = f"{best[4]} {mterm}" if best[0] < mpos else f"{mterm} {best[4]}"
        if best[6] == INFL and sign == 0:
            rule = f"direction\u00d7valence ({kind}{arrow}, inflation='neutral')"
        else:
            rule = f"direction\u00d7valence ({kind}{arrow})"
        units.append((min(mpos, best[0]), max(mlast, best[1]), mpos, sign, term, rule,
                      (mpos, mlast, best[0], best[1])))
    for q in quant:
        if not q[5] and q[3]:
            units.append((q[0], q[1], q[0], q[3], q[4], "quantity alone", (q[0], q[1])))
    for pos, last, value, term in states:
        units.append((pos, last, pos, value, term, "state", (pos, last)))

    details = []
    raw = positive = negative = 0.0
    for lo, hi, anchor, base, term, rule, occ in units:
        mult = 1.0
        notes = []
        s = seg(anchor)
        for npos, nlast in negs:
            if lo - NEG_SCOPE <= nlast < hi and npos < anchor and npos not in occ and seg(npos) == s:
                mult *= NEG_FACTOR
                notes.append("negation")
                break
        for ipos, ilast, ivalue, iterm in intens:
            if lo - INTENS_SCOPE <= ilast and ipos <= hi + INTENS_SCOPE and ipos not in occ \
                    and seg(ipos) == s:
                mult *= ivalue
                notes.append(f"{'intensifier' if ivalue > 1 else 'diminisher'} '{iterm}' \u00d7{ivalue:g}")
        for cpos in contrasts:
            if anchor < cpos and seg(cpos) == s:
                mult *= CONTRAST_BEFORE
                notes.append(f"contrast: before '{_tok_at(hits, cpos)}' \u00d7{CONTRAST_BEFORE:g}")
                break
        for kpos in concess:
            if kpos < anchor and seg(kpos) == s and commas(kpos, anchor) == 0:
                mult *= CONCESSION
                notes.append(f"concession: inside '{_tok_at(hits, kpos)}' clause \u00d7{CONCESSION:g}")
                break
        for hpos, hlast, hterm in hedges:
            if anchor - HEDGE_SCOPE <= hlast < lo and seg(hpos) == s and commas(hpos, anchor) == 0:
                mult *= HEDGE_FACTOR
                notes.append(f"hedge '{hterm}' \u00d7{HEDGE_FACTOR:g}")
                break
        for ppos, plast, pterm in purposes:
            if anchor - PURPOSE_SCOPE <= plast < lo and seg(ppos) == s and commas(ppos, anchor) == 0:
                mult *= PURPOSE_FACTOR
                notes.append(f"purpose '{pterm}': a goal, not an observation \u00d7{PURPOSE_FACTOR:g}")
                break
        c = base * mult
        if notes:
            rule = rule + "; " + "; ".join(notes)
        details.append((lo, term, base, mult, c, rule))
        raw += c
        if c > 0:
            positive += c
        else:
            negative -= c
    for hpos, hlast, hterm in hedges:
        details.append((hpos, hterm, 0.0, 1.0, 0.0, "hedge (uncertainty)"))
    details.sort(key=lambda d: d[0])
    return raw, positive, negative, len(hedges), forward, details


_PREPOSITIONS = frozenset(("in", "of", "at", "across", "among", "for", "on"))


def _head(q, quant, toks):
    """For "pressures in some markets increased", the movement belongs to the head noun before
    the preposition ("pressures"), not to the nearest quantity ("markets")."""
    for _ in range(3):
        for other in quant:
            if other[1] < q[0] and q[0] - other[1] <= 4 \
                    and any(t in _PREPOSITIONS for t in toks[other[1] + 1:q[0]]) \
                    and "," not in toks[other[1] + 1:q[0]]:
                q = other
                break
        else:
            return q
    return q


def _tok_at(hits, pos):
    for h in hits:
        if h[0] == pos:
            return h[4]
    return "?"


def _squash(raw: float) -> float:
    return raw / math.sqrt(raw * raw + ALPHA)


def _tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text.lower().replace("\u2019", "'"))


def _check(text, max_chars: int):
    """(clean text or None, reason)."""
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
        return None, "missing (None/NaN)"
    if not isinstance(text, str):
        text = str(text)
    if not text.strip():
        return None, "empty"
    reason = ""
    if len(text) > max_chars:
        text = text[:max_chars]
        reason = f"too long, truncated to the first {max_chars} characters"
    if not text.isascii():
        letters = len(_LETTER_RE.findall(text))
        if letters and len(_ASCII_LETTER_RE.findall(text)) < 0.5 * letters:
            return None, "not English (mostly non-Latin letters)"
    return text, reason


def _not_english(toks: list[str]) -> bool:
    return len(toks) >= 8 and _ENGLISH.isdisjoint(toks)


# --------------------------------------------------------------------------- public verbs
def score_texts(texts, method: str = "outlook", lexicon=None, lm_path=None, inflation: str = "neutral",
                *, max_chars: int = MAX_CHARS) -> pd.DataFrame:
    """Score each text's economic tone; one row per input, in input order.

    Columns: ``text``, ``score`` (float in [-1, 1]), ``label`` (positive | neutral | negative),
    ``positive`` and ``negative`` (summed positive / negative evidence), ``uncertainty`` (hedge
    words), ``forward_looking`` (bool), ``terms`` (list of (term, contribution, rule) that fired),
    ``reason`` ("" or why the row was scored neutral: empty, missing, not English; or that a very
    long text was truncated). For ``vader`` ``positive``/``negative`` are VADER's proportions and
    ``uncertainty``/``forward_looking`` are missing; for ``lm`` they are word counts.

    ``method``: "outlook" (default), "vader" or "lm". ``lexicon``: a TSV path or DataFrame that
    extends/overrides the outlook lexicon. ``lm_path``: the Loughran-McDonald master dictionary CSV
    (else ``$TOOLKIT_LM_PATH``). ``inflation``: "neutral" (default), "bad" or "good" - how rising
    prices count in the outlook (see the module docstring).

    >>> df = score_texts(["Unemployment fell sharply.", "Growth slowed.", ""])
    >>> df["label"].tolist()
    ['positive', 'negative', 'neutral']
    >>> df.loc[2, "reason"]
    'empty'
    """
    method = _check_method(method)
    if isinstance(texts, str):
        texts = [texts]
    elif isinstance(texts, pd.DataFrame):
        raise ValueError("score_texts takes texts (a list or Series of strings); for a table of "
                         "sentences use score_sentences(df), for a corpus use document_tone(corpus).")
    index = texts.index if isinstance(texts, pd.Series) else None
    texts = list(texts)
    if method == "outlook":
        rows = _score_outlook(texts, load_lexicon(lexicon, inflation), max_chars)
    elif method == "vader":
        rows = _score_vader(texts, max_chars)
    else:
        rows = _score_lm(texts, _load_lm(lm_path), max_chars)
    out = pd.DataFrame(rows, columns=["text"] + _OUT_COLUMNS, index=index)
    out["text"] = pd.array([t if isinstance(t, str) else None for t in texts], dtype=object)
    out["score"] = out["score"].astype(float)
    if method == "vader":
        out["uncertainty"] = out["uncertainty"].astype(float)
        out["forward_looking"] = pd.array(out["forward_looking"], dtype="boolean")
    else:
        out["forward_looking"] = out["forward_looking"].astype(bool)
    out.attrs["method"] = method
    return out


def _check_method(method) -> str:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)} "
                         "('outlook' is the economic scorer, 'vader' and 'lm' are baselines).")
    return method


def _label(score: float, cut: float) -> str:
    return "positive" if score > cut else ("negative" if score < -cut else "neutral")


def _score_outlook(texts, lex: Lexicon, max_chars: int) -> list:
    cut = LABEL_CUTOFF["outlook"]
    rows = []
    append = rows.append
    for text in texts:
        clean, reason = _check(text, max_chars)
        if clean is None:
            append((text, 0.0, "neutral", 0.0, 0.0, 0, False, [], reason))
            continue
        toks = _tokenize(clean)
        raw, pos, neg, unc, fwd, details = _score_tokens(toks, lex)
        if not details and _not_english(toks):
            append((text, 0.0, "neutral", 0.0, 0.0, 0, False, [], "not English"))
            continue
        score = _squash(raw)
        append((text, score, _label(score, cut), pos, neg, unc, fwd,
                [(d[1], round(d[4], 4), d[5]) for d in details], reason))
    return rows


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _checked(texts, max_chars: int):
    """(text, clean or None, reason) for each text, with the English check of the baselines."""
    for text in texts:
        clean, reason = _check(text, max_chars)
        if clean is not None and _not_english(_tokenize(clean)):
            clean, reason = None, "not English"
        yield text, clean, reason


def _score_vader(texts, max_chars: int) -> list:
    analyzer, cut = _vader(), LABEL_CUTOFF["vader"]
    rows = []
    for text, clean, reason in _checked(texts, max_chars):
        if clean is None:
            rows.append((text, 0.0, "neutral", 0.0, 0.0, np.nan, pd.NA, [], reason))
            continue
        s = analyzer.polarity_scores(clean)
        rows.append((text, s["compound"], _label(s["compound"], cut), s["pos"], s["neg"], np.nan, pd.NA,
                     [], reason))
    return rows


# --------------------------------------------------------------------------- Loughran-McDonald
def _lm_source(lm_path) -> Path:
    path = lm_path or os.environ.get(LM_ENV)
    if not path:
        raise FileNotFoundError(
            "method='lm' needs the Loughran-McDonald master dictionary CSV, which may not be "
            f"redistributed and so is not shipped. Download it from {LM_URL} and pass "
            f"lm_path='.../Loughran-McDonald_MasterDictionary.csv' or set {LM_ENV}.")
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"Loughran-McDonald dictionary {path} not found (from lm_path= or "
                                f"{LM_ENV}); download it from {LM_URL}.")
    return path


def _load_lm(lm_path):
    path = _lm_source(lm_path)
    return _cached_lm(str(path.resolve()), path.stat().st_mtime)


@lru_cache(maxsize=4)
def _cached_lm(path: str, mtime: float) -> dict[str, frozenset]:
    head = pd.read_csv(path, nrows=0)
    cols = {c.lower(): c for c in head.columns}
    need = ["word", "positive", "negative"]
    missing = [c for c in need if c not in cols]
    if missing:
        raise ValueError(f"{path} does not look like the Loughran-McDonald master dictionary: no "
                         f"column(s) {missing}; expected Word, Negative, Positive, Uncertainty, ... "
                         f"(get it from {LM_URL}).")
    use = [cols[c] for c in ("word", "positive", "negative", "uncertainty") if c in cols]
    df = pd.read_csv(path, usecols=use, keep_default_na=False)
    words = df[cols["word"]].astype(str).str.lower()
    lists = {}
    for name in ("positive", "negative", "uncertainty"):
        if name in cols:
            # a year means "added that year"; a negative year means "removed that year"
            flag = pd.to_numeric(df[cols[name]], errors="coerce").fillna(0) > 0
            lists[name] = frozenset(words[flag])
        else:
            lists[name] = frozenset()
    return lists


_WORD_RE = re.compile(r"[a-z]+")


def _score_lm(texts, lists: dict, max_chars: int) -> list:
    pos_set, neg_set, unc_set = lists["positive"], lists["negative"], lists["uncertainty"]
    cut = LABEL_CUTOFF["lm"]
    rows = []
    for text, clean, reason in _checked(texts, max_chars):
        if clean is None:
            rows.append((text, 0.0, "neutral", 0.0, 0.0, 0, False, [], reason))
            continue
        words = _WORD_RE.findall(clean.lower())
        terms = [(w, 1.0, "LM positive") if w in pos_set else (w, -1.0, "LM negative")
                 for w in words if w in pos_set or w in neg_set]
        p = sum(1 for t in terms if t[1] > 0)
        n = len(terms) - p
        score = (p - n) / (p + n) if p + n else 0.0
        rows.append((text, score, _label(score, cut), float(p), float(n),
                     sum(1 for w in words if w in unc_set), False, terms, reason))
    return rows


# --------------------------------------------------------------------------- tables
def score_sentences(sentences_df: pd.DataFrame, method: str = "outlook", text: str = "sentence",
                    **options) -> pd.DataFrame:
    """Add the score columns of :func:`score_texts` to a table of sentences (or any texts).

    ``sentences_df`` is the table from ``toolkit.sentences(corpus)``; ``text`` names its text column
    ("sentence" by default, "text" is used when there is no "sentence" column). Other options
    (``lexicon``, ``lm_path``, ``inflation``) go to :func:`score_texts`. Returns a copy with
    ``score, label, positive, negative, uncertainty, forward_looking, terms, reason`` added.

    >>> sents = pd.DataFrame({"doc_id": ["a", "a"], "sentence": ["Output rose.", "Losses widened."]})
    >>> score_sentences(sents)["label"].tolist()
    ['positive', 'negative']
    """
    if not isinstance(sentences_df, pd.DataFrame):
        raise ValueError("score_sentences takes a DataFrame with a 'sentence' column (from "
                         "toolkit.sentences(corpus)); for plain strings use score_texts(texts).")
    column = text if text in sentences_df.columns else ("text" if "text" in sentences_df.columns else None)
    if column is None:
        raise ValueError(f"score_sentences: no column {text!r} (nor 'text') in the table; it has "
                         f"{list(sentences_df.columns)}. Pass text='your_column'.")
    scored = score_texts(sentences_df[column].tolist(), method=method, **options)
    out = sentences_df.copy()
    for col in _OUT_COLUMNS:
        out[col] = scored[col].to_numpy() if col != "forward_looking" else scored[col].array
    out.attrs["method"] = method
    return out


def sentence_weights(scored: pd.DataFrame, k: float = TONE_K) -> pd.Series:
    """Each sentence's contribution to its document's tone; they sum to :func:`document_tone`'s tone.

    The aggregation rule: a document's tone is its net evidence over its total evidence,
    ``tone = sum(positive - negative) / (sum(positive + negative) + k)`` over the document's
    sentences (``k`` = 1 keeps a document with little tone near 0). Sentence *i* therefore
    contributes ``(positive_i - negative_i) / (sum(positive + negative) + k)``; neutral sentences
    contribute 0 and the contributions of a document add up exactly to its tone, so a change of tone
    between two documents splits into per-sentence contributions. Needs columns ``doc_id``,
    ``positive``, ``negative`` (from :func:`score_sentences`).

    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "positive": [1.0, 0.0, 0.0],
    ...                   "negative": [0.0, 0.5, 0.0]})
    >>> sentence_weights(s).round(3).tolist()
    [0.4, -0.2, 0.0]
    """
    for col in ("doc_id", "positive", "negative"):
        if col not in scored.columns:
            raise ValueError(f"sentence_weights needs column {col!r} (score the sentences with "
                             "score_sentences first).")
    pos = scored["positive"].astype(float).fillna(0.0)
    neg = scored["negative"].astype(float).fillna(0.0)
    total = (pos + neg).groupby(scored["doc_id"], sort=False).transform("sum")
    return (pos - neg) / (total + k)


def aggregate_tone(positive, negative, k: float = TONE_K) -> float:
    """Tone of one document from its sentences' positive and negative evidence.

    ``sum(positive - negative) / (sum(positive + negative) + k)``, in (-1, 1); see
    :func:`sentence_weights` for the per-sentence split.

    >>> round(aggregate_tone([1.0, 0.0], [0.0, 0.5]), 3)
    0.2
    """
    p = float(np.nansum(np.asarray(positive, dtype=float)))
    n = float(np.nansum(np.asarray(negative, dtype=float)))
    return (p - n) / (p + n + k)


def document_tone(corpus_or_sentences: pd.DataFrame, method: str = "outlook", k: float = TONE_K,
                  **options) -> pd.DataFrame:
    """Tone of each document, one row per document, from its sentences.

    Takes a corpus (``load_corpus``: split with ``toolkit.sentences``) or a sentence table
    (with a ``sentence`` column, scored here unless it already has ``positive``/``negative``).
    Columns: ``doc_id, date, source, tone, n_sentences, n_positive, n_negative, uncertainty,
    forward_share``. ``tone`` is the net evidence of the document over its total evidence (see
    :func:`sentence_weights`: additive over sentences); ``uncertainty`` is the mean number of hedge
    words per sentence, ``forward_share`` the share of forward-looking sentences. Documents with no
    sentence keep a row with tone 0. For ``vader`` and ``lm``, ``positive``/``negative`` are the
    methods' own evidence.

    >>> corpus = pd.DataFrame({"doc_id": ["q1", "q2"], "date": pd.to_datetime(["2020-01-01", "2020-04-01"]),
    ...     "source": "x", "text": ["Growth picked up. Hiring was solid.", "Output fell sharply."]})
    >>> document_tone(corpus)[["doc_id", "tone"]].round(2).values.tolist()   # doctest: +SKIP
    [['q1', 0.6], ['q2', -0.6]]
    """
    _check_method(method)
    df = corpus_or_sentences
    if not isinstance(df, pd.DataFrame):
        raise ValueError("document_tone takes a corpus (load_corpus) or a sentence table (sentences).")
    docs = None
    if "sentence" in df.columns:
        sents = df
    elif "text" in df.columns:
        if "doc_id" not in df.columns:
            raise ValueError("document_tone: the corpus has no 'doc_id' column; load it with load_corpus.")
        from toolkit.tokens import sentences

        docs = df
        sents = sentences(df)
    else:
        raise ValueError(f"document_tone needs a corpus with 'doc_id' and 'text' columns or a sentence "
                         f"table with 'doc_id' and 'sentence'; got columns {list(df.columns)}.")
    if "doc_id" not in sents.columns:
        raise ValueError("document_tone: the sentence table has no 'doc_id' column.")
    if not {"positive", "negative", "label"} <= set(sents.columns):
        sents = score_sentences(sents, method=method, **options)
    w = sentence_weights(sents, k=k)
    fwd = pd.Series(sents["forward_looking"].astype("float"), index=sents.index)
    g = pd.DataFrame({"doc_id": sents["doc_id"].to_numpy(), "w": w.to_numpy(),
                      "pos": (sents["label"] == "positive").to_numpy(),
                      "neg": (sents["label"] == "negative").to_numpy(),
                      "unc": sents["uncertainty"].astype(float).to_numpy(),
                      "fwd": fwd.to_numpy()}).groupby("doc_id", sort=False)
    out = pd.DataFrame({"tone": g["w"].sum(), "n_sentences": g.size(), "n_positive": g["pos"].sum(),
                        "n_negative": g["neg"].sum(), "uncertainty": g["unc"].mean(),
                        "forward_share": g["fwd"].mean()})
    meta_src = docs if docs is not None else sents
    meta = meta_src.drop_duplicates("doc_id").set_index("doc_id")
    ids = pd.Index(meta_src["doc_id"].drop_duplicates())
    out = out.reindex(ids)
    out["tone"] = out["tone"].fillna(0.0)
    for col in ("n_sentences", "n_positive", "n_negative"):
        out[col] = out[col].fillna(0).astype(int)
    out.index.name = "doc_id"
    out = out.reset_index()
    out.insert(1, "date", meta["date"].reindex(ids).to_numpy() if "date" in meta.columns else pd.NaT)
    out.insert(2, "source", meta["source"].reindex(ids).to_numpy() if "source" in meta.columns else "")
    out["date"] = pd.to_datetime(out["date"])
    out.attrs["method"] = method
    return out[["doc_id", "date", "source", "tone", "n_sentences", "n_positive", "n_negative",
                "uncertainty", "forward_share"]]


def tone_over_time(doc_tone: pd.DataFrame, freq: str = "Q", n_boot: int = 1000, seed: int = 0,
                   ci: float = 0.95) -> pd.DataFrame:
    """Mean document tone per period with bootstrap confidence intervals.

    Groups :func:`document_tone`'s rows by ``date`` into periods of ``freq`` (pandas period alias:
    "M", "Q", "Y" ...), averages ``tone`` and resamples the period's documents ``n_boot`` times
    (seeded) for a ``ci`` percentile interval. A period with one document has a zero-width interval.
    Columns: ``period`` (pandas Period), ``start`` (its first day), ``tone``, ``ci_low``,
    ``ci_high``, ``n_docs``. Documents without a date are left out and counted in a warning and in
    ``attrs["skipped"]``.

    >>> dt = pd.DataFrame({"date": pd.to_datetime(["2020-01-05", "2020-02-01", "2020-05-01"]),
    ...                    "tone": [0.2, 0.4, -0.1]})
    >>> tone_over_time(dt, n_boot=200)[["tone", "n_docs"]].round(2).values.tolist()
    [[0.3, 2.0], [-0.1, 1.0]]
    """
    for col in ("date", "tone"):
        if col not in doc_tone.columns:
            raise ValueError(f"tone_over_time needs a {col!r} column (the output of document_tone); "
                             f"got {list(doc_tone.columns)}.")
    dates = pd.to_datetime(doc_tone["date"])
    undated = dates.isna()
    skipped = doc_tone.loc[undated]
    if undated.any():
        warnings.warn(f"tone_over_time: {int(undated.sum())} document(s) without a date left out "
                      "(see .attrs['skipped']).", stacklevel=2)
    periods = dates[~undated].dt.to_period(freq)
    tone = doc_tone.loc[~undated, "tone"].astype(float).to_numpy()
    rng = np.random.default_rng(seed)
    lo_q, hi_q = (1 - ci) / 2 * 100, (1 + ci) / 2 * 100
    rows = []
    codes, uniques = pd.factorize(periods, sort=True)
    for j, period in enumerate(uniques):
        v = tone[codes == j]
        v = v[~np.isnan(v)]
        if len(v) == 0:
            continue
        means = v[rng.integers(0, len(v), size=(n_boot, len(v)))].mean(axis=1)
        rows.append((period, period.start_time, v.mean(), np.percentile(means, lo_q),
                     np.percentile(means, hi_q), len(v)))
    out = pd.DataFrame(rows, columns=["period", "start", "tone", "ci_low", "ci_high", "n_docs"])
    out["n_docs"] = out["n_docs"].astype(int)
    out.attrs["skipped"] = skipped
    return out


def explain(text: str, lexicon=None, inflation: str = "neutral") -> pd.DataFrame:
    """Each term's contribution to a text's outlook score and the rule that produced it.

    Columns: ``term``, ``contribution`` (what it adds to the raw score), ``rule``
    (direction x valence, state, quantity/movement alone, with negation, intensifier, contrast,
    concession, hedge noted), ``base`` (tone before modifiers), ``multiplier``, ``position`` (token
    index). ``attrs`` holds the text's ``score``, ``label`` and ``raw`` sum.

    >>> explain("Unemployment did not fall.")[["term", "contribution"]].values.tolist()
    [['unemployment fall', -0.75]]
    """
    lex = load_lexicon(lexicon, inflation)
    clean, reason = _check(text, MAX_CHARS)
    details = []
    raw = 0.0
    if clean is not None:
        raw, _, _, _, _, details = _score_tokens(_tokenize(clean), lex)
    out = pd.DataFrame([(d[1], d[4], d[5], d[2], d[3], d[0]) for d in details],
                       columns=["term", "contribution", "rule", "base", "multiplier", "position"])
    score = _squash(raw)
    out.attrs.update(score=score, label=_label(score, LABEL_CUTOFF["outlook"]), raw=raw, reason=reason)
    return out
