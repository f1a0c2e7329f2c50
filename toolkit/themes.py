"""Themes: what a release talks about, and how much.

========================  ===================================================================
``load_themes``           the theme dictionary: bundled TOML, your dict, or your TOML file
``theme_frequency``       per document and theme: ``count``, ``per_1k_words``, ``share``
``theme_matches``         every match (document, theme, term, matched text, offsets)
``theme_coverage``        how much of the content the themes cover, and what they miss
``top_terms``             most frequent content words, overall or per group
``collocations``          NLTK bigram/trigram collocations, stopword-aware, within sentences
``tfidf_terms``           the words most distinctive of each release or period
========================  ===================================================================

Matching rules (one compiled regular expression per dictionary, one ``finditer`` per document):

* case-insensitive, on word boundaries (a term never matches inside a longer word);
* a space in a term matches any run of whitespace, so phrases match across line breaks;
* the longest term wins: at each position the longest matching term is taken and the text it
  covers is not counted again, so "new energy vehicles" counts once for its theme and the
  "energy" inside it does not count for another;
* plurals match through lemmas: the last word of a term also matches its regular plural
  (``-s``; ``-es`` after s/x/z/ch/sh; ``-ies`` for consonant + y; ``-is`` -> ``-es``) when
  simplemma's English lemma of that plural is the word itself, or simplemma does not know the
  plural (acronyms: "SME" -> "SMEs"). So "enterprise" matches "enterprises" and "crisis"
  matches "crises", but "new" never matches "news". :func:`term_forms` lists the forms of a term;
* with ``inflect=False`` a term matches exactly as written, so its count equals a plain
  ``re.findall(r"\\bterm\\b", text, re.I)`` count (with ``\\s+`` for its spaces) whenever no
  longer term overlaps it;
* hyphens and other punctuation are literal ("low-carbon" and "low carbon" are two terms).
"""
from __future__ import annotations

import math
import os
import re
import tomllib
import warnings
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from toolkit.tokenizing import count_words

FREQUENCY_COLUMNS = ["doc_id", "date", "theme", "count", "per_1k_words", "share"]
MATCH_COLUMNS = ["doc_id", "theme", "term", "match", "start", "end"]
_BUNDLED = "themes.toml"

# ----------------------------------------------------------------------------------------------
# The dictionary
# ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _bundled_themes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    source = resources.files("toolkit") / "data" / _BUNDLED
    raw = _parse_toml(source.read_text(encoding="utf-8"), f"toolkit/data/{_BUNDLED}")
    return tuple((theme, tuple(terms)) for theme, terms in _validate(raw, f"toolkit/data/{_BUNDLED}").items())


def _parse_toml(text: str, where: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        at = f" at line {line.group(1)}" if line else ""
        raise ValueError(
            f"theme file {where} is not valid TOML{at}: {exc}. Expected one theme per line, e.g. "
            '`"new energy vehicles" = ["new energy vehicle", "electric vehicle"]`.'
        ) from None


def _clean_term(term: str) -> str:
    return " ".join(str(term).split())


def _validate(raw: Mapping, where: str) -> dict[str, list[str]]:
    themes: dict[str, list[str]] = {}
    empty, repeated = [], []
    owner: dict[str, str] = {}
    for theme, terms in raw.items():
        if isinstance(terms, str):
            terms = [terms]
        if not isinstance(terms, (list, tuple)) or not all(isinstance(t, str) for t in terms):
            raise ValueError(
                f"theme {theme!r} in {where} must be a list of strings (terms), got {terms!r}. "
                'Write it as `"theme" = ["term", "multi word phrase"]`.'
            )
        kept: list[str] = []
        for term in terms:
            term = _clean_term(term)
            if not term:
                continue
            key = _key(term)
            if key in owner:
                repeated.append(f"{term!r} in {owner[key]!r} and {str(theme)!r}")
                continue
            owner[key] = str(theme)
            kept.append(term)
        if not kept:
            empty.append(str(theme))
        themes[str(theme)] = kept
    if empty:
        warnings.warn(
            f"{len(empty)} theme(s) in {where} have no terms and will always count 0: "
            f"{', '.join(map(repr, empty))}. Add terms or remove the theme.",
            UserWarning,
            stacklevel=3,
        )
    if repeated:
        warnings.warn(
            f"{len(repeated)} term(s) in {where} appear more than once; each counts for the first "
            f"theme only: {'; '.join(repeated[:10])}{' …' if len(repeated) > 10 else ''}. "
            "Keep each term in one theme.",
            UserWarning,
            stacklevel=3,
        )
    return themes


def load_themes(themes: Mapping[str, Iterable[str]] | str | os.PathLike | None = None) -> dict[str, list[str]]:
    """Return a theme dictionary ``{theme: [term, ...]}``.

    ``themes`` is ``None`` (the bundled dictionary for industrial and economic releases, 18 themes,
    ``toolkit/data/themes.toml``), a dict, or the path to a TOML file of the same shape
    (``"theme" = ["term", "multi word phrase"]``). Terms are whitespace-normalised; a theme with
    no terms and a term listed twice (it counts for its first theme only) draw a warning.

    >>> themes = load_themes({"pandemic": ["pandemic", "COVID-19"], "trade": ["export"]})
    >>> themes["pandemic"]
    ['pandemic', 'COVID-19']
    >>> "new energy vehicles" in load_themes()
    True
    """
    if themes is None:
        return {theme: list(terms) for theme, terms in _bundled_themes()}
    if isinstance(themes, Mapping):
        return _validate(themes, "the theme dict")
    if isinstance(themes, (str, os.PathLike)):
        path = Path(themes).expanduser()
        if not path.is_file():
            raise FileNotFoundError(
                f"theme file not found: {str(path)!r}. Pass the path to a TOML file of "
                '`"theme" = ["term", ...]` lines, a dict, or None for the bundled dictionary.'
            )
        raw = _parse_toml(path.read_text(encoding="utf-8"), str(path))
        return _validate(raw, str(path))
    raise TypeError(
        f"themes must be None, a dict {{theme: [terms]}} or a path to a TOML file, got {type(themes).__name__}."
    )


# ----------------------------------------------------------------------------------------------
# Term forms and the compiled matcher
# ----------------------------------------------------------------------------------------------


def _key(text: str) -> str:
    """Normalised lookup key of a term or a matched span: case-folded, single spaces, straight apostrophes."""
    return " ".join(text.replace("’", "'").casefold().split())


_CONSONANT_Y = re.compile(r"[^aeiou]y$")


@lru_cache(maxsize=None)
def _plurals(word: str) -> tuple[str, ...]:
    """Regular plurals of a lower-case word that simplemma agrees on (see the module docstring)."""
    import simplemma

    if not word.isalpha() or len(word) < 2:
        return ()
    if _CONSONANT_Y.search(word):
        candidates = [word[:-1] + "ies"]
    elif word.endswith("is"):
        candidates = [word[:-2] + "es", word + "es"]
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        candidates = [word + "es"]
    else:
        candidates = [word + "s"]
    kept = []
    for cand in candidates:
        lemma = simplemma.lemmatize(cand, lang="en").casefold()
        if lemma == word or (lemma == cand and not simplemma.is_known(cand, lang="en")):
            kept.append(cand)
    return tuple(kept)


def term_forms(term: str, inflect: bool = True) -> list[str]:
    """The surface forms a term matches (lower-case; a space stands for any whitespace).

    >>> term_forms("small and medium enterprise")
    ['small and medium enterprise', 'small and medium enterprises']
    >>> term_forms("new")
    ['new']
    >>> term_forms("crisis", inflect=False)
    ['crisis']
    """
    base = _key(term)
    if not inflect or not base:
        return [base]
    head, _, last = base.rpartition(" ")
    prefix = head + " " if head else ""
    return [base] + [prefix + p for p in _plurals(last)]


def _piece(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


def _trie_pattern(forms: Iterable[str]) -> str:
    """A regex matching any of ``forms``, longest first at each position (a character trie whose
    optional tails are greedy, so the regex engine tries the longer term before the shorter)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [_piece(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern | None
    lookup: dict[str, tuple[int, str]]  # form -> (theme index, term)
    themes: tuple[str, ...]
    # the same pattern without re.IGNORECASE: on ASCII text, lower-cased first, it finds the same
    # matches about 2.5x faster (case-insensitive matching folds case at every comparison)
    lower_regex: re.Pattern | None = None
    memo: dict = field(default_factory=dict, compare=False)  # matched text -> lookup hit (or None)

    def _hit(self, found: str):
        try:
            return self.memo[found]
        except KeyError:
            pass
        hit = self.lookup.get(_key(found))
        if hit is None:  # exotic case folding (e.g. U+017F long s); resolve form by form
            hit = next(
                (v for f, v in self.lookup.items() if re.fullmatch(_trie_pattern([f]), found, re.I)),
                None,
            )
        self.memo[found] = hit
        return hit

    def find(self, text: str):
        """Yield (theme index, term, start, end, matched text) for each match in ``text``."""
        if self.regex is None or not text:
            return
        for m in self.regex.finditer(text):
            hit = self._hit(m.group())
            if hit is not None:
                yield hit[0], hit[1], m.start(), m.end(), m.group()

    def theme_ids(self, text: str) -> list[int]:
        """The theme index of each match in ``text`` (what :func:`theme_frequency` counts)."""
        if self.regex is None or not text:
            return []
        if text.isascii():
            found = self.lower_regex.findall(text.lower())
        else:
            found = [m.group() for m in self.regex.finditer(text)]
        hits = map(self._hit, found)
        return [h[0] for h in hits if h is not None]


@lru_cache(maxsize=64)
def _compile(items: tuple[tuple[str, tuple[str, ...]], ...], inflect: bool) -> _Matcher:
    lookup: dict[str, tuple[int, str]] = {}
    collisions = []
    for i, (theme, terms) in enumerate(items):
        for term in terms:
            for form in term_forms(term, inflect):
                if form in lookup and lookup[form][0] != i:
                    collisions.append(f"{form!r} ({items[lookup[form][0]][0]!r} and {theme!r})")
                    continue
                lookup.setdefault(form, (i, term))
    if collisions:
        warnings.warn(
            f"{len(collisions)} plural form(s) belong to terms of two themes and count for the first: "
            f"{'; '.join(collisions[:10])}. Keep each word in one theme or pass inflect=False.",
            UserWarning,
            stacklevel=4,
        )
    regex = lower_regex = None
    if lookup:
        pattern = r"(?<!\w)" + _trie_pattern(lookup) + r"(?!\w)"
        regex, lower_regex = re.compile(pattern, re.IGNORECASE), re.compile(pattern)
    return _Matcher(regex, lookup, tuple(theme for theme, _ in items), lower_regex)


def _matcher(themes, inflect: bool) -> _Matcher:
    loaded = load_themes(themes)
    return _compile(tuple((t, tuple(terms)) for t, terms in loaded.items()), bool(inflect))


# ----------------------------------------------------------------------------------------------
# Corpus helpers
# ----------------------------------------------------------------------------------------------


def _as_corpus(corpus, verb: str) -> pd.DataFrame:
    """doc_id (str), date (datetime64[ns]), text (str) from a corpus DataFrame or a list of texts."""
    if isinstance(corpus, (str, bytes)):
        raise TypeError(
            f"{verb} takes a corpus DataFrame (toolkit.load_corpus(path)) or a list of texts, got a single "
            "string; wrap one text in a list: [text]."
        )
    if isinstance(corpus, pd.DataFrame):
        if "text" not in corpus.columns:
            raise ValueError(
                f"{verb} needs a corpus DataFrame with a 'text' column (toolkit.load_corpus(path)); "
                f"got columns {list(corpus.columns)}."
            )
        doc_id = corpus["doc_id"] if "doc_id" in corpus.columns else pd.Series(corpus.index, index=corpus.index)
        date = corpus["date"] if "date" in corpus.columns else pd.Series(pd.NaT, index=corpus.index)
        text = corpus["text"]
    else:
        text = pd.Series(list(corpus), dtype=object)
        doc_id = pd.Series(range(len(text)))
        date = pd.Series(pd.NaT, index=text.index)
    out = pd.DataFrame(
        {
            "doc_id": doc_id.astype(str).to_numpy(),
            "date": pd.to_datetime(date, errors="coerce").astype("datetime64[ns]").to_numpy(),
            "text": [t if isinstance(t, str) else "" for t in text],
        }
    )
    return out


def _progress(items, total: int, desc: str):
    if total < 500:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, desc=desc, leave=False)


# ----------------------------------------------------------------------------------------------
# Theme frequency
# ----------------------------------------------------------------------------------------------


def theme_matches(corpus, themes=None, inflect: bool = True) -> pd.DataFrame:
    """Every theme match: ``doc_id``, ``theme``, ``term`` (dictionary entry), ``match`` (the text
    as written), ``start``/``end`` (character offsets into the document's ``text``).

    Use it to see why a document scores on a theme.

    >>> m = theme_matches(["New Energy\\nVehicles and energy storage"], {"nev": ["new energy vehicle"],
    ...                                                                 "energy": ["energy"]})
    >>> m[["theme", "term", "match"]].values.tolist()
    [['nev', 'new energy vehicle', 'New Energy\\nVehicles'], ['energy', 'energy', 'energy']]
    """
    docs = _as_corpus(corpus, "theme_matches")
    matcher = _matcher(themes, inflect)
    rows = []
    for doc_id, text in zip(docs["doc_id"], docs["text"]):
        for i, term, start, end, found in matcher.find(text):
            rows.append((doc_id, matcher.themes[i], term, found, start, end))
    out = pd.DataFrame(rows, columns=MATCH_COLUMNS)
    return out.astype({"doc_id": "str", "theme": "str", "term": "str", "match": "str", "start": "int64", "end": "int64"})


def theme_frequency(corpus, themes=None, inflect: bool = True, tokens=None) -> pd.DataFrame:
    """Count each theme in each document, in long form (one row per document and theme, zeros
    included, documents in corpus order, themes in dictionary order).

    Columns: ``doc_id``, ``date``, ``theme``, ``count`` (matches of the theme's terms),
    ``per_1k_words`` (count per 1,000 words of the document, words as :func:`toolkit.tokenizing.count_words`
    counts them, i.e. the tokens marked ``is_alpha``; 0 for a document without words) and
    ``share`` (the theme's part of all theme matches in the document; 0 when there are none).

    ``corpus`` is a corpus DataFrame (``toolkit.load_corpus``) or a list of texts; ``themes`` is
    ``None`` (bundled), a dict or a TOML path (see :func:`load_themes`). Matching rules are in the
    module docstring: case-insensitive, whole words, phrases across line breaks, longest term
    wins, regular plurals through lemmas (``inflect=False`` for exact terms only).

    ``tokens``: the token table of this corpus (``toolkit.tokens``), when you have it: the words per
    document are then counted from its ``is_alpha`` column instead of tokenizing every text again
    (the same numbers, faster).

    >>> corpus = ["New energy vehicles and photovoltaics lead.", "Demand is insufficient."]
    >>> tf = theme_frequency(corpus)
    >>> tf[tf["count"] > 0][["doc_id", "theme", "count"]].values.tolist()
    [['0', 'new energy vehicles', 1], ['0', 'photovoltaics and new energy', 1], ['1', 'demand and consumption', 1]]
    """
    docs = _as_corpus(corpus, "theme_frequency")
    matcher = _matcher(themes, inflect)
    n_docs, n_themes = len(docs), len(matcher.themes)
    counts = np.zeros((n_docs, n_themes), dtype=np.int64)
    if tokens is None:
        words = np.asarray(count_words(docs["text"].tolist()), dtype=np.int64).reshape(n_docs)
    else:
        words = _words_from_tokens(tokens, docs["doc_id"])
    for d, text in enumerate(_progress(docs["text"], n_docs, "theme_frequency")):
        ids = matcher.theme_ids(text)
        if ids:
            counts[d] = np.bincount(ids, minlength=n_themes)
    total = counts.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_1k = np.where(words[:, None] > 0, counts * 1000.0 / words[:, None], 0.0)
        share = np.where(total > 0, counts / np.maximum(total, 1), 0.0)
    out = pd.DataFrame(
        {
            "doc_id": np.repeat(docs["doc_id"].to_numpy(), n_themes),
            "date": np.repeat(docs["date"].to_numpy(), n_themes),
            "theme": np.tile(np.array(matcher.themes, dtype=object), n_docs),
            "count": counts.ravel(),
            "per_1k_words": per_1k.ravel(),
            "share": share.ravel(),
        }
    )
    return out.astype({"doc_id": "str", "date": "datetime64[ns]", "theme": "str"})


def _words_from_tokens(tokens, doc_ids: pd.Series) -> np.ndarray:
    """Words per document (``is_alpha`` tokens), in the order of ``doc_ids``, from a token table."""
    if not isinstance(tokens, pd.DataFrame) or not {"doc_id", "is_alpha"} <= set(tokens.columns):
        raise ValueError(
            "theme_frequency(tokens=...) takes the token table of the same corpus (toolkit.tokens(corpus)) "
            "with 'doc_id' and 'is_alpha' columns; leave tokens out to count the words from the texts."
        )
    per_doc = tokens["is_alpha"].groupby(tokens["doc_id"], observed=True, sort=False).sum()
    per_doc.index = per_doc.index.astype(str)
    unknown = per_doc.index.difference(pd.Index(doc_ids))
    if len(unknown):
        raise ValueError(
            f"theme_frequency(tokens=...): {len(unknown)} doc_id(s) of the token table are not in the corpus "
            f"(e.g. {unknown[0]!r}); pass the tokens of this corpus, or leave tokens out."
        )
    return per_doc.reindex(pd.Index(doc_ids), fill_value=0).to_numpy(dtype=np.int64)


# ----------------------------------------------------------------------------------------------
# Tokens: key terms, collocations, tf-idf
# ----------------------------------------------------------------------------------------------

TOKEN_COLUMNS = ["doc_id", "sent_id", "token_id", "lower", "is_stop", "is_alpha"]


def _as_tokens(data, verb: str, need: Iterable[str] = ()) -> pd.DataFrame:
    """A token table: passed through when it has the token columns, else built with toolkit.tokens
    from a corpus (a DataFrame with ``text``, or a list of texts); corpus ``date``/``source`` carried."""
    if isinstance(data, pd.DataFrame) and {"lower", "is_stop", "is_alpha"} <= set(data.columns):
        toks = data
    elif isinstance(data, pd.DataFrame) and "text" in data.columns or isinstance(data, (list, tuple, pd.Series)):
        from toolkit.tokenizing import tokens as _tokens

        toks = _tokens(data)
        if isinstance(data, pd.DataFrame) and "doc_id" in data.columns:
            extra = [c for c in ("date", "source") if c in data.columns and c not in toks.columns]
            if extra:
                meta = data[["doc_id", *extra]].drop_duplicates("doc_id").astype({"doc_id": str})
                toks = toks.merge(meta, on="doc_id", how="left")
    else:
        raise ValueError(
            f"{verb} takes a token table (toolkit.tokens(corpus)) with columns lower, is_stop, is_alpha, "
            f"or a corpus with a 'text' column; got {type(data).__name__}"
            + (f" with columns {list(data.columns)}" if isinstance(data, pd.DataFrame) else "")
            + "."
        )
    missing = [c for c in need if c not in toks.columns]
    if missing:
        raise ValueError(f"{verb} needs token columns {missing}; got {list(toks.columns)}. Build it with toolkit.tokens(corpus).")
    return toks


def _group_columns(toks: pd.DataFrame, by, freq: str | None, verb: str) -> tuple[pd.DataFrame, list[str]]:
    """Resolve ``by`` (a column or list of columns) and ``freq`` (a pandas period such as "Y" or "Q",
    which groups on a ``period`` column made from ``date``)."""
    if freq is not None:
        if "date" not in toks.columns:
            raise ValueError(f"{verb}(freq={freq!r}) needs a 'date' column; pass a corpus or merge the corpus dates in.")
        toks = toks.assign(period=pd.to_datetime(toks["date"]).dt.to_period(freq).astype(str))
        return toks, ["period"]
    if by is None:
        return toks, []
    cols = [by] if isinstance(by, str) else list(by)
    missing = [c for c in cols if c not in toks.columns]
    if missing:
        raise ValueError(
            f"{verb}: by={by!r} names column(s) {missing} that the token table lacks (columns: {list(toks.columns)}). "
            "Use 'doc_id', a column you added, or freq='Y'/'Q' to group by period."
        )
    return toks, cols


def _content(toks: pd.DataFrame, column: str) -> pd.Series:
    mask = toks["is_alpha"].astype(bool) & ~toks["is_stop"].astype(bool)
    return mask & toks[column].notna()


def top_terms(tokens, by=None, n: int = 20, column: str = "lower", freq: str | None = None) -> pd.DataFrame:
    """The ``n`` most frequent content words (alphabetic, not stopwords), overall or per group.

    ``tokens`` is a token table (:func:`toolkit.tokens`) or a corpus. ``by`` is a column to group on
    (``"doc_id"``, ``"source"``, a period column you added), or use ``freq="Y"``/``"Q"`` to group by
    period of ``date``. ``column`` is ``"lower"`` (default) or ``"lemma"``. Returns the group
    columns, ``term``, ``count``, ``share`` (of the group's content words) and ``rank`` (1 = most
    frequent; ties broken alphabetically).

    >>> top_terms(["Demand rose. Demand and exports rose again; exports rose."], n=2)
         term  count  share  rank
    0    rose      3  0.375     1
    1  demand      2  0.250     2
    """
    toks = _as_tokens(tokens, "top_terms", need=[column])
    toks, groups = _group_columns(toks, by, freq, "top_terms")
    content = toks.loc[_content(toks, column), [*groups, column]].rename(columns={column: "term"})
    keys = [*groups, "term"]
    counted = content.groupby(keys, observed=True, sort=False).size().rename("count").reset_index()
    if groups:
        counted["share"] = counted["count"] / counted.groupby(groups, observed=True)["count"].transform("sum")
    else:
        counted["share"] = counted["count"] / max(int(counted["count"].sum()), 1)
    counted = counted.sort_values([*groups, "count", "term"], ascending=[True] * len(groups) + [False, True])
    counted["rank"] = counted.groupby(groups, observed=True).cumcount() + 1 if groups else np.arange(1, len(counted) + 1)
    out = counted[counted["rank"] <= n].reset_index(drop=True)
    return out.astype({"term": "str", "count": "int64", "share": "float64", "rank": "int64"})


_MEASURES = ("likelihood_ratio", "pmi", "chi_sq", "student_t", "raw_freq", "poisson_stirling", "jaccard")


def _word_stream(toks: pd.DataFrame, column: str, breaks: np.ndarray | None = None) -> list:
    """Words in order with ``None`` at every sentence end, non-word token and break, so NLTK's
    finders never join words across a sentence, a comma or a covered span."""
    order = toks.sort_values(["doc_id", "sent_id", "token_id"], kind="stable") if len(toks) else toks
    words = order[column].astype(object).where(order["is_alpha"].astype(bool), None)
    if breaks is not None:
        words = words.where(~pd.Series(breaks, index=toks.index).loc[order.index].to_numpy(), None)
    sent = (order["doc_id"].astype(str) + "\x00" + order["sent_id"].astype(str)).to_numpy()
    stream: list = []
    previous = None
    for word, s in zip(words.to_numpy(), sent):
        if s != previous:
            stream.append(None)
            previous = s
        stream.append(word if isinstance(word, str) else None)
    stream.append(None)
    return stream


def _score_collocations(stream: list, stop: frozenset, n: int, measure: str, size: int, min_count: int) -> pd.DataFrame:
    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )

    if size == 2:
        finder = BigramCollocationFinder.from_words(stream)
        finder.apply_ngram_filter(lambda a, b: a in stop or b in stop)
        score_fn = getattr(BigramAssocMeasures, measure)
    else:
        finder = TrigramCollocationFinder.from_words(stream)
        # a stopword may sit inside a trigram ("rule of law"), never at its ends
        finder.apply_ngram_filter(lambda a, b, c: a in stop or c in stop)
        score_fn = getattr(TrigramAssocMeasures, measure)
    if min_count > 1:
        finder.apply_freq_filter(min_count)
    rows = []
    if finder.ngram_fd:
        for gram, score in finder.score_ngrams(score_fn):
            rows.append((" ".join(gram), size, int(finder.ngram_fd[gram]), float(score)))
    out = pd.DataFrame(rows, columns=["collocation", "size", "count", "score"])
    out = out.sort_values(["score", "count", "collocation"], ascending=[False, False, True], kind="stable")
    return out.head(n).reset_index(drop=True).astype(
        {"collocation": "str", "size": "int64", "count": "int64", "score": "float64"}
    )


def collocations(
    tokens,
    n: int = 20,
    measure: str = "likelihood_ratio",
    size: int = 2,
    min_count: int = 2,
    stopwords: Iterable[str] | None = None,
    column: str = "lower",
) -> pd.DataFrame:
    """Word pairs (``size=2``) or triples (``size=3``) that occur together more than chance says,
    scored with NLTK's collocation finders (no data download).

    Never across sentence boundaries or punctuation; stopword-aware: a bigram with a stopword and a
    trigram starting or ending with one are dropped (``"small and medium"`` stays). ``measure`` is
    one of NLTK's association measures: ``likelihood_ratio`` (default), ``pmi``, ``chi_sq``,
    ``student_t``, ``raw_freq``, ``poisson_stirling``, ``jaccard``. ``min_count`` drops rarer
    n-grams; ``stopwords`` defaults to the tokens' ``is_stop`` words. Returns ``collocation``,
    ``size``, ``count``, ``score``, best first.

    >>> text = "New energy vehicles sold well. New energy vehicles and solar panels. Solar panels rose."
    >>> collocations([text], n=3)["collocation"].tolist()
    ['energy vehicles', 'new energy', 'solar panels']
    """
    if measure not in _MEASURES:
        raise ValueError(f"collocations: unknown measure {measure!r}; choose one of {', '.join(_MEASURES)}.")
    if size not in (2, 3):
        raise ValueError(f"collocations: size must be 2 (bigrams) or 3 (trigrams), got {size!r}.")
    toks = _as_tokens(tokens, "collocations", need=[column, "doc_id", "sent_id", "token_id"])
    if stopwords is None:
        stop = frozenset(toks.loc[toks["is_stop"].astype(bool), column].dropna().astype(str))
    else:
        stop = frozenset(str(w).lower() for w in stopwords)
    return _score_collocations(_word_stream(toks, column), stop, n, measure, size, min_count)


def tfidf_terms(tokens, by="doc_id", n: int = 10, freq: str | None = None, column: str = "lower") -> pd.DataFrame:
    """The words most distinctive of each release or period: content words ranked by tf-idf.

    ``tf`` is the word's share of the group's content words, ``idf = ln(groups / groups using
    the word)``, so a word every group uses scores 0. ``by`` is ``"doc_id"`` (default) or any
    column; ``freq="Y"``/``"Q"`` groups by period of ``date`` instead. Returns the group column,
    ``term``, ``count``, ``tf``, ``idf``, ``tf_idf`` and ``rank`` (``n`` rows per group at most).

    >>> docs = ["Exports rose. Exports fell.", "Housing rose. Housing cooled."]
    >>> tfidf_terms(docs, n=1)[["term", "tf_idf"]].round(3).values.tolist()
    [['exports', 0.347], ['housing', 0.347]]
    """
    toks = _as_tokens(tokens, "tfidf_terms", need=[column])
    toks, groups = _group_columns(toks, by, freq, "tfidf_terms")
    if not groups:
        raise ValueError("tfidf_terms needs groups: by='doc_id', another column, or freq='Y'/'Q'.")
    content = toks.loc[_content(toks, column), [*groups, column]].rename(columns={column: "term"})
    counted = content.groupby([*groups, "term"], observed=True, sort=False).size().rename("count").reset_index()
    n_groups = counted[groups].drop_duplicates().shape[0]
    if n_groups == 1:
        warnings.warn("tfidf_terms: only one group, so every idf (and tf_idf) is 0.", UserWarning, stacklevel=2)
    counted["tf"] = counted["count"] / counted.groupby(groups, observed=True)["count"].transform("sum")
    doc_freq = counted.groupby("term", observed=True)[groups[0]].transform("size")
    counted["idf"] = np.log(n_groups / doc_freq.to_numpy(dtype=float)) if n_groups else 0.0
    counted["tf_idf"] = counted["tf"] * counted["idf"]
    counted = counted.sort_values(
        [*groups, "tf_idf", "count", "term"], ascending=[True] * len(groups) + [False, False, True]
    )
    counted["rank"] = counted.groupby(groups, observed=True).cumcount() + 1
    out = counted[counted["rank"] <= n].reset_index(drop=True)
    return out.astype({"term": "str", "count": "int64", "rank": "int64"})


# ----------------------------------------------------------------------------------------------
# Coverage: what the dictionary misses
# ----------------------------------------------------------------------------------------------


@dataclass
class ThemeCoverage:
    """What :func:`theme_coverage` returns: three tidy tables and the overall share.

    ``by_doc``: ``doc_id``, ``date``, ``content_tokens``, ``covered_tokens``, ``coverage``.
    ``words``: the most frequent content words no theme covers (``word``, ``count``, ``n_docs``).
    ``collocations``: the strongest collocations made only of uncovered words (as
    :func:`collocations`). ``share``: covered / content tokens over the whole corpus.
    """

    by_doc: pd.DataFrame
    words: pd.DataFrame
    collocations: pd.DataFrame

    @property
    def share(self) -> float:
        content = int(self.by_doc["content_tokens"].sum())
        return float(self.by_doc["covered_tokens"].sum() / content) if content else 0.0

    def __repr__(self) -> str:
        words = ", ".join(self.words["word"].head(8))
        colls = ", ".join(self.collocations["collocation"].head(5))
        return (
            f"ThemeCoverage(share={self.share:.1%} of {int(self.by_doc['content_tokens'].sum())} content tokens "
            f"in {len(self.by_doc)} documents; top uncovered words: {words or '-'}; "
            f"collocations: {colls or '-'})"
        )


def theme_coverage(
    corpus,
    themes=None,
    n: int = 30,
    inflect: bool = True,
    measure: str = "likelihood_ratio",
    min_count: int = 2,
) -> ThemeCoverage:
    """How much of a corpus the themes cover, and what they miss (how to grow the dictionary).

    A content token (alphabetic, not a stopword; :func:`toolkit.tokens`) is *covered* when it lies
    inside a theme match. Returns a :class:`ThemeCoverage`: ``.share`` overall, ``.by_doc`` per
    document, ``.words`` the ``n`` most frequent uncovered content words, ``.collocations`` the
    ``n`` strongest bigrams whose words are all uncovered (``measure``/``min_count`` as in
    :func:`collocations`).

    >>> cov = theme_coverage(["Exports rose and shipping costs rose. Shipping costs fell."],
    ...                      {"trade": ["export"]})
    >>> round(cov.share, 2), cov.words["word"].tolist()[:2], cov.collocations["collocation"].tolist()
    (0.12, ['costs', 'rose'], ['shipping costs'])
    """
    docs = _as_corpus(corpus, "theme_coverage")
    matcher = _matcher(themes, inflect)
    toks = _as_tokens(docs, "theme_coverage", need=["start", "end", "lower"])
    content = _content(toks, "lower").to_numpy()
    covered = np.zeros(len(toks), dtype=bool)
    tok_doc = toks["doc_id"].astype(str).to_numpy()
    starts = toks["start"].to_numpy()
    rows_of = pd.Series(np.arange(len(toks))).groupby(tok_doc).indices if len(toks) else {}
    for doc_id, text in _progress(list(zip(docs["doc_id"], docs["text"])), len(docs), "theme_coverage"):
        spans = [(s, e) for _, _, s, e, _ in matcher.find(text)]
        if not spans or doc_id not in rows_of:
            continue
        rows = rows_of[doc_id]
        span_start = np.array([s for s, _ in spans])
        span_end = np.array([e for _, e in spans])
        at = np.searchsorted(span_start, starts[rows], side="right") - 1
        inside = (at >= 0) & (starts[rows] < span_end[np.maximum(at, 0)])
        covered[rows] = inside
    per_doc = pd.DataFrame({"doc_id": tok_doc, "content": content, "covered": content & covered})
    sums = per_doc.groupby("doc_id", sort=False)[["content", "covered"]].sum()
    by_doc = docs[["doc_id", "date"]].copy()
    by_doc["content_tokens"] = by_doc["doc_id"].map(sums["content"]).fillna(0).astype("int64")
    by_doc["covered_tokens"] = by_doc["doc_id"].map(sums["covered"]).fillna(0).astype("int64")
    by_doc["coverage"] = np.where(
        by_doc["content_tokens"] > 0, by_doc["covered_tokens"] / by_doc["content_tokens"].clip(lower=1), 0.0
    )
    missed = pd.DataFrame({"word": toks["lower"].to_numpy(), "doc_id": tok_doc})[content & ~covered]
    words = (
        missed.groupby("word", sort=False)
        .agg(count=("doc_id", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
        .sort_values(["count", "word"], ascending=[False, True])
        .head(n)
        .reset_index(drop=True)
    )
    stop = frozenset(toks.loc[toks["is_stop"].astype(bool), "lower"].dropna().astype(str))
    colls = _score_collocations(_word_stream(toks, "lower", breaks=covered), stop, n, measure, 2, min_count)
    return ThemeCoverage(by_doc=by_doc, words=words.astype({"word": "str"}), collocations=colls)
