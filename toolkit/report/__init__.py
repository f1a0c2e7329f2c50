"""Render the numbered notebooks into a set of HTML reports, plus an ``index.html``.

``python -m toolkit report --corpus PATH`` calls :func:`render_report`. The notebooks run
unchanged on any corpus: each opens with a papermill ``parameters`` cell (``corpus``, ``start``,
``end``, ``source``, ``old_release``, ``new_release``, ``interactive``) and the report fills it in.
They ship inside the package (``toolkit/notebooks/``), so an installed toolkit renders them from
any folder; ``python -m toolkit notebooks --copy DIR`` writes editable copies.

Output is built in a hidden temporary folder beside ``out`` and moved into place only when every
notebook ran, so a failed or interrupted run leaves the previous report set as it was.

=================  ================================================================
``catalog``        NOTEBOOKS (titles), PARAMETERS, NOTEBOOK_DIR, resolve_notebooks
``checks``         check_corpus, corpus_hash, parse_params, check_params, check_out
``execute``        papermill + nbconvert, several notebooks at once
``kernels``        kernel start: one at a time on the machine, retried on fresh ports
``index``          the index page and ``manifest.json``
``latest``         latest_changes: per series, the latest release vs the previous one
``tables``         write_tables: the main tables as CSV in ``tables/``
``changes``        the index's "What changed" and "Tables" sections (HTML, a chart per series)
``answers``        what_changed: the above, computed while the notebooks run
``swap``           the staging folder, the atomic move, ``_recover`` after a kill
``render``         render_report, which runs the steps above in order
``copies``         copy_notebooks (``python -m toolkit notebooks --copy``)
=================  ================================================================

The helpers the notebooks call (``load``, ``say``, ``show``, ``summary``, ``figure_html``,
``period_for``, ``releases``, ``pick_releases``) now live in :mod:`toolkit.nb` and the corpus plots
(``plot_releases``, ``plot_lengths``) in :mod:`toolkit.plots`; they are re-exported here so old
imports keep working.
"""
from __future__ import annotations

from toolkit.nb import figure_html, load, period_for, pick_releases, releases, say, show, summary
from toolkit.report.catalog import _COST, NOTEBOOK_DIR, NOTEBOOKS, PARAMETERS, resolve_notebooks
from toolkit.report.checks import check_corpus, corpus_hash, parse_params
from toolkit.report.copies import copy_notebooks
from toolkit.report.render import render_report
from toolkit.report.swap import _recover, _swap_into_place

__all__ = ["render_report", "check_corpus", "corpus_hash", "parse_params", "copy_notebooks", "NOTEBOOKS",
           "PARAMETERS", "NOTEBOOK_DIR"]
# load, show, say, summary, figure_html, period_for, releases, pick_releases (toolkit.nb) and
# plot_releases, plot_lengths (toolkit.plots) stay importable from here for old code only.

_resolve_notebooks = resolve_notebooks  # the name report.py used


def __getattr__(name: str):
    if name in ("plot_releases", "plot_lengths"):  # lazily: matplotlib is not needed to start a report
        from toolkit.plots import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'toolkit.report' has no attribute {name!r}")
