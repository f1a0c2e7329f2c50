"""The theme dictionary: loading it (bundled TOML, your dict, your TOML file), checking it, and the
surface forms each term matches.

- :func:`load_themes` -- ``{theme: [term, ...]}``, whitespace-normalised, with a warning for a theme
  without terms and for a term listed twice (it counts for its first theme only);
- :func:`term_forms` -- the forms a term matches: itself and, with ``inflect``, the regular plural
  of its last word when simplemma agrees (see :mod:`toolkit.themes.matching` for the rules).
"""
from __future__ import annotations

import os
import re
import tomllib
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

__all__ = ["load_themes", "term_forms"]

_BUNDLED = "themes.toml"


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


def _key(text: str) -> str:
    """Normalised lookup key of a term or a matched span: case-folded, single spaces, straight apostrophes."""
    return " ".join(text.replace("’", "'").casefold().split())


_CONSONANT_Y = re.compile(r"[^aeiou]y$")


@lru_cache(maxsize=None)
def _plurals(word: str) -> tuple[str, ...]:
    """Regular plurals of a lower-case word that simplemma agrees on (see the module docstring);
    simplemma's answers come through the lemma table in the cache folder."""
    from toolkit.tokenizing import _lemmas

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
        lemma = _lemmas.lemmatize([cand])[0].casefold()
        if lemma == word or (lemma == cand and not _lemmas.is_known(cand)):
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
