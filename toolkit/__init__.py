"""toolkit: read series of economic releases and say how their tone and themes moved.

Every verb takes and returns a pandas DataFrame; plots (``toolkit.plots``) return a
matplotlib ``Axes``. The verbs chain with ``DataFrame.pipe``::

    >>> import toolkit
    >>> corpus = toolkit.load_corpus("data/")            # doctest: +SKIP
    >>> tone = toolkit.document_tone(corpus)             # doctest: +SKIP

One package per pipeline stage, named by what it works on; each lists its verbs in its
``__all__``, and the top-level names are exactly those lists (``toolkit.__all__``):

========================  ===================================================
``toolkit.corpus``        load releases from files and folders
``toolkit.tokenizing``    sentences, tokens, n-grams, stopwords, the word rule
``toolkit.tone``          the outlook scorer, its baselines, document tone
``toolkit.evaluation``    scorers side by side on labelled sentences; two
                          annotations compared (``toolkit/agreement.py``)
``toolkit.themes``        theme dictionaries and theme counts
``toolkit.policy``        policy decisions and votes read from the releases
``toolkit.textstats``     top terms, collocations, tf-idf, keyness
``toolkit.compare``       one release against another; timelines of a series
``toolkit.plots``         figures, each returning an Axes
``toolkit.report``        render the notebook reports (``python -m toolkit report``)
``toolkit.nb``            what the report notebooks call
``toolkit.cache``         cached loading, both cores (``map_documents``)
``toolkit.dask``          the same verbs on a Dask cluster (optional extra)
========================  ===================================================

Names are imported on first use, so ``import toolkit`` stays fast. Two private modules serve every
stage: ``toolkit/pool.py`` (both cores: threads for numpy and RE2 work, forked processes for Python
work, and when each pays) and ``toolkit/_memory.py`` (how the verbs get fresh memory cheaply).
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: The stages whose ``__all__`` make the top-level names, in the order of the pipeline.
STAGES = ("corpus", "tokenizing", "tone", "evaluation", "themes", "policy", "textstats", "compare", "report")
_SUBMODULES = frozenset(STAGES) | {"plots", "nb", "cache", "dask", "sentiment"}
_where: dict[str, str] = {}


def _exports() -> dict[str, str]:
    """Map each public name to its stage, from the stages' ``__all__`` (imported once)."""
    if not _where:
        for stage in STAGES:
            for name in importlib.import_module(f"toolkit.{stage}").__all__:
                _where.setdefault(name, stage)
    return _where


def __getattr__(name: str):
    if name == "__all__":
        return sorted(_exports()) + sorted(STAGES)
    if name in _SUBMODULES:
        return importlib.import_module(f"toolkit.{name}")
    if not name.startswith("__") and name in _exports():
        value = getattr(importlib.import_module(f"toolkit.{_where[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_exports()) | _SUBMODULES)
