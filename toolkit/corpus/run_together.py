"""Words run together by PDF extraction ("measuresto", "soundmonetary", "theRMB") split back in two.

Runs on the rows of a whole load (after chrome removal, before the table is built, so sentence
offsets point into the repaired ``text``), because the evidence is the vocabulary of the folder. The
folder is the parent folder with year and month folders merged into the one above
(:func:`evidence_folder`: "beige-book/2005/03" is "beige-book", "pboc-mpc/2010" is "pboc-mpc"), so
a word the series uses every month ("homebuilders") is a word, not an accident. A token is split in
two only when the folder says so:

1. it is rare in the folder (at most :data:`MAX_GLUED` times) and is not an English word
   (simplemma's dictionary: "healthcare", "underway", "cannot", "into" stay whole);
2. both halves are words of the folder: each occurs at least :data:`MIN_HALF` times (on its own or
   as a part of a hyphenated word) or is in the toolkit's stopword list, and has two characters or
   more ("abroad" is never "a broad");
3. the two halves occur as two separate words (with only a space or a hyphen between them) more
   often than the glued form, and at least :data:`MIN_PAIR` times: "furthermore", "nonetheless",
   "outside", "overall" stay whole because "further more", "none the less" and "out side" are rarer;
4. it is not a misspelling of a word of the folder (one letter left out, added or changed: "billon"
   is "billion", not "bill on");
5. it shows a run-together: a case change at the cut ("SpendingRetail", "theRMB"), or a half that is a
   function word of the stopword list ("measuresto", "ofchina"), not one that builds compounds ("in",
   "out", "off", "through": "standout", "selloff") and not in a name (a form written capitalised every
   time: "Welland", "Hardin"); two content words ("soundmonetary")
   only in a folder that runs words together, one with :data:`GLUE_RATE` glued function words per
   10,000 words. Elsewhere two content words glued are the author's compound ("homebuilders",
   "nonenergy", "paydowns"), a spelling the folder also writes apart, not an accident of extraction.

Of several split points the one whose pair is most frequent wins; a number is never cut inside its
digits ("2019" stays, "2019growth" may become "2019 growth"). A hyphenated word is looked at part
by part ("market-basedinterest": "basedinterest"); a word with an apostrophe ("China's") is not.
The text keeps its characters: one space is inserted at the split ("theRMB" -> "the RMB"), or a
hyphen when the folder writes the two words with a hyphen more often than with a space ("endMarch"
-> "end-March"); inside a hyphenated word, a hyphen when the folder hyphenates the two words anywhere
("monthon-month" -> "month-on-month", "stronger-thanexpected" -> "stronger-than-expected"). Every row gets ``words_split``, the number of tokens split; ``run_together=False``
(an option of ``load_corpus``) keeps the text as it is.

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

from toolkit.corpus.paths import folder_above
from toolkit.corpus.word_counts import (Evidence, case_cuts, folder_evidence as _count, holds_any, pair_counts,
                                        raw_counts, tokenize, word_counts)

__all__ = ["MAX_GLUED", "MIN_HALF", "MIN_PAIR", "GLUE_RATE", "GLUE_MIN", "evidence_folder", "folder_evidence",
           "find_splits", "run_together_splits", "split_run_together", "block_raw_counts", "wanted_pairs",
           "block_pair_counts", "splits_from_counts"]

#: a glued form seen more often than this in its folder is a word of the folder, not an accident
MAX_GLUED = 3
#: each half occurs on its own at least this often in the folder (or is a stopword)
MIN_HALF = 3
#: the two halves occur as two words at least this often (and more often than the glued form)
MIN_PAIR = 2
#: a folder runs words together (content words glued to content words are split too) when it has this
#: many glued function words ("measuresto", "ofchina") per 10,000 words, and at least GLUE_MIN
GLUE_RATE, GLUE_MIN = 2.0, 5

#: function words that also build compounds ("standout", "sendout", "selloff", "passthrough", "onstream",
#: "upturn"): a half that is one of them is no sign of a run-together by itself
_PARTICLES = frozenset("in on out off up down over under through back away about around by".split())
_PLAIN = re.compile(r"[^\W_]{5,}")  # a candidate: letters and digits only, room for two halves of 2+
_DATED = re.compile(r"\d{1,2}|(?:19|20)\d{2}(?:[-_]\d{1,2})?")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: a word in running text: letters and digits, with inner hyphens (not part of a word with an apostrophe)
_IN_TEXT = re.compile(r"(?<![\w'\u2019&-])[^\W_]+(?:-[^\W_]+)*(?![\w'\u2019&]|-\w)")


def evidence_folder(path: str) -> str:
    """The folder whose words are the evidence: the parent folder, year and month folders merged up.

    >>> evidence_folder("beige-book/2005/03/2005-03-ny.txt"), evidence_folder("banks/israel/2019/a.md")
    ('beige-book', 'banks/israel')
    """
    return folder_above(path, _DATED)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    from toolkit.tokenizing.stopwords import load_stopwords

    return frozenset(load_stopwords())


def _halves(counts: Counter, common: frozenset) -> set[str]:
    """The words that may be a half of a split (rule 2): frequent in the folder, or stopwords."""
    return {w for w, n in counts.items() if n >= MIN_HALF}.union(common)


def _cuts(word: str, halves: set[str]) -> list[tuple[str, str]]:
    """The split points of ``word`` whose two halves are words of the folder (rule 2), left to right."""
    out = []
    digits = not word.isalpha()
    for i in range(2, len(word) - 1):
        a = word[:i]
        if a in halves:
            b = word[i:]
            if b in halves and not (digits and a[-1].isdigit() and b[0].isdigit()):  # never inside a number
                out.append((a, b))
    return out


def _rare(words) -> list[str]:
    """The plain forms of ``words`` ((word, count) pairs) rare enough to be glued (rule 1)."""
    return [w for w, n in words if n <= MAX_GLUED and len(w) >= 5 and _PLAIN.fullmatch(w)]


def _wanted(counts: Counter) -> tuple[set[str], set[tuple[str, str]]]:
    """The rare plain forms with a possible cut, and the pairs to count for them."""
    halves = _halves(counts, _stopwords())
    forms, wanted = set(), set()
    for w in _rare(counts.items()):
        cuts = _cuts(w, halves)
        if cuts:
            forms.add(w)
            wanted.update(cuts)
    return forms, wanted


def folder_evidence(texts) -> Evidence:
    """(token counts, pair counts, case cuts) of one folder's texts (or their ``tokenize``): what
    :func:`find_splits` decides on (counted by :mod:`toolkit.corpus.word_counts`).

    >>> counts, pairs, cased = folder_evidence(["measures to help"] * 3 + ["measuresTo"])
    >>> counts["measuresto"], pairs[("measures", "to")], cased
    (1, 3, {'measuresto': {8}})
    """
    return _count(texts, _wanted)


def _misspelt(word: str, counts: Counter, frequent: set[str]) -> bool:
    """Whether ``word`` is one letter away (left out, added, changed) from a word of the folder
    (``frequent``: the words seen at least :data:`MIN_HALF` times, where such a word must be)."""
    least = max(MIN_HALF, 2 * counts[word])
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in cuts if b}
    edits.update(a + c + b for a, b in cuts for c in _LETTERS)
    edits.update(a + c + b[1:] for a, b in cuts if b for c in _LETTERS)
    edits.discard(word)
    return any(counts[w] >= least for w in frequent.intersection(edits))


def _written_apart(counts: Counter, pairs: Counter) -> list[str]:
    """The forms ``ab`` of the words the folder writes apart as "a b" or "a-b": only these can pass rule 3."""
    joined = {a + b for (a, b), k in pairs.items() if k}
    joined.update(w.replace("-", "") for w, k in counts.items() if k and w.count("-") == 1)
    return sorted(w for w in joined if w in counts)


def _candidates(evidence: Evidence, common: frozenset) -> dict[str, tuple[str, str, str]]:
    """glued -> (left, joiner, right) for every split rules 1-4 allow (before rule 5)."""
    from toolkit.tokenizing._lemmas import is_known  # simplemma's dictionary, cached

    counts, pairs, _ = evidence
    frequent = {w for w, n in counts.items() if n >= MIN_HALF}
    halves = frequent.union(common)
    out: dict[str, tuple[str, str, str]] = {}
    for word in _rare((w, counts[w]) for w in _written_apart(counts, pairs)):
        n = counts[word]
        apart = {(a, b): pairs[(a, b)] + counts[f"{a}-{b}"] for a, b in _cuts(word, halves)}
        best = max(apart, key=apart.get, default=None)
        if best is None or apart[best] < max(MIN_PAIR, n + 1) or is_known(word) or _misspelt(word, counts, frequent):
            continue
        a, b = best
        out[word] = (a, "-" if counts[f"{a}-{b}"] > pairs[best] else " ", b)
    return out


def _telling(found: dict, cased: dict, common: frozenset) -> set[str]:
    """The splits that show a run-together by themselves (rule 5): a case change at the cut, or a
    function word that does not build compounds ("standout", "selloff", "onstream" do) in a word that is
    not a name (written capitalised every time: "Welland", "Hardin")."""
    out = set()
    for w, (a, _, b) in found.items():
        cuts = cased.get(w, ())
        if len(a) in cuts or (0 not in cuts and ((a in common and a not in _PARTICLES)
                                                  or (b in common and b not in _PARTICLES))):
            out.add(w)
    return out


def find_splits(evidence: Evidence) -> dict[str, str]:
    """glued form (lower case) -> the two words (lower case) for the tokens of one folder that rules 1-5
    split; a hyphenated word with a glued part maps to the whole word repaired.

    >>> texts = ["the policy should act", "month-to-month"] * 3 + ["policyShould", "furthermore", "further more",
    ...                                                         "monthto-month"]
    >>> find_splits(folder_evidence(texts))
    {'monthto': 'month-to', 'policyshould': 'policy should', 'monthto-month': 'month-to-month'}
    """
    counts, _, cased = evidence
    common = _stopwords()
    found = _candidates(evidence, common)
    telling = _telling(found, cased, common)
    glued_words = sum(counts[w] for w in telling if len(found[w][0]) not in cased.get(w, ()))
    n_words = sum(n for w, n in counts.items() if w[:1].isalpha())
    if glued_words < max(GLUE_MIN, GLUE_RATE * n_words / 10_000):
        found = {w: cut for w, cut in found.items() if w in telling}
    out = {w: "".join(cut) for w, cut in found.items()}
    out.update(_in_hyphenated(counts, found))
    return out


def _in_hyphenated(counts: Counter, found: dict) -> dict[str, str]:
    """Hyphenated words with a glued part, repaired: the part's two words hyphenated when the folder
    writes them so anywhere ("strongerthan-expected" -> "stronger-than-expected", as in "stronger-than-
    anticipated"), else split as the part alone ("market-basedinterest" -> "market-based interest")."""
    out = {}
    for word in [w for w in counts if "-" in w and w != "-"]:
        parts = word.split("-")
        if not any(p in found for p in parts):
            continue
        fixed = [p if p not in found else
                 (f"{found[p][0]}-{found[p][2]}" if counts[f"{found[p][0]}-{found[p][2]}"] else "".join(found[p]))
                 for p in parts]
        out[word] = "-".join(fixed)
    return out


def _folders(rows: list[dict]) -> dict[str, list[dict]]:
    """The rows with a text, by :func:`evidence_folder`."""
    out: dict[str, list[dict]] = {}
    for row in rows:
        if isinstance(row.get("text"), str) and row["text"]:
            out.setdefault(evidence_folder(os.fspath(row.get("path", ""))), []).append(row)
    return out


def run_together_splits(rows: list[dict]) -> dict[str, dict[str, str]]:
    """folder -> {glued form: the words it stands for} for the rows of a load (every file of each folder).

    >>> rows = [{"path": "f/a.txt", "text": "sound monetary policy. " * 3 + "soundMonetary policy"}]
    >>> run_together_splits(rows)
    {'f': {'soundmonetary': 'sound monetary'}}
    """
    found = {folder: find_splits(folder_evidence([r["text"] for r in group]))
             for folder, group in _folders(rows).items()}
    return {folder: splits for folder, splits in found.items() if splits}


# --- the same evidence counted block by block (toolkit.dask): counts add up, then pairs, then splits
def block_raw_counts(rows: list[dict]) -> dict[str, Counter]:
    """folder -> raw token counts of one block of rows (blocks add up with ``+``)."""
    return {folder: raw_counts(tokenize(r["text"] for r in group)) for folder, group in _folders(rows).items()}


def wanted_pairs(raw_by_folder: dict[str, Counter]) -> dict[str, tuple[set, set]]:
    """folder -> (candidate glued forms, pairs to count) from the raw counts of the whole corpus."""
    return {folder: _wanted(word_counts(raw)) for folder, raw in raw_by_folder.items()}


def block_pair_counts(rows: list[dict], wanted: dict[str, tuple[set, set]]) -> dict[str, Counter]:
    """folder -> the counts of its wanted pairs in one block of rows (blocks add up with ``+``)."""
    out = {}
    for folder, group in _folders(rows).items():
        out[folder] = pair_counts(tokenize(r["text"] for r in group), wanted.get(folder, (set(), set()))[1])
    return out


def splits_from_counts(raw_by_folder: dict, pairs_by_folder: dict, wanted: dict) -> dict[str, dict[str, str]]:
    """What :func:`run_together_splits` gives, from the counts of a corpus gathered block by block."""
    found = {}
    for folder, raw in raw_by_folder.items():
        forms = wanted.get(folder, (set(), set()))[0]
        evidence = (word_counts(raw), pairs_by_folder.get(folder, Counter()), case_cuts(raw, forms))
        found[folder] = find_splits(evidence)
    return {folder: splits for folder, splits in found.items() if splits}


def _repair(word: str, fixed: str) -> tuple[str, int]:
    """``word`` as written, with the spaces and hyphens of ``fixed`` (its lower-case repair) put in."""
    out, i, n = [], 0, 0
    for ch in fixed:
        if i < len(word) and word[i].lower() == ch:
            out.append(word[i])
            i += 1
        else:
            out.append(ch)
            n += 1
    return "".join(out), n


def _split_text(text: str, splits: dict[str, str]) -> tuple[str, int]:
    """``text`` with each glued form of ``splits`` split, and how many words were split."""
    n = 0

    def cut(m: re.Match) -> str:
        nonlocal n
        word = m.group(0)
        fixed = splits.get(word.lower())
        if fixed is None or len(word.lower()) != len(word):
            return word
        word, k = _repair(word, fixed)
        n += k
        return word

    return _IN_TEXT.sub(cut, text), n


def split_run_together(rows: list[dict], run_together=True, found: dict | None = None) -> list[dict]:
    """Split the run-together words of each row's ``text`` (in place) and count them in ``words_split``.

    ``run_together``: True (default) to split, False to keep every text (``words_split`` is then 0).
    ``found``: the result of :func:`run_together_splits` over the whole corpus, when ``rows`` are only
    part of it.
    """
    if run_together not in (True, False):
        raise ValueError(f"run_together= must be True or False, not {run_together!r}")
    for row in rows:
        row["words_split"] = 0
    if not run_together:
        return rows
    for folder, group in _folders(rows).items():
        if found is not None and not found.get(folder):
            continue
        tokens = tokenize(r["text"] for r in group)
        splits = find_splits(folder_evidence(tokens)) if found is None else found[folder]
        if not splits:
            continue
        for row, hit in zip(group, holds_any(tokens, set(splits))):
            if hit:
                row["text"], row["words_split"] = _split_text(row["text"], splits)
    return rows
