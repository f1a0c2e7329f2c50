"""The seed trade-press format: ``date YYYY-MM-DD <Source> <body…>`` at the top of a text file.

As in ``data/000_bc21e2d4d2f283e7.txt``: the header line gives the date and the source, then the
body; an ``(Edited by …)`` line (kept as ``editor``) and a ``Note: The picture is for non-commercial
use…`` line (dropped) are boilerplate rules. Where the source name ends is decided by a list of known
names (``toolkit/data/known_sources.txt`` plus ``sources=``), or else by a rule: the source is the run
of capitalised words before the first word that starts a sentence ("On", "The", a month, a number,
...); such guesses are flagged in ``problems``.
"""
from __future__ import annotations

import re

from toolkit.corpus.dates import MONTHS, valid

__all__ = ["SEED_HEAD", "split_source", "seed_header"]

SEED_HEAD = re.compile(r"\s*date\s*:?\s*((?:19|20)\d\d)([-/.])(\d\d)\2(\d\d)(?!\d)[ \t]*", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")

# words that start a sentence (so they end a source name in the seed header), lower-cased
_STARTERS = frozenset("""
on the in at a an as after since this that these those recently today yesterday last with for from by
it its we our according amid despite during while when recent over under following due data figures
earlier more some many several according chinese china's there here new early late first
""".split()) | frozenset(MONTHS) | frozenset(m[:3] for m in MONTHS)
_STARTERS = _STARTERS - {"china", "new"}  # "China Daily", "New York Times"
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "on-line"})
_SEPARATOR_TOKENS = frozenset({"|", "-", "--", "–", "—", ":", "/", "•", "·"})


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _known_source(rest: str, known: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(source, body, 'known') when ``rest`` starts with a known name followed by a non-alphanumeric."""
    for name in known:  # case-sensitive: "The Paper" is an outlet, "The paper industry" is not
        n = len(name)
        if rest.startswith(name) and (len(rest) == n or not rest[n].isalnum()):
            body = rest[n:].lstrip(" :|-–—•·")
            return rest[:n], body, "known"
    return None


def _drop_connectors(src: list[str], body_start: int) -> int:
    """Pop trailing "of"/"and"… from ``src``; return the body start moved back by as many tokens."""
    while src and src[-1].lower() in _CONNECTORS:
        src.pop()
        body_start -= 1
    return body_start


def _source_by_rule(tokens: list[str]) -> tuple[list[str], int]:
    """The capitalised run of ``tokens`` that names the source, and the index where the body starts.

    Reads token by token: a separator ("|", "-", ":"…), a sentence starter, a number, a "Name:" or a
    word ending a sentence ends the source; a lower-case word means the last capitalised word (before
    any "of"/"and") already started the sentence.
    """
    src: list[str] = []
    body_start = len(tokens)
    for i, tok in enumerate(tokens):
        if tok in _SEPARATOR_TOKENS and src:
            return src, i + 1
        bare = tok.rstrip(":|")
        lw = bare.lower().strip("\"'“”‘’(")
        if i > 0 and (lw in _STARTERS or (tok[:1].isdigit() and not _ORDINAL.match(tok))):
            return src, i
        if tok.endswith(":") and bare[:1].isupper():
            src.append(bare)
            return src, i + 1
        if i > 0 and tok[-1:] in ",.;!?":
            return src, i
        if bare[:1].isupper() or _ORDINAL.match(bare) or (src and lw in _CONNECTORS) or _is_cjk(bare[:1]):
            src.append(tok)
            continue
        body_start = _drop_connectors(src, i)
        if len(src) > 1:
            src.pop()
            body_start -= 1
        return src, body_start
    return src, body_start


def split_source(rest: str, known: tuple[str, ...]) -> tuple[str, str, str]:
    """Split ``"<Source> <body>"`` into (source, body, rule) where rule is 'known' or 'rule' or ''.

    >>> split_source("Sino Steel Weekly: Output rose", ())
    ('Sino Steel Weekly', 'Output rose', 'rule')
    >>> split_source("Xinhua BEIJING, March 5 -- ...", ("Xinhua",))[::2]
    ('Xinhua', 'known')
    """
    found = _known_source(rest, known)
    if found is not None:
        return found
    tokens = rest.split(" ")
    src, body_start = _source_by_rule(tokens)
    body_start = _drop_connectors(src, body_start)
    if not src or len(src) > 8 or (len(src) == 1 and src[0].lower() in _STARTERS):
        return "", rest, ""
    return " ".join(src), " ".join(tokens[body_start:]), "rule"


def seed_header(paras: list[str], opts, article) -> list[str]:
    """Read a seed header from the first paragraph into ``article``; return the paragraphs of the body.

    Without a header the paragraphs come back unchanged. With one, ``article`` gets format "seed", the
    header date (a problem when it is not a real date), the source (a problem when guessed by rule or
    not found) and ``source_rule`` ('known', 'rule' or 'none').
    """
    m = SEED_HEAD.match(paras[0])
    if not m:
        return paras
    article.fmt = "seed"
    article.date = valid(int(m[1]), int(m[3]), int(m[4]))
    if article.date is None:
        article.problems.append(f"header date {m[1]}-{m[3]}-{m[4]} is not a real date")
    src, first, rule = split_source(paras[0][m.end():], opts.sources)
    if rule == "rule":
        article.problems.append(f"source {src!r} guessed by rule; if wrong, pass sources=[...]")
    elif not rule:
        article.problems.append("source name not recognised; pass sources=[...]")
    article.source = src
    article.meta["source_rule"] = rule or "none"
    return ([first] if first else []) + paras[1:]
