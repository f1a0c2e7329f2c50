"""Markdown: YAML front matter (every field becomes a column; ``date``, ``title``, ``source`` used),
a first heading as the title, emphasis and links reduced to their text.

Front matter is read in any text file that starts with ``---`` (also ``.txt``); such a file gets
format "markdown". The reader itself is :func:`toolkit.corpus.readers.text.read_markdown`, which
shares the steps of every text-like file; this module holds the Markdown-specific ones.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from toolkit.corpus.columns import free_name
from toolkit.corpus.dates import coerce_date

__all__ = ["split_front_matter", "read_front_matter", "markdown_paragraphs", "strip_links"]

_FM_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


@lru_cache(maxsize=1)
def _yaml_loader():
    """PyYAML's safe loader with timestamps kept as text: ``date: 2023-02-30`` would otherwise fail the
    whole front matter (title, source and all); as text it is one date problem, read by ``coerce_date``."""
    import yaml

    class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        pass

    _Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return _Loader


def split_front_matter(body: str) -> tuple[str | None, str]:
    """(front matter text, rest) of ``body``; (None, body) when it does not open with a ``---`` block.

    >>> split_front_matter("---\\ntitle: T\\n---\\nBody.")
    ('title: T\\n', '\\nBody.')
    """
    if not body.startswith("---"):
        return None, body
    end = _FM_END.search(body[3:])
    first_nl = body.find("\n")
    if end and first_nl != -1 and body[:first_nl].strip() == "---":
        return body[first_nl + 1: end.start() + 3], body[end.end() + 3:]
    return None, body


def _parse_yaml(fm_text: str, problems: list[str]) -> dict:
    """The front matter as a mapping; a bad one is a reported problem and an empty mapping."""
    try:
        import yaml
        fm = yaml.load(fm_text, Loader=_yaml_loader()) or {}
        if not isinstance(fm, dict):
            raise ValueError("front matter is not a mapping")
    except Exception as exc:  # noqa: BLE001 - a bad header is a reported problem, not a crash
        fm = {}
        problems.append(f"front matter is not valid YAML ({type(exc).__name__}); ignored")
    return fm


def read_front_matter(fm_text: str, article, dayfirst: bool = True) -> None:
    """Fill ``article`` from the front matter: date, title, source; every other field into ``meta``."""
    for k, v in _parse_yaml(fm_text, article.problems).items():
        k = str(k)
        if k == "date":
            article.date = coerce_date(v, dayfirst)
            if article.date is None and v is not None:
                article.problems.append(f"front-matter date {v!r} not understood")
        elif k == "title":
            article.title = "" if v is None else str(v)
        elif k == "source":
            article.source = "" if v is None else str(v)
        else:
            if isinstance(v, (_dt.date, _dt.datetime)):
                v = v.isoformat()
            article.meta[free_name(k)] = v


def markdown_paragraphs(paras: list[str], title: str) -> tuple[list[str], str]:
    """Paragraphs without heading marks and bold/underline emphasis, and the title: the first heading
    becomes it (and leaves the text) when the article has none yet.

    >>> markdown_paragraphs(["# Statement", "The **Committee** met."], "")
    (['The Committee met.'], 'Statement')
    """
    cleaned = []
    for p in paras:
        h = _MD_HEADING.match(p)
        if h:
            p = h.group(1)
            if not title and not cleaned:
                title = p
                continue
        if "**" in p or "__" in p:
            p = _MD_EMPH.sub(r"\2", p)
        if p:
            cleaned.append(p)
    return cleaned, title


def _link_text(m: re.Match) -> str:
    return m.group(1) or ""


def strip_links(paras: list[str]) -> list[str]:
    """Markdown links reduced to their text, images dropped (they also occur in plain-text releases).

    >>> strip_links(["See [the statement](http://x) ![chart](c.png)"])
    ['See the statement']
    """
    return [(_MD_LINK.sub(_link_text, p).strip() if "](" in p else p) for p in paras]
