"""toolkit: read series of economic releases and say how their tone and themes moved.

Every verb takes and returns a pandas DataFrame; plots (``toolkit.plots``) return a
matplotlib ``Axes``. The verbs chain with ``DataFrame.pipe``::

    >>> import toolkit
    >>> corpus = toolkit.load_corpus("data/")            # doctest: +SKIP
    >>> tone = toolkit.document_tone(corpus)             # doctest: +SKIP

One module per pipeline stage, named by what it works on:

========================  ===================================================
``toolkit.corpus``        load_corpus
``toolkit.tokenizing``    sentences, tokens, ngrams, load_stopwords, count_words
``toolkit.sentiment``     score_texts, score_sentences, document_tone,
                          tone_over_time, explain
``toolkit.evaluation``    evaluate (scorers side by side on labelled data)
``toolkit.themes``        load_themes, theme_frequency, theme_coverage,
                          top_terms, collocations, tfidf_terms
``toolkit.compare``       select, redline, redline_html, tone_shift,
                          theme_tone, keyness, timeline, largest_shifts
``toolkit.plots``         figures, each returning an Axes
``toolkit.report``        render_report (``python -m toolkit report``)
========================  ===================================================

Names are imported lazily, so ``import toolkit`` stays fast.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "corpus": ["load_corpus", "CorpusWarning"],
    "tokenizing": ["sentences", "tokens", "ngrams", "load_stopwords", "count_words", "split_sentences"],
    "sentiment": [
        "score_texts",
        "score_sentences",
        "document_tone",
        "tone_over_time",
        "explain",
        "sentence_weights",
        "aggregate_tone",
        "load_lexicon",
    ],
    "evaluation": ["evaluate", "confusion"],
    "themes": [
        "load_themes",
        "theme_frequency",
        "theme_matches",
        "theme_coverage",
        "top_terms",
        "collocations",
        "tfidf_terms",
    ],
    "compare": [
        "select",
        "redline",
        "redline_html",
        "tone_shift",
        "theme_tone",
        "keyness",
        "timeline",
        "largest_shifts",
        "ToneShift",
        "g2_statistic",
    ],
    "report": ["render_report"],
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
_SUBMODULES = {"corpus", "tokenizing", "sentiment", "evaluation", "themes", "compare", "plots", "report", "cache"}

__all__ = sorted(_WHERE) + sorted(_SUBMODULES)


def __getattr__(name: str):
    if name in _WHERE:
        module = importlib.import_module(f"toolkit.{_WHERE[name]}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"toolkit.{name}")
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")


def __dir__():
    return __all__
