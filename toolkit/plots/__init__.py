"""Figures for the toolkit. Each function takes a DataFrame (or frequencies) and an optional
``ax``, draws with matplotlib's object-oriented API, sets a title, axis labels and alt text
(``ax.figure.text_alt`` is not a matplotlib feature, so alt text is stored on the Axes as
``ax.alt_text`` and used by the reports), and returns the ``Axes``. Nothing here calls
``plt.show()``.

This is a package rather than one ``plots.py`` so each pipeline stage keeps its figures in its
own file (``plots/corpus.py``, ``plots/tone.py``, ``plots/themes.py``, ``plots/compare.py``);
import every figure from ``toolkit.plots``. ``set_alt_text`` / ``alt_text`` are public here for
figures drawn by hand (a notebook's own scatter, say).
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "_common": ["set_alt_text", "alt_text"],
    "corpus": ["plot_releases", "plot_lengths"],
    "tone": ["tone_timeline", "tone_bars"],
    "themes": ["wordcloud", "comparison_cloud", "theme_heatmap", "theme_trend"],
    "compare": ["word_shift", "keyness_bars", "similarity_line", "theme_share_change"],
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f"toolkit.plots.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'toolkit.plots' has no attribute {name!r}")


def __dir__():
    return __all__
