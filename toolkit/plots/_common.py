"""Shared helpers for the figures: alt text travels with the Axes."""
from __future__ import annotations

from matplotlib.axes import Axes


def set_alt_text(ax: Axes, text: str) -> Axes:
    """Attach alt text to ``ax`` (read back with :func:`alt_text`) and return ``ax``.

    The reports use it as the ``alt`` attribute of the figure's image.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> alt_text(set_alt_text(ax, "Tone by quarter"))
    'Tone by quarter'
    """
    ax.alt_text = str(text)
    ax.set_gid(None)
    return ax


def alt_text(ax: Axes) -> str:
    """The alt text set on ``ax``, else a description built from its title and axis labels."""
    text = getattr(ax, "alt_text", None)
    if text:
        return text
    parts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    return "; ".join(p for p in parts if p) or "Figure"
