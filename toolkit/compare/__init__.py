"""Compare releases: what changed since the last one, and did the outlook get better or worse?

Verbs (each takes DataFrames or texts and returns a DataFrame, except :func:`tone_shift`,
which returns a :class:`ToneShift` holding three tables), one file per verb:

==================  ===============================================================  =====================
``select``          pick one release (a document, a source on a date, a period)      ``select.py``
``redline``         sentence-aligned redline of two releases, with tone per row      ``redline.py``
``redline_html``    the redline as HTML with ``<ins>``/``<del>``, all text escaped   ``redline_html.py``
``tone_shift``      the change in document tone split into sentences, words, themes  ``shift.py``
``theme_tone``      tone of the sentences that mention each theme, per release       ``theme_tone.py``
``timeline``        one row per release: tone with interval, themes, similarity      ``timeline.py``
``largest_shifts``  the releases where tone or themes moved most                     ``largest_shifts.py``
``series_of``       the series of each document (what "like with like" compares)    ``series.py``
==================  ===============================================================  =====================

``keyness`` and ``g2_statistic`` are text statistics and live in :mod:`toolkit.textstats`; they
are re-exported here so ``toolkit.compare.keyness`` keeps working. The helpers the verbs share are
in ``releases.py`` (what a release is), ``align.py`` (sentence split and alignment) and
``weights.py`` (sentence evidence and weights). Each verb's module has the verb's name, and the
package binds the name to the verb: ``toolkit.compare.redline`` is the function (for the module,
``importlib.import_module("toolkit.compare.redline")``).

A *release* is a document, or all documents of one series on one date, or one period such as
``"2023Q1"``. Wherever a verb takes a release it accepts a plain string, a corpus DataFrame (its
``text`` is joined in date order), or one row of a corpus.

Like with like: a *series* is one kind of release from one source (``series_of``: the ``series``
column, else ``type``, else the source). ``timeline``, ``largest_shifts`` and the defaults of
``tone_shift``/``redline`` compare a release with the one before in its own series; mixing series
is asked for with ``series="all"``, and ``select(corpus, series=...)`` keeps one.
"""
from __future__ import annotations

from toolkit.textstats.keyness import g2_statistic, keyness  # noqa: F401  (old path; their home is toolkit.textstats)

from .align import MAX_PAIRS, STATUSES
from .redline import redline
from .redline_html import redline_html
from .select import select
from .shift import ToneShift, tone_shift
from .theme_tone import theme_tone
from .largest_shifts import largest_shifts
from .series import series_of
from .timeline import timeline

__all__ = [
    "select",
    "redline",
    "redline_html",
    "tone_shift",
    "ToneShift",
    "theme_tone",
    "timeline",
    "largest_shifts",
    "series_of",
]
