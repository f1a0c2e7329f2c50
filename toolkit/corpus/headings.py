"""Section headings run into the next sentence, given back their own paragraph.

The Beige Book files are one line each: the scraper dropped the line break after every section heading,
so "... were flat. Construction and Real Estate Activity Residential construction remained depressed,
..." reads as one sentence that starts with the heading, and the heading's words join its tone and
themes. :func:`split_run_in_headings` finds such headings and puts each in a paragraph of its own (a
paragraph break always ends a sentence, so the heading becomes a short sentence row of its own).

A heading is a run of capitalised words (joined by "and", "of", "&", commas or hyphens) at the start
of the text or after a sentence end, followed by the capitalised first word of a sentence and then a
lower-case word: "Banking and Finance | A survey of senior loan officers ...". Title-case headings
("Consumer Spending and Tourism") and upper-case ones ("REAL ESTATE AND CONSTRUCTION") both occur.
The sentence starts at the first function word inside the run ("Overview | The Tenth District ..."),
else at the run's last word, moved back over the names before it ("Retail | Third District
retailers ..."). What keeps ordinary sentences whole:

* the run must not start with a function word: the bundled stopwords (``toolkit/data/stopwords.txt``)
  and the quantifiers, number words and ordinals the list leaves out ("The Tenth District ...",
  "Most Districts reported ...", "First District contacts ...");
* names stay with their sentence: a word the text writes with a capital inside a sentence ("... in
  the Kansas City District") is a name; names listed together go together ("Boston, Chicago, and New
  York reported ..." is not cut), a heading word is never a name, and a heading of words the text never
  writes in lower case before a name is a name too ("Professor | Samuelson", "Chairman Alan | Greenspan");
* no cut after an abbreviation ("St. Louis ...", "U.S. Department ..."), inside a phrase the text uses
  elsewhere ("Real GNP ...", "most Districts"), after a possessive, a dangling hyphen or a one- or
  two-letter word ("Minnesota's", "Fargo- Moorhead", "Ma Jiantang"), or before a comma unless a function
  word opens the sentence ("San Francisco, for example, ..." stays; "Prices | Overall, prices rose" cuts);
* a heading has at most eight capitalised words.

A capitalised subject that the text never writes elsewhere ("Consumer Sentiment is still weak" with
no other "consumer sentiment") can still be cut; on the Beige Book a reviewed sample of 100 cuts held
one wrong one, and a heading that is a single name before a name ("Finance | District loan officers",
"finance" never in lower case) is left in its sentence.

Only long single-paragraph texts are read (a file whose lines were all run together, 1,000 characters
or more): in a text with paragraph breaks, headings already have their own lines. One-line texts of
more than 100,000 characters are left whole too: every heading word is looked up over the whole text,
so the cost would grow with the square of its length (a Beige Book report is at most 25,000).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from importlib import resources

__all__ = ["split_run_in_headings"]

_WORD = r"[A-Z][A-Za-z'&-]*"
#: the runs' patterns never give back a letter or a space once taken (possessive ``*+``, ``++``: what
#: follows a word or a space is never a letter or a space of its own), so a sentence start that is no
#: run fails at once instead of retrying every shorter word: the same matches, in half the time
_RUN_WORD = _WORD + "+"
_LINK = r"(?:,?\s++(?:and|of|AND|OF|&)\s++|,\s++|\s++)"
_TAIL = rf"((?:{_RUN_WORD}{_LINK})+{_RUN_WORD})(?=,?\s+[a-z])"
#: where a heading may be: at the text's start or after end punctuation (and closing quotes) and a
#: space, a run of capitalised words, then one lower-case word (maybe after a comma: "Hot, dry ...")
_RUN = re.compile(rf"[.!?][\"'\u201d\u2019)\]]*+\s++{_TAIL}")
#: the same after a period: a text without "!" or "?" is scanned with it (``re`` finds a first
#: character given as a literal much faster than one of a set)
_RUN_DOT = re.compile(rf"\.[\"'\u201d\u2019)\]]*+\s++{_TAIL}")
_FIRST_RUN = re.compile(rf"\s*+{_TAIL}")
_TOKEN = re.compile(rf"{_WORD}|,|\band\b|\bof\b|&")
_LINKS = frozenset({",", "and", "of", "&", "AND", "OF"})
#: words that open a sentence but never a heading, besides the stopwords: the quantifiers and sentence
#: adverbs the stopword list leaves out on purpose (they carry tone), number words and ordinals ("Most
#: Districts reported ...", "First District contacts ...", "Overall District activity ...")
_QUANTIFIERS = frozenset("many several most more few fewer less only no not overall last next two three four "
                         "five six seven eight nine ten eleven twelve first second third fourth fifth sixth "
                         "seventh eighth ninth tenth eleventh twelfth".split())
_CAMEL = re.compile(r"[a-z][A-Z]")         # "EnergyA": words run together, not a heading
_MIN_CHARS = 1000
#: longer one-line texts are left as they are: each heading word is looked up over the whole text, so
#: the cost grows with the square of its length (a Beige Book report is at most about 25,000 characters)
_MAX_CHARS = 100_000
_MAX_WORDS = 8
_MAX_RUN = 24           # words and links in a run: a heading, then the names its sentence opens with


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Words that start a sentence, not a heading: the bundled stopwords (``toolkit/data/stopwords.txt``,
    the tokenizer's list) and :data:`_QUANTIFIERS`, lower-cased."""
    text = (resources.files("toolkit") / "data" / "stopwords.txt").read_text(encoding="utf-8")
    words = {w for line in text.splitlines() if (w := line.split("#", 1)[0].strip().lower())}
    return frozenset(words | _QUANTIFIERS)


def _is_word_char(char: str) -> bool:
    """What ``re`` counts as a word character (``\\w``): a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case between word boundaries (``\\b``: "retail" for
    "Retail"); found with ``str.find``, which needs no pattern compiled per word."""
    low = word.lower()
    n = len(low)
    at = text.find(low)
    while at != -1:
        end = at + n
        if (at == 0 or not _is_word_char(text[at - 1])) and \
                _is_word_char(low[-1]) != (end < len(text) and _is_word_char(text[end])):
            return True
        at = text.find(low, at + 1)
    return False


class _Names:
    """The words a text writes with a capital inside a sentence (names: "Kansas", "City", "Third"):
    after a lower-case word (not "and"/"of", which also link the words of a heading), a comma or a
    digit, maybe behind other capitalised words ("in Kansas City"). ``word in names`` looks the word up
    in the text when first asked (a few words per heading: faster than listing every name)."""

    def __init__(self, text: str):
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if word not in self.known:
            self.known[word] = self._inside(word)
        return self.known[word]

    def _inside(self, word: str) -> bool:
        """Whether ``word`` follows a space and prose somewhere, as a whole word (not before a letter,
        digit, apostrophe, "&" or hyphen)."""
        text, n = self.text, len(word)
        at = text.find(word, 1)             # the word, not " " + word: its capital makes the search fast
        while at != -1:
            end = at + n
            if text[at - 1] == " " and (end == len(text) or not (text[end].isalnum() or text[end] in "'&-")) \
                    and self._after_prose(at - 1):
                return True
            at = text.find(word, end)
        return False

    def _after_prose(self, space: int) -> bool:
        """Whether the words before ``text[space]`` (past any capitalised ones) are inside a sentence."""
        text = self.text
        while space > 0:
            last = text[space - 1]                   # the word's last character (a space: no word)
            if last in " ,;)" or last.isdigit():
                return True
            if last in ".!?:\"'":
                return False
            start = text.rfind(" ", 0, space) + 1
            token = text[start:space]
            if token[0].isupper():
                space = start - 1                    # a capitalised word of the same name: look further back
                continue
            return token[0].islower() and token not in ("and", "of")
        return False


def _sentence_start(words: list[str], names: _Names) -> tuple[int, bool]:
    """(index of the run's word that starts the sentence, whether a function word says so)."""
    openers, opener = _openers(), None
    if not openers.isdisjoint(map(str.lower, words[1:])):   # at C speed: most runs hold no function word
        opener = next((i for i in range(1, len(words)) if words[i].lower() in openers and words[i] not in _LINKS
                       and words[i - 1] not in _LINKS), None)   # not "Manufacturing and Other Business ..."
    if opener is not None:                  # "Overview The Tenth District economy ..."
        return opener, True
    k = len(words) - 1                      # else the word before the lower-case one ...
    while k > 0:                            # ... with the names before it: "Retail | Third District ..."
        if words[k - 1] in _LINKS:          # and what they are listed with: "Boston and | Chicago ..."
            k -= 2
        elif words[k - 1] in names:
            k -= 1
        else:
            break
    return max(k, 0), False


def _heading_end(words: list[str], names: _Names, text: str, lower: str, comma: bool) -> int:
    """How many of the run's ``words`` form the heading (0: none) in ``text`` (``lower``: lower-cased);
    ``comma``: a comma follows the run ("Retail Overall, nonauto sales ..."). The caller has checked
    that the run does not open with a function word ("The Tenth District ...")."""
    k, by_opener = _sentence_start(words, names)
    if comma and not by_opener:
        return 0                            # "San Francisco, for example, ...", "Southern Company, parent ..."
    heading = words[:k]
    if not heading or heading[-1] in _LINKS:
        return 0
    caps = [w for w in heading if w not in _LINKS]
    if len(caps) > _MAX_WORDS or any(w.endswith(("'s", "-")) or (len(w) < 3 and not w.isupper()) for w in caps):
        return 0                            # a name: "Minnesota's", "Fargo- Moorhead", "Ma | Jiantang was ..."
    if _CAMEL.search(" ".join(caps + words[k:k + 1])) or any(w in names for w in caps):
        return 0
    if by_opener:
        return k
    pair = f"{heading[-1]} {words[k]}".lower()
    if lower.find(pair, lower.find(pair) + 1) != -1:
        return 0                            # a phrase the text uses elsewhere: "Real GNP", "most Districts"
    if words[k] in names and not any(_written_lower(w, text) for w in caps):
        return 0                            # a name before a name: "Professor | Samuelson", "Chairman Alan | Greenspan"
    return k


def _after_abbreviation(text: str, at: int) -> bool:
    """Whether the period before ``at`` closes an abbreviation ("St. Louis", "U.S. Department")."""
    before = re.split(r"[^\w.]", text[max(0, at - 12):at].rstrip())  # "Mingkang,Mr." -> "Mr."
    word = before[-1] if before else ""
    return "." in word[:-1] or (word[:1].isupper() and len(word) <= 4)


def _cuts(text: str) -> list[tuple[int, int]]:
    """(where a run-in heading starts, where its sentence starts) for each heading of ``text``."""
    names = lower = None
    out, openers = [], _openers()
    first = _FIRST_RUN.match(text)
    run = _RUN if "!" in text or "?" in text else _RUN_DOT
    for m in ([first] if first else []) + list(run.finditer(text)):
        words = _TOKEN.findall(m.group(1))
        if len(words) > _MAX_RUN or words[0].lower() in openers:
            continue                        # a title-cased passage, or a sentence: "The Tenth District ..."
        if m is not first and _after_abbreviation(text, m.start() + 1):
            continue
        if names is None:
            names, lower = _Names(text), text.lower()
        at = m.start(1)
        k = _heading_end(words, names, text, lower, text.startswith(",", m.end(1)))
        if k:
            out.append((at, at + next(islice(_TOKEN.finditer(m.group(1)), k, None)).start()))
    return out


def split_run_in_headings(paras: list[str]) -> list[str]:
    """The paragraphs with every run-in heading of a long one-paragraph text in a paragraph of its own.

    >>> text = ("Rents were flat in most of the Kansas City District. " * 20 +
    ...         "Banking and Finance A survey of senior loan officers found weaker demand. "
    ...         "Kansas City bankers said loan quality held up.")
    >>> out = split_run_in_headings([text])
    >>> out[1:]
    ['Banking and Finance', 'A survey of senior loan officers found weaker demand. Kansas City bankers said loan quality held up.']
    """
    if len(paras) != 1 or not _MIN_CHARS <= len(paras[0]) <= _MAX_CHARS:
        return paras
    text = paras[0]
    cuts = _cuts(text)
    if not cuts:
        return paras
    out, last = [], 0
    for head, sentence in cuts:
        out += [text[last:head].rstrip(), text[head:sentence].rstrip()]
        last = sentence
    out.append(text[last:])
    return [p for p in out if p]
