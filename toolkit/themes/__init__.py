"""Themes: what a release talks about, and how much.

One file per job:

========================  ===================================================================
``dictionary.py``         ``load_themes`` (the theme dictionary: bundled TOML, your dict, or your
                          TOML file) and ``term_forms`` (the forms a term matches)
``matching.py``           the compiled matcher and its rules; ``theme_matches`` (every match:
                          document, theme, term, matched text, offsets)
``frequency.py``          ``theme_frequency``: per document and theme ``count``, ``per_1k_words``,
                          ``share``
``coverage.py``           ``theme_coverage`` (a ``ThemeCoverage``): how much of the content the
                          themes cover, and what they miss
========================  ===================================================================

Matching rules (one compiled regular expression per dictionary, one ``finditer`` per document) are
in :mod:`toolkit.themes.matching`: case-insensitive, whole words, phrases across line breaks, the
longest term wins, regular plurals through lemmas (``inflect=False`` for exact terms only).
``theme_frequency`` counts ASCII texts with the same matcher on pyarrow's RE2 kernels (private
``_arrow.py``), where RE2 gives exactly ``re``'s counts; other texts take the ``re`` path.

``top_terms``, ``collocations`` and ``tfidf_terms`` are not about themes: they live in
:mod:`toolkit.textstats` and are re-exported here so old code keeps working.

>>> from toolkit.themes import theme_frequency
>>> tf = theme_frequency(["Exports rose; export orders fell."], {"trade": ["export"]})
>>> tf[["theme", "count"]].values.tolist()
[['trade', 2]]
"""
from __future__ import annotations

from toolkit.textstats import collocations, tfidf_terms, top_terms
from toolkit.textstats._tokens import TOKEN_COLUMNS
from toolkit.themes.coverage import ThemeCoverage, theme_coverage
from toolkit.themes.dictionary import load_themes, term_forms
from toolkit.themes.frequency import FREQUENCY_COLUMNS, theme_frequency
from toolkit.themes.matching import MATCH_COLUMNS, theme_matches

__all__ = [
    "load_themes",
    "term_forms",
    "theme_matches",
    "theme_frequency",
    "theme_coverage",
    "ThemeCoverage",
    "FREQUENCY_COLUMNS",
    "MATCH_COLUMNS",
]
# top_terms, collocations, tfidf_terms and TOKEN_COLUMNS stay importable from here for old code; they
# belong to toolkit.textstats (and its __all__), so each public name has one home.
