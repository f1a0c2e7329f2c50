"""Bytes to text, and text to clean paragraphs: encoding detection, line ends, whitespace, hyphens.

* Encodings (:func:`decode`): UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (only tried when
  the bytes look like double-byte CJK), then cp1252 (latin-1 as the last resort).
* Whitespace (:func:`normalise`): lines inside a paragraph are joined with one space, paragraphs are
  separated by blank lines, runs of spaces collapse. A file without blank lines is one paragraph when
  its lines are short (hard-wrapped, ≤ 120 characters), else one paragraph per line. A file of PDF
  text with a blank line after every wrapped line (a quarter or more of its paragraphs are single
  prose lines left open) has those lines joined back into their paragraphs (:func:`_join_double_spaced`).
  Before that, a sentence cut by a page break (page number, rule, running footer) or a column break
  is joined again (:mod:`toolkit.corpus.page_breaks`); after it, the section headings of a long
  one-line text (the Beige Book's) get a paragraph of their own (:mod:`toolkit.corpus.headings`).
  A word hyphenated across a line break ("longer-\\nterm") is joined as "longer-term"; the same for the
  "longer- term" artefacts of the 2006-2025 FOMC Markdown, except before "and"/"or"/"to"/"nor"
  ("short- and long-term" stays). Non-breaking spaces and hyphens become plain ones; soft hyphens
  and zero-width characters go.
"""
from __future__ import annotations

import re
import unicodedata

from toolkit.corpus.headings import split_run_in_headings
from toolkit.corpus.page_breaks import join_page_breaks

__all__ = ["looks_cjk", "decode", "normalise", "CONTROL"]

_HIGH = re.compile(rb"[\x80-\xff]")
_GB_PAIR = re.compile(rb"[\x81-\xfe][\x40-\x7e\x80-\xfe]")
#: not in text: C0/C1 controls but tab, newlines, form feed
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_BLANK = re.compile(r"\n[ \t]*\n\s*")
#: a paragraph that ends a sentence: end punctuation, then closing quotes, brackets or Markdown emphasis
_ENDED = re.compile(r"[.!?:;][\"'\u201d\u2019)\]*_]*$")
#: a paragraph that opens a block of its own: heading, table, fence, rule, quote, list item, roman numeral
_HARD_BLOCK = re.compile(r"(?:[#|`>]|-{3,})")  # never goes on into the next paragraph
_BLOCK = re.compile(r"(?:[#|`>]|-{3,}|[-*\u2022\u25aa]\s|\(?(?:[0-9]{1,3}|[a-zA-Z]|[ivxIVX]{2,4})[.)]\s|[\u2160-\u217f]+\.)")
_WRAP_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?!(?:and|or|to|nor)\b)(?=[a-z])")
_SPACED_HYPHEN = re.compile(r"- (?!(?:and|or|to|nor)\b)(?=[a-z])")  # starts with a literal: fast scan

_TRANSLATE = {
    0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ", 0x2002: " ", 0x2003: " ", 0x3000: " ",
    0x2010: "-", 0x2011: "-", 0x00AD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None,
    0x2028: "\n", 0x2029: "\n\n",
}


def looks_cjk(data: bytes) -> bool:
    """True when the high bytes come in pairs (double-byte CJK), not as isolated accented letters.

    Most pairs must also start with a GB2312 punctuation or common-hanzi lead byte (0xA1-0xD7), which
    tells Chinese from the rare accent pairs of European text ("Größe" is 0xF6 0xDF in cp1252).

    >>> looks_cjk("中国人民银行".encode("gb18030")), looks_cjk("Größe".encode("cp1252"))
    (True, False)
    """
    sample = data[:8000]
    high = len(_HIGH.findall(sample))
    if high < 4:
        return False
    pairs = [m[0] for m in _GB_PAIR.findall(sample)]  # indexing bytes of a match gives the lead byte
    common = sum(1 for lead in pairs if 0xA1 <= lead <= 0xD7)
    return len(pairs) * 2 >= 0.9 * high and common >= 0.6 * len(pairs)


def _has_cjk(text: str) -> bool:
    """At least two CJK ideographs or CJK/full-width punctuation marks in the first 2000 characters."""
    return sum(1 for ch in text[:2000] if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
               or "\uff00" <= ch <= "\uffef") >= 2


def decode(data: bytes, forced: str | None) -> tuple[str, str]:
    """Return (text, encoding name). Raises UnicodeDecodeError only when a forced codec fails.

    >>> decode("Caf\\u00e9".encode("cp1252"), None)
    ('Café', 'cp1252')
    """
    if forced:
        return data.decode(forced), forced
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]  # a BOM, then bytes that are not UTF-8: detect on the rest
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_cjk(data):
        try:
            text = data.decode("gb18030")
            if _has_cjk(text):
                return text, "gb18030"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _join_hyphen(m: re.Match) -> str:
    """'year- earlier' -> 'year-earlier' (only after a letter; ' - ' dashes stay)."""
    i = m.start()
    return "-" if i and m.string[i - 1].isalpha() else m.group(0)


def _paragraph_split(text: str) -> list[str]:
    """Split stripped ``text`` at blank lines; without any, one paragraph per line when lines are long."""
    if "\n" not in text:
        return [text]
    paras = _BLANK.split(text)
    if len(paras) == 1:
        lines = text.split("\n")
        if max(len(ln) for ln in lines) > 120:  # unwrapped: one paragraph per line
            paras = lines
    elif len(paras := join_page_breaks(paras)) >= 10:  # sentences cut by page breaks first
        paras = _join_double_spaced(paras)
    return paras


def _is_open(p: str) -> bool:
    """One line of prose (40+ characters, no block marker, not title-cased) with no end punctuation."""
    p = p.rstrip()
    if len(p) < 40 or "\n" in p or _ENDED.search(p) or _BLOCK.match(p):
        return False
    words = p.split()
    return sum(w[:1].isupper() for w in words) < 0.45 * len(words)  # "Actions Taken by Other Banks", name lists


def _goes_on(line: str, nxt: str, full: float) -> bool:
    """Whether the one-line paragraph ``line`` is a wrapped line whose sentence goes on in ``nxt``."""
    if _HARD_BLOCK.match(line) or _BLOCK.match(nxt) or not _is_open(line):
        return False
    return len(line.rstrip()) >= full or nxt[:1].islower()


def _join_double_spaced(paras: list[str]) -> list[str]:
    """Rejoin the paragraphs that a blank line after every wrapped line broke (PDF text double-spaced).

    Only in a file where a quarter or more of the paragraphs (and at least 8) are single prose lines
    left open (no end punctuation, not title-cased like a heading): there, an open line as long as a full line (three quarters of the longer open lines'
    length) or followed by a lowercase word goes on in the next paragraph, unless that one opens a
    block of its own (heading, table, list item, rule). Headings and short lines stay apart.

    >>> body = ("Members judged that exports had continued to fall and that investment had",
    ...         "stayed weak, and that growth would remain slow for longer than expected.")
    >>> paras = ["## Minutes"] + list(body) * 8 + ["1. Date of meeting: October 16", "Prices fell."]
    >>> out = _join_double_spaced(paras)
    >>> len(paras), len(out), out[1] == " ".join(body), out[-2:]
    (19, 11, True, ['1. Date of meeting: October 16', 'Prices fell.'])
    >>> _join_double_spaced(["Information on the Actions Taken by Other Central Banks"] * 10)[:2]
    ['Information on the Actions Taken by Other Central Banks', 'Information on the Actions Taken by Other Central Banks']
    """
    need = max(8, 0.25 * len(paras))
    if sum(len(p) >= 40 and p.rstrip()[-1:] not in ".!?:;" for p in paras) < need:
        return paras   # most files: too few paragraphs could be open lines at all (a cheap first look)
    open_ = [_is_open(p) for p in paras]
    if sum(open_) < need:
        return paras
    lengths = sorted(len(p.rstrip()) for p, o in zip(paras, open_) if o)
    full = 0.75 * lengths[(3 * len(lengths)) // 4]
    out = [paras[0]]
    for line, nxt in zip(paras, paras[1:]):
        if _goes_on(line, nxt, full):
            out[-1] = f"{out[-1]} {nxt}"
        else:
            out.append(nxt)
    return out


def normalise(text: str, headings: bool = True) -> list[str]:
    """Return the paragraphs of ``text`` with whitespace normalised (see the module notes); ``headings``:
    give run-in section headings a paragraph of their own (:mod:`toolkit.corpus.headings`).

    >>> normalise("Longer-\\nterm rates\\nrose.\\r\\n\\r\\nBoth short- and long-term fell.")
    ['Longer-term rates rose.', 'Both short- and long-term fell.']
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    if "-\n" in text or "- \n" in text:
        text = _WRAP_HYPHEN.sub("-", text)
    text = text.strip()
    out = []
    for p in _paragraph_split(text):
        if "  " in p or "\n" in p or "\t" in p or "\x0b" in p or "\x0c" in p:
            p = " ".join(p.split())
        if p:
            if "- " in p:
                p = _SPACED_HYPHEN.sub(_join_hyphen, p)
            out.append(p)
    return split_run_in_headings(out) if headings else out
