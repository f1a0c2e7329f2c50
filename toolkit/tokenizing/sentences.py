"""Sentences: the one sentence split every later step reuses.

- :func:`split_sentences` -- ``(start, end)`` character spans of the sentences of one string (what
  other modules call on a plain text);
- :func:`sentences` -- the verb: one row per sentence ``[doc_id, sent_id, sentence, start, end,
  (date, source)]`` for a corpus.

The splitter is a compiled regular expression plus a short list of abbreviation rules tuned on
Federal Reserve and trade-press text (about 15x faster than NLTK's Punkt with hand-set
abbreviations on the Beige Book; where the two disagree, Punkt's extra splits were mostly wrong and
ours mostly right, by a reviewed sample). The rules are below, one group per kind of abbreviation.
"""
from __future__ import annotations

import re
from itertools import chain

import numpy as np
import pandas as pd

from toolkit._memory import lean_memory
from toolkit.pool import SPLIT_POOL_MIN_CHARS, cuts, pool_workers, run_blocks
from toolkit.tokenizing import _memo
from toolkit.tokenizing._cuts import ascii_cuts, sentence_strings
from toolkit.tokenizing._input import clean_text, documents, ids_and_carried, take_ids
from toolkit.tokenizing.stopwords import _bundled_stopwords

__all__ = ["split_sentences", "sentences"]

# A candidate boundary: terminal punctuation (., !, ?, ellipsis), any closing quotes/brackets that
# belong to the sentence, whitespace, then something that can start a sentence (not a lower-case
# letter): an upper-case letter or digit, possibly behind opening quotes/brackets.
_CANDIDATE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]*[^\W_a-z])")
# A paragraph break (a blank line) always ends a sentence.
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_OPENERS = "\"'\u201c\u2018([{"
_NEXT_WORDS = re.compile(r"[\"'\u201c\u2018(\[]*([\w&-]+)[^\w\n]*([\w&-]*)")

# Abbreviations (case-sensitive, without the final period). Kept short on purpose: these are
# rules, not data; each group says when a period after it still ends a sentence.
# Titles before a name: never a boundary ("Mr. Hoenig", "Dr. Bernanke", "St. Louis").
_TITLES = frozenset(
    "Mr Mrs Ms Messrs Mmes Dr Drs Prof Gov Govs Sen Sens Rep Reps Gen Col Lt Capt Sgt Adm Maj Rev "
    "Hon Pres Supt St Ste Mt Ft".split()
)
# Before a number: no boundary when a digit follows ("No. 2 heating oil", "Jan. 5", "Fig. 3").
_BEFORE_NUMBER = frozenset(
    "No Nos no nos Nr Fig Figs fig figs Vol Vols vol Art Sec Ch ch pp p Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec Q".split()
)
# Inside a sentence whatever follows ("e.g. Boston", "vs. Chicago", "approx. 5").
_INLINE = frozenset("e.g i.e eg ie cf vs v viz approx incl esp ca et al".split())
# Multi-letter abbreviations with internal periods that usually end a sentence when a capital follows.
_TIME = frozenset("a.m p.m A.M P.M".split())
_TIME_ZONES = frozenset("Eastern Central Mountain Pacific EST EDT ET CST CDT CT PST PDT PT GMT UTC".split())
# After "U.S.", "U.K.", "D.C." … a capital usually continues a name ("U.S. Department of Agriculture",
# "U.S. Steel"); a boundary only when the next word cannot continue one (function words, "However").
_NAME_CONTINUATIONS = frozenset(
    "Department Dept Treasury Treasuries Government Steel Trust Navy Army Postal Gulf District Court "
    "Senate Congress Census Bureau Chamber Embassy Mint Customs Attorney Armed Bankruptcy Maritime "
    "Secretary Bancorp Airways Airlines Gypsum Cellular Robotics Industries Surgical Inc Corp Co Ltd".split()
)


# Words before a period that need a closer look; anything else before a single period ends a sentence.
_SUSPECT = _TITLES | _BEFORE_NUMBER | _INLINE | {w.capitalize() for w in _INLINE} | {w.upper() for w in _INLINE}


def _is_boundary(text: str, word: str, after: int) -> bool:
    """Does the period after ``word`` end a sentence? ``after`` indexes the next non-space character."""
    nxt = text[after]
    while nxt in _OPENERS and after + 1 < len(text):
        after += 1
        nxt = text[after]
    if word in _TITLES or word.lower() in _INLINE:
        return False
    if word in _BEFORE_NUMBER:
        return not nxt.isdigit()
    if len(word) == 1:  # an initial: "Ben S. Bernanke", "Janet L. Yellen"
        return not word.isupper()
    if "." in word:  # U.S, U.K, D.C, a.m, Ph.D …
        if nxt.isdigit():
            return True
        m = _NEXT_WORDS.match(text, after)
        if m is None:
            return True
        first, second = m.group(1), m.group(2)
        if word in _TIME:  # "2:00 p.m. Eastern time" continues; "2 p.m. Markets rallied" does not
            return first not in _TIME_ZONES
        if first in _NAME_CONTINUATIONS or (len(first) > 1 and first.isupper()):  # "U.S. GDP", "U.S. TV"
            return False
        if first.lower() in _bundled_stopwords():
            return True
        # "U.S. Home Corp" (two capitalised words) continues a name; "U.S. Demand for" starts a sentence.
        return not second[:1].isupper()
    return True


def _candidate_cuts(text: str) -> tuple[list[int], list[int]]:
    """Where sentences end (``ends``) and the next ones start (``nexts``), from the punctuation rules
    alone; both lie outside the whitespace between two sentences."""
    ends: list[int] = []
    nexts: list[int] = []
    for m in _CANDIDATE.finditer(text):
        if _keep(text, m.start(), m.end(), nexts[-1] if nexts else None):
            ends.append(m.start(1))
            nexts.append(m.end())
    return ends, nexts


def _keep(text: str, dot: int, after: int, last_next: int | None) -> bool:
    """Does the candidate at ``dot`` (its whitespace ending at ``after``) end a sentence?
    ``last_next``: where the sentence before it starts (None for the text's first)."""
    if text[dot] == "." and text[dot + 1] != ".":
        # the word before the period, minus opening quotes/brackets (abbreviations are short)
        before = text[max(0, dot - 9):dot].rsplit(None, 1)
        word = before[-1].lstrip(_OPENERS) if before else ""
        if "-" in word:  # "Minneapolis-St. Paul"
            word = word.rsplit("-", 1)[1]
        elif word.isdigit() and len(word) <= 3:  # "1. The Desk will …" at the start of a line
            at = dot - len(word)
            if at == 0 or text[at - 1] == "\n" or at == last_next:
                return False
        if (word in _SUSPECT or len(word) == 1 or "." in word) and not _is_boundary(text, word, after):
            return False
    return True


def _with_paragraph_breaks(text: str, ends: list[int], nexts: list[int]) -> tuple[list[int], list[int]]:
    """``ends``/``nexts`` plus a cut at every blank line (a paragraph break always ends a sentence)."""
    cuts = set(zip(ends, nexts))
    for m in _PARAGRAPH.finditer(text):
        j = m.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        cuts.add((j, m.end()))
    ordered = sorted(cuts)
    return [e for e, _ in ordered], [n for _, n in ordered]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one text into sentences; return ``(start, end)`` character spans into ``text``.

    Spans are trimmed of surrounding whitespace, so ``text[start:end]`` is the sentence. A blank line
    (paragraph break) always ends a sentence. Periods after abbreviations ("U.S.", "p.m.", "No. 2",
    "Jan. 5", "e.g.", "Mr.", "Inc."), initials ("Ben S. Bernanke"), decimals and fractions ("4.6",
    "0 to 1/4 percent", "$1.2 trillion") do not split; closing quotes and brackets stay with their
    sentence. A sentence never starts with a lower-case letter. Fast (tens of MB/s): one compiled
    regex finds candidates, a few rules veto them.

    >>> text = 'The target is 0 to 1/4 percent. Ben S. Bernanke said "rates stay low." Sales rose.'
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['The target is 0 to 1/4 percent.', 'Ben S. Bernanke said "rates stay low."', 'Sales rose.']
    >>> split_sentences("  ")
    []
    """
    if not isinstance(text, str):
        raise ValueError(
            f"split_sentences expects a str, got {type(text).__name__}; pass one document's text "
            "(use sentences() for a corpus DataFrame, Series or list)"
        )
    return _memo.spans_of(text, _split)


def _split(text: str) -> list[tuple[int, int]]:
    """The spans of :func:`split_sentences`, computed (the memo in ``_memo`` keeps them per text)."""
    return _spans(text, *_candidate_cuts(text))


def _split_many(texts: list[str]) -> list[list[tuple[int, int]]]:
    """:func:`_split` of each text: the candidate cuts of the ASCII texts in numpy, all at once
    (:mod:`toolkit.tokenizing._cuts`: the same cuts), the others' by the regex."""
    fast = [i for i, t in enumerate(texts) if t.isascii() and "\0" not in t]
    cuts_of = dict(zip(fast, ascii_cuts([texts[i] for i in fast], _SUSPECT, _keep))) if fast else {}
    return [_spans(t, *(cuts_of[i] if i in cuts_of else _candidate_cuts(t))) for i, t in enumerate(texts)]


def _spans(text: str, ends: list[int], nexts: list[int]) -> list[tuple[int, int]]:
    """The sentence spans of ``text`` from its candidate cuts, with the paragraph breaks."""
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    if first >= last:
        return []
    if "\n" in text and _PARAGRAPH.search(text):
        ends, nexts = _with_paragraph_breaks(text, ends, nexts)
        return [(a, b) for a, b in zip([first, *nexts], [*ends, last]) if a < b]
    return list(zip([first, *nexts], [*ends, last]))


def _split_block(i: int, texts: list[str], todo: list[int], bounds: list[int]) -> list:
    """The spans of block ``i`` of the texts to split (positions ``todo[bounds[i]:bounds[i + 1]]``)."""
    return _split_many([texts[j] for j in todo[bounds[i]:bounds[i + 1]]])


#: the part of the split this process takes when pooled: it also builds the table afterwards
#: (about a fifth of the one-process time), so the workers get more (benchmarks/bench_pool.py)
_FIRST_SHARE = 0.4


def _split_all(texts: list[str], n: int, progress: bool | None) -> list:
    """The spans of every text, those not in the memo split at once (per block on ``n`` processes
    when ``n`` > 1, else in blocks of 1,000 texts under a progress bar when ``progress`` asks for one);
    new splits of long texts go to the memo."""
    known = [_memo.known_spans(t) for t in texts]
    todo = [i for i, s in enumerate(known) if s is None]
    if n > 1:
        bounds = cuts([len(texts[i]) for i in todo], n, first=_FIRST_SHARE)
        parts = run_blocks(_split_block, len(bounds) - 1, texts, todo, bounds) if todo else []
    else:
        bounds = list(range(0, len(todo), _BAR_BLOCK)) + [len(todo)]
        parts = [_split_block(b, texts, todo, bounds) for b in _bar(range(len(bounds) - 1), len(todo), progress)]
    for b, spans in enumerate(parts):
        for j, s in zip(todo[bounds[b]:bounds[b + 1]], spans):
            known[j] = s
            _memo.remember(texts[j], s)
    return known


#: texts split between two updates of the progress bar
_BAR_BLOCK = 1_000


def _bar(blocks, n_texts: int, progress: bool | None):
    """``blocks`` of :data:`_BAR_BLOCK` texts, under a bar counting the texts when ``progress`` is
    True (None: for more than 2,000 texts on a terminal)."""
    if not (progress or (progress is None and n_texts > 2000)):
        return blocks
    from tqdm.auto import tqdm

    bar = tqdm(total=n_texts, desc="sentences", unit="doc", disable=None if progress is None else False)

    def counted():
        with bar:
            for b in blocks:
                yield b
                bar.update(min(_BAR_BLOCK, n_texts - b * _BAR_BLOCK))

    return counted()


def _split_documents(doc_ids: list, texts: list, progress: bool | None, workers=None):
    """Split every text: (spans array, the sentence column, sentences per document, ids of empty
    documents). Long texts go through the memo; a large corpus with free cores is split on a pool
    (:func:`toolkit.pool.pool_workers`)."""
    clean = [clean_text(value, doc_id) for doc_id, value in zip(doc_ids, texts)]
    n = pool_workers(sum(map(len, clean)), workers, SPLIT_POOL_MIN_CHARS)
    split = _split_all(clean, n if len(clean) > 1 else 1, progress)
    counts = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
    empty = [doc_id for doc_id, k in zip(doc_ids, counts.tolist()) if not k]
    flat = np.fromiter(chain.from_iterable(chain.from_iterable(split)), dtype=np.int64,
                       count=2 * int(counts.sum())).reshape(-1, 2)
    if all(t.isascii() for t in clean):  # character offsets are byte offsets: cut in one pass
        column = pd.array(sentence_strings(clean, flat, counts), dtype="str")
    else:
        column = pd.array([t[a:b] for t, s in zip(clean, split) for a, b in s], dtype="str")
    return flat, column, counts, empty


@lean_memory()  # fresh memory the cheap way: toolkit/_memory.py
def sentences(corpus, text: str = "text", progress: bool | None = None, workers: int | None = None) -> pd.DataFrame:
    """One row per sentence: ``[doc_id, sent_id, sentence, start, end]`` plus ``date``/``source`` if present.

    ``corpus`` is the DataFrame from :func:`toolkit.load_corpus` (``text`` names its text column), a
    Series, or a list of strings (then ``doc_id`` is the position). ``sent_id`` counts from 0 within a
    document; ``start``/``end`` are character offsets into that document's text, so
    ``text[start:end] == sentence``. Splitting is :func:`split_sentences`.

    Documents with an empty or missing (NaN/None) text give no rows; their ids are listed in
    ``result.attrs["empty_docs"]`` so document-level steps can still report them.

    ``progress``: show a progress bar (None: only for more than 2,000 documents on a terminal).

    Each text's split is remembered (per text content, bounded: see ``toolkit/tokenizing/_memo.py``),
    so ``document_tone(corpus)``, ``timeline`` or ``tone_shift`` after this call do not split again;
    an edited text is split afresh. The whole table is remembered too while the corpus's Arrow text
    column lives (what ``load_corpus`` gives), so a second call on the same corpus returns at once
    (a copy: editing it never changes the next call's table). ``workers``: None splits a large
    corpus on a pool when cores are free (``toolkit/pool.py``: from 20 M characters), 1 forces one
    process, N asks for N processes; the table is the same either way.

    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Growth slowed. Prices rose 4.6 percent.", ""]})
    >>> out = sentences(corpus)
    >>> out[["doc_id", "sent_id", "sentence", "start", "end"]]
      doc_id  sent_id                  sentence  start  end
    0      a        0            Growth slowed.      0   14
    1      a        1  Prices rose 4.6 percent.     15   39
    >>> out.attrs["empty_docs"]
    ['b']
    """
    column = corpus[text] if isinstance(corpus, pd.DataFrame) and text in corpus.columns else corpus
    arrow = _memo.arrow_texts(column) if isinstance(column, pd.Series) else None
    if arrow is not None:  # the same immutable text column as an earlier call: the same table
        doc_ids, carried = ids_and_carried(corpus) if column is not corpus else (list(range(len(column))), {})
        known = _memo.TABLES.get(arrow, doc_ids, carried)
        if known is not None:
            return known
    out = _sentence_table(*documents(corpus, text), progress, workers)
    if arrow is not None:
        _memo.TABLES.put(arrow, doc_ids, carried, out)  # keeps its own copy
    return out


def _sentence_table(doc_ids: list, texts: list, carried: dict, progress, workers) -> pd.DataFrame:
    """The table of :func:`sentences` from the documents' ids, texts and carried columns."""
    bounds, sents, counts, empty = _split_documents(doc_ids, texts, progress, workers)
    doc_pos = np.repeat(np.arange(len(texts)), counts)
    first = np.cumsum(counts) - counts
    sent_id = np.arange(len(doc_pos), dtype=np.int64) - np.repeat(first, counts)
    data = {
        "doc_id": take_ids(doc_ids, doc_pos),
        "sent_id": sent_id,
        "sentence": sents,
        "start": bounds[:, 0],
        "end": bounds[:, 1],
    }
    for col, values in carried.items():
        data[col] = values.take(doc_pos)
    out = pd.DataFrame(data, copy=False)
    out.attrs["empty_docs"] = empty
    return out
