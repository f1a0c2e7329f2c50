"""Words run together by PDF extraction ("measuresto", "soundmonetary", "theRMB") split back in two.

Runs on the rows of a whole load (after chrome removal, before the table is built, so sentence
offsets point into the repaired ``text``), because the evidence is the vocabulary of the folder. The
folder is the parent folder with year and month folders merged into the one above
(:func:`evidence_folder`: "beige-book/2005/03" is "beige-book", "pboc-mpc/2010" is "pboc-mpc"), so
a word the series uses every month ("homebuilders") is a word, not an accident. A token is split in
two only when the folder says so:

1. it is rare in the folder (at most :data:`MAX_GLUED` times) and is not an English word
   (simplemma's dictionary: "healthcare", "underway", "cannot", "into" stay whole);
2. both halves are words of the folder: each occurs on its own at least :data:`MIN_HALF` times
   (or is in the toolkit's stopword list), and has two characters or more ("abroad" is never "a broad");
3. the two halves occur as two separate words (with only a space or a hyphen between them) more
   often than the glued form, and at least :data:`MIN_PAIR` times: "furthermore", "nonetheless",
   "outside", "overall" stay whole because "further more", "none the less" and "out side" are rarer;
4. it is not a misspelling of a word of the folder (one letter left out, added or changed: "billon"
   is "billion", not "bill on");
5. it shows a run-together: a case change at the cut ("SpendingRetail", "theRMB"), or a half that is a
   function word of the stopword list ("measuresto", "ofchina"); two content words ("soundmonetary")
   only in a folder that runs words together, one with :data:`GLUE_RATE` glued function words per
   10,000 words. Elsewhere two content words glued are the author's compound ("homebuilders",
   "nonenergy", "paydowns"), a spelling the folder also writes apart, not an accident of extraction.

Of several split points the one whose pair is most frequent wins; a number is never cut inside its
digits ("2019" stays, "2019growth" may become "2019 growth"). Tokens with a hyphen or an apostrophe
inside ("inter-temporal", "China's") are not candidates. The text keeps its characters: one space
is inserted at the split ("theRMB" -> "the RMB"), or a hyphen when the folder writes the two words
with a hyphen more often than with a space ("longerrun" -> "longer-run"). Every row gets ``words_split``, the number of
tokens split; ``run_together=False`` (an option of ``load_corpus``) keeps the text as it is.

>>> glued = "Efforts will be made to take measuresto support growth."
>>> rows = [{"path": "bank/a.txt", "text": glued}]
>>> rows += [{"path": f"bank/{i}.txt", "text": "It took measures to support growth."} for i in range(3)]
>>> split_run_together(rows)[0]["text"], rows[0]["words_split"], rows[1]["words_split"]
('Efforts will be made to take measures to support growth.', 1, 0)
"""
from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache

__all__ = ["MAX_GLUED", "MIN_HALF", "MIN_PAIR", "GLUE_RATE", "GLUE_MIN", "Evidence", "evidence_folder", "folder_evidence",
           "find_splits", "run_together_splits", "split_run_together"]

#: a glued form seen more often than this in its folder is a word of the folder, not an accident
MAX_GLUED = 3
#: each half occurs on its own at least this often in the folder (or is a stopword)
MIN_HALF = 3
#: the two halves occur as two words at least this often (and more often than the glued form)
MIN_PAIR = 2

#: a folder runs words together (content words glued to content words are split too) when it has this
#: many glued function words ("measuresto", "ofchina") per 10,000 words, and at least GLUE_MIN
GLUE_RATE, GLUE_MIN = 2.0, 5

#: a token: letters and digits, joined by inner hyphens, apostrophes, "&"; or one punctuation mark
_TOKEN = re.compile(r"[^\W_]+(?:[-'\u2019&][^\W_]+)*|[^\w\s]")
_PLAIN = re.compile(r"[^\W_]{5,}")  # a candidate: no joiner inside, room for two halves of 2+
#: a candidate in running text: a plain token, not part of a hyphenated or apostrophed one
_CASE_CHANGE = re.compile(r"[a-z](?=[A-Z])")
_DATED = re.compile(r"\d{1,2}|(?:19|20)\d{2}(?:[-_]\d{1,2})?")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_IN_TEXT = re.compile(r"(?<![\w\-'\u2019&])[^\W_]{5,}(?![\w\-'\u2019&])")

#: per folder: (lower-case token counts, counts of adjacent token pairs "a b" asked for,
#: lower-case form -> cut points where it is written with a lower-upper case change)
Evidence = tuple


@lru_cache(maxsize=4096)
def evidence_folder(path: str) -> str:
    """The folder whose words are the evidence: the parent folder, year and month folders merged up.

    >>> evidence_folder("beige-book/2005/03/2005-03-ny.txt"), evidence_folder("banks/israel/2019/a.md")
    ('beige-book', 'banks/israel')
    """
    folder = os.path.dirname(path)
    while folder and _DATED.fullmatch(os.path.basename(folder)):
        folder = os.path.dirname(folder)
    return folder


def _misspelt(word: str, counts: Counter) -> bool:
    """Whether ``word`` is one letter away (left out, added, changed) from a word of the folder."""
    near = counts.get
    least = max(MIN_HALF, 2 * counts[word])
    for i in range(len(word) + 1):
        if i < len(word) and (near(word[:i] + word[i + 1:]) or 0) >= least:
            return True
        for c in _LETTERS:
            if (near(word[:i] + c + word[i:]) or 0) >= least:
                return True
            if i < len(word) and c != word[i] and (near(word[:i] + c + word[i + 1:]) or 0) >= least:
                return True
    return False


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _cuts(word: str, counts: Counter, common: frozenset) -> list[tuple[str, str]]:
    """The split points of ``word`` whose two halves are words of the folder (rule 2)."""
    out = []
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        if a[-1].isdigit() and b[0].isdigit():
            continue  # never inside a number
        if (counts[a] >= MIN_HALF or a in common) and (counts[b] >= MIN_HALF or b in common):
            out.append((a, b))
    return out


def _stopwords() -> frozenset:
    from toolkit.tokenizing.stopwords import load_stopwords

    return frozenset(load_stopwords())


def _case_cuts(texts, words: set) -> dict[str, set[int]]:
    """lower-case form -> the cut points where the folder writes it with a lower-upper change ("theRMB")."""
    out: dict[str, set[int]] = {}
    for text in texts:
        for m in _CASE_CHANGE.finditer(text):
            start = end = m.start() + 1
            while start and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            word = text[start:end].lower()
            if word in words:
                out.setdefault(word, set()).add(m.start() + 1 - start)
    return out


def folder_evidence(texts) -> Evidence:
    """(token counts, pair counts, case cuts) of one folder's texts: what :func:`find_splits` decides on.

    >>> counts, pairs, cased = folder_evidence(["measures to help"] * 3 + ["measuresTo"])
    >>> counts["measuresto"], pairs[("measures", "to")], cased
    (1, 3, {'measuresto': {8}})
    """
    texts = [t for t in texts if isinstance(t, str) and t]
    token_lists = [_tokens(t) for t in texts]
    counts: Counter = Counter()
    for toks in token_lists:
        counts.update(toks)
    common = _stopwords()
    glued = {w for w, n in counts.items() if n <= MAX_GLUED and _PLAIN.fullmatch(w)}
    wanted = {cut for w in glued for cut in _cuts(w, counts, common)}
    pairs: Counter = Counter()
    if wanted:
        lefts = {a for a, _ in wanted}
        for toks in token_lists:
            pairs.update(p for p in zip(toks, toks[1:]) if p[0] in lefts and p in wanted)
    return counts, pairs, _case_cuts(texts, glued) if wanted else {}


def _candidates(evidence: Evidence, common: frozenset) -> dict[str, tuple[str, str]]:
    """Every split that rules 1-4 allow (before the dictionary and the folder's own kind of glue)."""
    counts, pairs, _ = evidence
    out: dict[str, tuple[str, str]] = {}
    for word, n in counts.items():
        if n > MAX_GLUED or not _PLAIN.fullmatch(word):
            continue
        apart = {(a, b): pairs[(a, b)] + counts[f"{a}-{b}"] for a, b in _cuts(word, counts, common)}
        best = max(apart, key=apart.get, default=None)
        if best is None or apart[best] < max(MIN_PAIR, n + 1) or _misspelt(word, counts):
            continue
        a, b = best
        out[word] = (f"{a}-", b) if counts[f"{a}-{b}"] > pairs[best] else best
    return out


def find_splits(evidence: Evidence) -> dict[str, tuple[str, str]]:
    """glued form (lower case) -> (left, right) for the tokens of one folder that rules 1-5 split;
    ``left`` ends with "-" when the folder hyphenates the two words.

    >>> texts = ["the policy should act"] * 3 + ["policyShould", "furthermore", "further more"]
    >>> find_splits(folder_evidence(texts))
    {'policyshould': ('policy', 'should')}
    """
    counts, _, cased = evidence
    common = _stopwords()
    found = _candidates(evidence, common)
    if not found:
        return found
    from toolkit.tokenizing._lemmas import is_known  # simplemma's dictionary, cached

    found = {w: cut for w, cut in found.items() if not is_known(w)}
    plain = {w for w, (a, b) in found.items() if len(a.rstrip("-")) not in cased.get(w, ())}
    telling = sum(counts[w] for w in plain if found[w][0].rstrip("-") in common or found[w][1] in common)
    n_words = sum(n for w, n in counts.items() if w[:1].isalpha())
    if telling >= max(GLUE_MIN, GLUE_RATE * n_words / 10_000):
        return found
    return {w: cut for w, cut in found.items()
            if w not in plain or cut[0].rstrip("-") in common or cut[1] in common}


def run_together_splits(rows: list[dict]) -> dict[str, dict[str, tuple[str, str]]]:
    """folder -> {glued form: (left, right)} for the rows of a load (every file of each folder).

    >>> rows = [{"path": "f/a.txt", "text": "sound monetary policy. " * 3 + "soundMonetary policy"}]
    >>> run_together_splits(rows)
    {'f': {'soundmonetary': ('sound', 'monetary')}}
    """
    texts: dict[str, list[str]] = {}
    for row in rows:
        if isinstance(row.get("text"), str):
            texts.setdefault(evidence_folder(os.fspath(row.get("path", ""))), []).append(row["text"])
    found = {folder: find_splits(folder_evidence(ts)) for folder, ts in texts.items()}
    return {folder: splits for folder, splits in found.items() if splits}


def _split_text(text: str, splits: dict[str, tuple[str, str]]) -> tuple[str, int]:
    """``text`` with each glued form of ``splits`` split by one space, and how many were split."""
    n = 0

    def cut(m: re.Match) -> str:
        nonlocal n
        word = m.group(0)
        found = splits.get(word.lower())
        if found is None or len(word) != len(found[0].rstrip("-")) + len(found[1]):
            return word
        n += 1
        left = found[0].rstrip("-")
        i = len(left)
        return f"{word[:i]}{'-' if found[0] != left else ' '}{word[i:]}"

    return _IN_TEXT.sub(cut, text), n


def split_run_together(rows: list[dict], run_together=True, found: dict | None = None) -> list[dict]:
    """Split the run-together words of each row's ``text`` (in place) and count them in ``words_split``.

    ``run_together``: True (default) to split, False to keep every text (``words_split`` is then 0).
    ``found``: the result of :func:`run_together_splits` over the whole corpus, when ``rows`` are only
    part of it.
    """
    if run_together not in (True, False):
        raise ValueError(f"run_together= must be True or False, not {run_together!r}")
    if run_together and found is None:
        found = run_together_splits(rows)
    for row in rows:
        splits = found.get(evidence_folder(os.fspath(row.get("path", "")))) if run_together else None
        if splits and isinstance(row.get("text"), str):
            row["text"], row["words_split"] = _split_text(row["text"], splits)
        else:
            row["words_split"] = 0
    return rows
