"""Two figures compared without a movement word: "net profit was EUR 5.6 mn, compared with EUR 9.8 mn a
year earlier", "diluted EPS was EUR 0.55, against EUR 0.71", "the operating margin was 4.1 percent
versus 6.3 percent", "operating profit was EUR 3.1 mn, compared with a loss of EUR 1.4 mn". The
report says how its quantity moved by the two numbers alone (guidelines rule 10: numbers with a
movement follow rule 1), so the comparison word reads as "up from" when the first figure is the
larger and as "down from" when it is the smaller: a movement of the sentence's subject, like the
report style's "sales were EUR 35 mn, up from EUR 30 mn" (kind ``comparison``).

The construction, all in one sentence: a figure of a company report (:data:`SUBJECTS`: profit, loss,
sales, revenue, EPS, margin, orders; the nearest quantity before the number), a number at most
:data:`SUBJECT_REACH` tokens after it, a comparison word of :data:`COMPARE` at most
:data:`NEAR` tokens after that number (only figures, commas, months and words without a role between),
and a number at most :data:`NEAR_AFTER` tokens after the comparison word. A quantity of the other valence
between the comparison word and its number turns that number's sign ("a profit of EUR 3.1 mn, compared
with a loss of EUR 1.4 mn" is a rise from -1.4). It is left alone when a movement word stands anywhere
in it or at most :data:`MOVED_REACH` tokens around it ("rose to EUR 13.1 mn compared with ..." is read
as before; "declines in refinancing activity, 43 percent, compared with 18 percent reporting
increases" counts shares of respondents), when a word with a role stands
between the figures and the comparison ("inflation of 3 percent against a target of 2 percent"), when
the two numbers carry different units ("mn" / "bn"), when either is a year, when another figure follows
the second in its clause ("5.72 percent, compared with 5.7 percent in January and 8.16 percent a year
earlier": several references), or when the two are equal.

The year-earlier figure in brackets of a Nordic company report ("net sales totalled EUR 93.4 mn (EUR
81.0 mn)", "the operating margin was 7.4 % (9.8 %)", "operating profit was EUR 4.4 mn (a loss of EUR 0.7
mn)") is the same comparison without its word: the first token inside the brackets reads as "up from" or
"down from" by the two numbers, with the same checks, when the brackets hold one number (not a year) and
close within :data:`NEAR_AFTER` tokens (:func:`_bracketed_figures`). Brackets with a movement near
("improved to 9.5% (8.1%)"), a year alone ("(2007)") or two figures inside are left alone; a
quantity inside ("a loss of") becomes the comparison word, so it is not counted alone too.

Runs in :func:`toolkit.tone.text._tokens`, where the bytes of the numbers are at hand; the comparison
words are found with one ``word_mask`` gather, and only those (few) are looked at one by one.

>>> from toolkit.tone import score_texts
>>> s = score_texts(["Net profit was EUR 5.6 mn, compared with EUR 9.8 mn a year earlier.",
...                  "Operating profit was EUR 3.1 mn, compared with a loss of EUR 1.4 mn."])["score"]
>>> bool(s[0] < -0.1), bool(s[1] > 0.1)
(True, True)
>>> s = score_texts(["Net sales totalled EUR 93.4 mn (EUR 81.0 mn).", "The operating margin was 7.4 % (9.8 %)."])
>>> bool(s["score"][0] > 0.1), bool(s["score"][1] < -0.1)
(True, True)
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.rules import F_HARD, F_SOFT, FLAG, KINDS, MODIFIERS

__all__: list[str] = []  # internal: toolkit.tone.text._tokens calls _compared_figures

#: the words that compare a figure with an earlier one
COMPARE = ("compared", "against", "versus")
#: the figures of a company report the rule reads (the last word of the subject: "net sales", "operating
#: profit", "diluted EPS"); statistics of central banks ("inflation was 2.3 percent, compared with 2.2
#: percent last month", "the volume of mortgages granted") are quoted without an evaluation (rule 5)
SUBJECTS = ("profit", "profits", "loss", "losses", "sales", "revenue", "revenues", "turnover", "earnings",
            "eps", "ebit", "ebitda", "margin", "margins", "orders", "intake", "backlog", "deliveries")
#: the words the rule reads (ids in the lexicon)
WORDS = COMPARE + SUBJECTS
#: how far the subject quantity may stand before the first number
SUBJECT_REACH = 10
#: how far a number may stand from the comparison word (either side)
NEAR = 6
#: how far the second number may stand after the comparison word ("compared with an operating loss of
#: EUR 3.4 mn")
NEAR_AFTER = 8
#: how near a movement word before the subject or after the second number leaves the comparison alone
MOVED_REACH = 3
_GOOD, _BAD = KINDS.index("good"), KINDS.index("bad")
_PAST = sum(FLAG[m.kind] for m in MODIFIERS if m.clause == "past")  # "the year-earlier EUR 5.1 mn"


def _compared_figures(ids: np.ndarray, starts: np.ndarray, raw: np.ndarray, off: np.ndarray, lex) -> None:
    """Rewrite, in ``ids`` in place, each comparison word of the construction (see the module) to the
    id of "up from" or "down from"."""
    ways = lex.phrase_of.get("up from"), lex.phrase_of.get("down from")
    if None in ways or len(ids) < 4:
        return
    at = np.flatnonzero(lex.word_mask(COMPARE)[ids])
    if not len(at):
        return
    nums = np.concatenate([[0], np.cumsum(ids == lex.num_id)])  # numbers before each position
    n = len(ids)
    near = (nums[at] > nums[np.maximum(at - NEAR, 0)]) & (nums[np.minimum(at + NEAR_AFTER + 1, n)] > nums[at + 1])
    at = at[near]  # a number on both sides: the few worth a look
    if not len(at):
        return
    text = np.searchsorted(off, starts, side="right")
    for c in at.tolist():
        way = _direction(ids, starts, raw, text, lex, c, _number_near(ids, lex, text, c, +1))
        if way:
            ids[c] = ways[0] if way > 0 else ways[1]


def _bracketed_figures(ids: np.ndarray, starts: np.ndarray, raw: np.ndarray, off: np.ndarray, lex) -> None:
    """Rewrite, in ``ids`` in place, the first token inside brackets that hold a year-earlier figure
    ("EUR 6.8 mn (EUR 4.2 mn)") to the id of "up from" or "down from" (see the module)."""
    ways = lex.phrase_of.get("up from"), lex.phrase_of.get("down from")
    opens = np.flatnonzero(raw == 40)  # "(": the few brackets, one by one
    if None in ways or len(ids) < 4 or not len(opens):
        return
    closes = np.flatnonzero(raw == 41)
    n = len(ids)
    firsts = np.searchsorted(starts, opens + 1)  # the first token inside each bracket
    k = np.searchsorted(closes, opens)
    ends = np.where(k < len(closes), closes[np.minimum(k, max(len(closes) - 1, 0))], -1) if len(closes) \
        else np.full(len(opens), -1)
    lasts = np.where(ends > opens, np.searchsorted(starts, ends), -1)  # the first token after ")"
    # the few worth a look (vectorised: most brackets hold no figure): short, a number inside and one
    # at most NEAR tokens before
    nums = np.concatenate([[0], np.cumsum(ids == lex.num_id)])  # numbers before each position
    ok = (firsts < n) & (firsts < lasts) & (lasts <= firsts + NEAR_AFTER + 1)
    fc, lc = np.minimum(firsts, n), np.clip(lasts, 0, n)
    ok &= (nums[lc] > nums[fc]) & (nums[fc] > nums[np.maximum(fc - NEAR, 0)])
    if not ok.any():
        return
    text = np.searchsorted(off, starts, side="right")
    for c, last in zip(firsts[ok].tolist(), lasts[ok].tolist()):
        if text[c] != text[last - 1]:
            continue
        n2 = c if ids[c] == lex.num_id else _number_near(ids, lex, text, c, +1, inclusive=True)
        if n2 is None or n2 >= last or _figure_follows(ids, starts, raw, lex, text, n2, last):
            continue
        way = _direction(ids, starts, raw, text, lex, c, n2, inside=c)
        if way:  # "(a loss of EUR 0.7 mn)": the quantity inside becomes the comparison, no loss alone
            own = np.flatnonzero(np.isin(lex.qcode[ids[c:n2]], (_GOOD, _BAD)))
            ids[c + (int(own[-1]) if len(own) else 0)] = ways[0] if way > 0 else ways[1]


def _direction(ids, starts, raw, text, lex, c: int, n2, inside: int | None = None) -> int:
    """+1 / -1: the subject's figure is larger / smaller than the one at ``n2`` after the comparison
    word at ``c`` (``inside``: the comparison is the bracket opened before ``c``, whose own word counts
    between the figures); 0 when the construction is not there."""
    n = len(ids)
    n1 = _number_near(ids, lex, text, c, -1)
    if n1 is None or n2 is None:
        return 0
    subject = _subject(ids, lex, text, n1)
    if subject is None or not lex.word_mask(SUBJECTS)[ids[subject]]:
        return 0
    if _moved(ids, lex, text, subject, n2):  # "declines in refinancing activity", "18 percent reporting increases"
        return 0
    v1, v2 = _value(raw, starts, n1, n), _value(raw, starts, n2, n)
    if _unit(ids, lex, n1) != _unit(ids, lex, n2) or _figure_follows(ids, starts, raw, lex, text, n2):
        return 0
    if v1 is None or v2 is None or v1 == v2:
        return 0
    code = lex.qcode[ids[subject]]
    between = lex.qcode[ids[(c + 1 if inside is None else inside):n2]]
    if code in (_GOOD, _BAD) and ((between >= 0) & (between != code) & np.isin(between, (_GOOD, _BAD))).any():
        v2 = -v2  # "compared with a loss of EUR 1.4 mn": the other side of zero
    return 1 if v1 > v2 else -1


def _moved(ids, lex, text, subject: int, n2: int) -> bool:
    """Whether a movement word stands between ``subject`` and ``n2`` or at most :data:`MOVED_REACH`
    tokens around them, in the same text and sentence."""
    lo, hi = max(subject - MOVED_REACH, 0), min(n2 + MOVED_REACH + 1, len(ids))
    span = np.arange(lo, hi)
    hard = (lex.flags[ids[span]] & F_HARD) > 0
    inside = (text[span] == text[subject]) & (np.cumsum(hard) == np.cumsum(hard)[subject - lo])
    inside[subject - lo:n2 - lo + 1] = True
    return bool((inside & (lex.mdir[ids[span]] != 0)).any())


def _number_near(ids, lex, text, c: int, step: int, inclusive: bool = False):
    """The first number from ``c`` in direction ``step`` (at most :data:`NEAR` tokens before,
    :data:`NEAR_AFTER` after), over figures, commas, months, past words ("year-earlier") and words without a role (and, after the word, quantities: "a loss of"); None if
    another word or a sentence end comes first. ``inclusive``: look at ``c`` itself too (a bracket's first token)."""
    n = len(ids)
    for d in range(0 if inclusive else 1, (NEAR if step < 0 else NEAR_AFTER) + 1):
        p = c + step * d
        if p < 0 or p >= n or text[p] != text[c]:
            return None
        i = ids[p]
        if i == lex.num_id:
            return p
        flags = lex.flags[i]
        if flags & F_HARD or lex.mdir[i] != 0:
            return None
        plain = not lex.active[i] or lex.figure_mask[i] or flags & (F_SOFT | _PAST) or i == lex.month_id
        if not plain and not (step > 0 and lex.qcode[i] >= 0):
            return None
    return None


def _subject(ids, lex, text, n1: int):
    """The nearest quantity before the number at ``n1`` in its sentence (at most
    :data:`SUBJECT_REACH` tokens), or None."""
    subjects = lex.word_mask(SUBJECTS)
    for p in range(n1 - 1, max(n1 - SUBJECT_REACH, 0) - 1, -1):
        if text[p] != text[n1] or lex.flags[ids[p]] & F_HARD:
            return None
        if lex.qcode[ids[p]] >= 0 or subjects[ids[p]]:  # "order intake": "intake" has no role alone
            return p
    return None


def _unit(ids, lex, p: int):
    """The unit word right after the number at ``p`` ("mn", "percent"), or None."""
    nxt = p + 1
    if nxt < len(ids) and ids[nxt] != lex.num_id and lex.figure_mask[ids[nxt]]:
        return int(ids[nxt])
    return None


def _figure_follows(ids, starts, raw, lex, text, p: int, stop: int | None = None) -> bool:
    """Whether another number (not a year) follows the one at ``p`` in its clause (before a comma or
    the sentence end, at most eight tokens on; before ``stop`` when given: a closing bracket)."""
    n = len(ids) if stop is None else stop
    for q in range(p + 1, min(p + 8, n)):
        if text[q] != text[p] or lex.flags[ids[q]] & (F_HARD | F_SOFT):
            return False
        if ids[q] == lex.num_id and _value(raw, starts, q, len(ids)) is not None:
            return True
    return False


#: the most bytes of a token read as its number (a figure is short; the last token of a batch runs to
#: the end of the buffer)
_LONGEST = 40


def _value(raw, starts, p: int, n: int):
    """The number written at token ``p`` (thousands commas dropped), or None for a year (1900-2100
    written without a decimal point) or a token that is no plain number."""
    end = min(int(starts[p + 1]) if p + 1 < n else len(raw), int(starts[p]) + _LONGEST)
    word = bytes(raw[int(starts[p]):end]).decode("ascii", "replace").split()[0].rstrip("%,.)").replace(",", "")
    try:
        value = float(word)
    except ValueError:
        return None
    if "." not in word and 1900 <= value <= 2100:
        return None
    return value
