"""The report set's first answers, computed while the notebooks run: what changed, and the CSV tables.

``what_changed`` scores the corpus once, writes the CSV tables (:mod:`toolkit.report.tables`),
compares the latest two releases of each series (:mod:`toolkit.report.latest`) and returns the
index's "What changed" and "Tables" sections, ready once the reports' file names are known.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from toolkit.report.changes import changes_html, tables_html
from toolkit.report.latest import latest_changes, latest_pair
from toolkit.report.tables import write_tables

__all__ = ["what_changed"]


def _main_series(docs: pd.DataFrame) -> str | None:
    """The series the reports compare (:func:`~toolkit.report.latest.latest_pair`), None without a pair."""
    pair = latest_pair(docs)
    return pair[1].attrs["series"] if pair else None


def what_changed(docs: pd.DataFrame, tables_dir) -> dict:
    """Write the CSV tables into ``tables_dir``; returns ``{"tables", "latest", "tone", "render"}``.

    ``tables``: :func:`write_tables`' rows (for ``manifest.json``); ``latest``:
    :func:`latest_changes`; ``tone``: :func:`toolkit.document_tone` of ``docs`` (None when it could
    not run), for the headline; ``render(results)``: the index's sections as HTML, given the
    rendered reports (to link only to reports the set holds).
    """
    from toolkit.tone import document_tone

    with warnings.catch_warnings(record=True):  # the notebooks report these; the console stays quiet
        warnings.simplefilter("always")
        try:
            tone = document_tone(docs)
        except Exception:  # the tables and answers then say what is missing, each on its own
            tone = None
        shifts: dict = {}  # the latest pair of the main series is compared once, for both
        latest = latest_changes(docs, shifts=shifts)
        main = _main_series(docs)
    tables = write_tables(docs, Path(tables_dir), tone=tone, shifts=shifts)

    def render(results: list[dict]) -> str:
        return ("<h2 id=\"what-changed\">What changed</h2>\n" + changes_html(latest, tone, results, main)
                + "\n<h2 id=\"tables\">Tables (CSV)</h2>\n" + tables_html(tables))

    return {"tables": tables, "latest": latest, "tone": tone, "render": render}
