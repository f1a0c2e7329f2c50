"""Sentences cut by a page or column break, joined again.

PDF text keeps the page furniture where the page ended, often in the middle of a sentence: Bank of
Korea minutes read "... inflation this year had been" / ``3`` / ``-----`` / "adjusted downward ...",
National Bank of Poland minutes add the page footer (a letter-spaced address line, "b l"), and the
two-column Bank of Mexico minutes leave a blank line where a column ended ("... is subject to" /
"uncertainty and that risks ..."). Every blank line ends a paragraph, and a paragraph break ends a
sentence, so each such sentence came out as two halves.

:func:`join_page_breaks` works on the paragraphs of one text (split at blank lines, before their
whitespace is normalised). A *page break* is a run of furniture with at least one page mark, a page
number ("3", "- 3 -", "Page 3 of 9") or a rule (``-----``, ``___``, a form feed); other furniture is a
letter-spaced line ("u l. S w i e to k rz ys k a"), a short line the text repeats three times or more
(a running header) or a short line of mostly figures (an address footer). Furniture lines at the end
of the paragraph before or the start of the one after count too.

A paragraph of prose that ends open (no end punctuation; not a heading, table or fence; not
title-cased; mostly words) and the next paragraph are one paragraph again when the next goes on with
the sentence: it starts with a lower-case word (behind Markdown emphasis or a stray ``######``; a
long open line of prose the converter marked as a heading before a lower-case line loses its ``#``), or,
across a page break, the open one ends on a function word or a comma ("... agreed to hold the" /
"Bank of Korea Base Rate ..."). A list item, a table or a heading never goes on a sentence. A
paragraph that ends at a page break ends with its punctuation and stays apart, and furniture that
does not cut a sentence stays where it is.

The furniture between the halves moves after the joined paragraph, where the folder-wide chrome step
(:mod:`toolkit.corpus.chrome`) takes out the page marks it finds repeated and counts them in
``chrome_removed``; only between two lines of a double-spaced text is it dropped (a paragraph after
the line would cut its sentence again). Without furniture, a blank line is a column break after a
paragraph of several lines, or after the first line of a numbered paragraph ("29. The Copom
considers ..."); a single open line of prose is a double-spaced PDF line, and
:func:`toolkit.corpus.normalize._join_double_spaced` decides those with the whole file in view.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["join_page_breaks"]

_PAGE_NUMBER = re.compile(r"[-\u2013\u2014(\s]*(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?[-\u2013\u2014)\s]*",
                          re.IGNORECASE)
_RULE = re.compile(r"\s*(?:-{3,}|_{3,}|\*{3,}|={3,}|\f)\s*")
#: a paragraph that ends a sentence: end punctuation, then closing quotes, brackets or Markdown emphasis
_ENDED = re.compile(r"[.!?:;][\"'\u201d\u2019)\]*_]*\s*$")
#: a paragraph that is a block of its own: heading, table, fence, quote, list item, numbered item (the
#: hard ones never go on into the next paragraph; a list item may)
_HARD_BLOCK = re.compile(r"\s*(?:[#|`>]|-{3,})")
_BLOCK = re.compile(r"\s*(?:[#|`>]|-{3,}|[-*\u2022\u25aa]\s|\(?(?:[0-9]{1,3}|[a-zA-Z]|[ivxIVX]{2,4})[.)]\s|[\u2160-\u217f]+\.)")
#: a continuation line the converter took for a heading: "###### a solid improvement in ..."
_MARKED_CONTINUATION = re.compile(r"#{1,6}\s+(?=[a-z])")
#: a heading marker; on a long open line of prose followed by a lower-case one, the converter's mistake
_MARKED_LINE = re.compile(r"#{1,6}\s+")
_LAST_WORD = re.compile(r"([A-Za-z']+|,)\W*$")
_MAX_FURNITURE = 6      # paragraphs in one page break (a footer, a page number, a rule, a header)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The bundled stopwords (``toolkit/data/stopwords.txt``, the tokenizer's list): words that do not
    end a sentence."""
    text = (resources.files("toolkit") / "data" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip().lower()))


def _marks_page(line: str) -> bool:
    """A page number or a rule (Markdown emphasis aside): what makes a run of furniture a page break."""
    line = line.strip().replace("*", "") if "*" in line and not _RULE.fullmatch(line) else line.strip()
    return len(line) <= 24 and bool(_PAGE_NUMBER.fullmatch(line) or _RULE.fullmatch(line))


def _letter_spaced(p: str) -> bool:
    """A footer set in spaced letters, as PDF text gives it: most tokens one or two characters."""
    tokens = p.split()
    return len(tokens) >= 2 and sum(len(t) <= 2 for t in tokens) >= 0.6 * len(tokens)


def _open_prose(p: str) -> bool:
    """Prose that stops in the middle of a sentence: no end punctuation, not a heading or table (a list
    item may go on), not title-cased, mostly words."""
    words = p.split()
    if len(words) < 4 or _ENDED.search(p) or _HARD_BLOCK.match(p) or _marks_page(p.rsplit("\n", 1)[-1]):
        return False
    words = p.rsplit("\n", 1)[-1].split() if "\n" in p else words
    if sum(w.strip(",;()*_").isalpha() for w in words) < 0.5 * len(words):
        return False                        # a footer, a row of figures
    return sum(w[:1].isupper() for w in words) < 0.45 * len(words)


def _goes_on(prev: str, nxt: str, page: bool) -> bool:
    """Whether paragraph ``nxt`` continues the sentence that the open paragraph ``prev`` left off;
    ``page``: a page break lies between them (else a blank line only)."""
    if not nxt or _BLOCK.match(nxt) or len(nxt.split()) < 2:
        return False
    if nxt.lstrip("*_")[:1].islower():     # behind Markdown emphasis too: "**members mentioned ..."
        return True
    last = _LAST_WORD.search(prev)
    return (page and nxt[:1].isalpha() and last is not None and _open_prose(nxt.split("\n", 1)[0] + " x x x")
            and (last.group(1) == "," or last.group(1).lower() in _function_words()))


def _false_heading(p: str, nxt: str) -> bool:
    """A wrapped line the PDF converter marked as a heading: ``#``, then eight or more words of prose
    left open, and the next paragraph goes on in lower case ("###### Another member advocated the need
    for maintaining the Base Rate at" / "its current level ...")."""
    if p[:1] != "#" or not nxt.lstrip("*_ ")[:1].islower():
        return False
    line = _MARKED_LINE.sub("", p, count=1)
    return line != p and "\n" not in line.strip() and len(line.split()) >= 8 and _open_prose(line)


def _repeated(paras: list[str]) -> set[str]:
    """Short lines the text has three times or more (running headers and footers)."""
    seen: dict[str, int] = {}
    for p in paras:
        for line in p.split("\n"):
            line = line.strip()
            if 10 <= len(line) <= 120:
                seen[line] = seen.get(line, 0) + 1
    return {line for line, n in seen.items() if n >= 3}


def _furniture(line: str, repeated: set[str], figures: bool = True) -> bool:
    """A line of page furniture: page number, rule, running header or footer, letter-spaced footer, or
    (``figures``: a paragraph of its own) a short line of mostly figures and signs (an address footer:
    "00 919 Warszawa ... phone (22) 826 99 55"; a line of figures inside a paragraph is text)."""
    line = line.strip()
    if not line or _marks_page(line) or line in repeated or _letter_spaced(line):
        return True
    tokens = line.split()
    return (figures and len(line) <= 120 and "|" not in line
            and sum(t.isalpha() for t in tokens) < 0.5 * len(tokens))


def _trim(p: str, repeated: set[str], end: bool) -> tuple[str, list[str]]:
    """(``p`` without the furniture lines at its end (``end``) or start, those lines)."""
    lines = p.strip().split("\n")
    k = len(lines) if end else 0
    while (k > 1 if end else k < len(lines) - 1) and _furniture(lines[k - 1 if end else k], repeated, False):
        k += -1 if end else 1
    cut = lines[k:] if end else lines[:k]
    return "\n".join(lines[:k] if end else lines[k:]), cut


def _page_break(paras: list[str], i: int, repeated: set[str]) -> tuple[int, bool]:
    """(index after the run of furniture paragraphs from ``paras[i]``, whether it has a page mark)."""
    j, marked = i, False
    while j < len(paras) and j - i < _MAX_FURNITURE and all(_furniture(ln, repeated) for ln in paras[j].split("\n")):
        marked = marked or any(_marks_page(ln) for ln in paras[j].split("\n"))
        j += 1
    return j, marked


def _joined(prev: str, paras: list[str], i: int, repeated: set[str]) -> tuple[str, int, list[str]] | None:
    """(``prev`` and the paragraph that goes on with its sentence, index after it, the page furniture
    between them), or None."""
    core, before = _trim(prev, repeated, end=True)
    if not _open_prose(core):
        return None
    j, marked = _page_break(paras, i, repeated)
    if j >= len(paras):
        return None
    nxt, after = _trim(paras[j], repeated, end=False)
    nxt = _MARKED_CONTINUATION.sub("", nxt, count=1)
    furniture = ["\n".join(before)] * bool(before) + paras[i:j] + ["\n".join(after)] * bool(after)
    if not (marked or any(_marks_page(line) for line in before + after)):
        core, nxt, furniture = prev.strip(), paras[j].strip(), []   # no page mark: nothing is furniture
        if j > i or not _open_prose(core) or ("\n" not in core and not _BLOCK.match(core)):
            return None     # one open line: _join_double_spaced's (it leaves list items: "29. The Copom ...")
    if not _goes_on(core, nxt, bool(furniture)):
        return None
    sep = "\n" if "\n" in core else " "              # one line stays one line for _join_double_spaced
    return f"{core}{sep}{nxt}", j + 1, furniture


def join_page_breaks(paras: list[str]) -> list[str]:
    """The paragraphs with every sentence that a page or column break cut joined again (module notes).

    >>> paras = ["The member said that inflation this year had been", "3", "-----",
    ...          "adjusted downward from the January forecast.", "4", "-----", "Members agreed."]
    >>> join_page_breaks(paras)
    ['The member said that inflation this year had been adjusted downward from the January forecast.', '4', '-----', 'Members agreed.']
    >>> join_page_breaks(["Members noted that demand\\nhad been weaker and that", "3", "exports had held up."])
    ['Members noted that demand\\nhad been weaker and that\\nexports had held up.', '3']
    """
    if len(paras) < 2:
        return paras
    paras = [_MARKED_LINE.sub("", p, count=1) if _false_heading(p, nxt) else p for p, nxt in zip(paras, paras[1:])
             ] + paras[-1:]
    repeated = _repeated(paras)
    out: list[str] = []
    moved: list[str] = []       # furniture taken from inside a paragraph, put back after it
    i = 0
    while i < len(paras):
        joined = _joined(out[-1], paras, i, repeated) if out else None
        if joined is None:
            out += moved + [paras[i]]
            moved, i = [], i + 1
        else:
            out[-1], i, furniture = joined
            if "\n" in out[-1]:    # lines of a paragraph: the page furniture follows it (for chrome to count)
                moved += furniture  # a double-spaced line: dropped, a paragraph after it would cut it again
    return out + moved
