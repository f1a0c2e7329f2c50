"""The report set's main tables as CSV files in ``tables/``, for use outside the HTML.

``write_tables`` writes tone per release, the timeline, theme frequency and, for the latest two
releases of the main series, the redline and the word shift; it returns one row per file for
``manifest.json`` and the index. A table that cannot be computed (a corpus with one release has
no redline) is listed with its reason instead of being left out silently.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

__all__ = ["TABLES", "write_tables"]

#: The tables written, in the index's order: file name -> what a row is.
TABLES = {
    "tone_per_release.csv": "one row per document: outlook tone, sentences, uncertainty (toolkit.document_tone)",
    "timeline.csv": "one row per release of each series: tone, its interval, change from the previous release, "
                    "theme shares (toolkit.timeline)",
    "theme_frequency.csv": "one row per document and theme: count, per 1,000 words, share (toolkit.theme_frequency)",
    "redline_latest.csv": "the latest two releases of the main series, one row per sentence: status, old and new "
                          "text, contribution to the tone change (toolkit.tone_shift(...).sentences)",
    "word_shift_latest.csv": "the same pair, one row per scored term and rule: its part of the tone change "
                             "(toolkit.tone_shift(...).words)",
}
#: the two tables of the latest pair of releases
_PAIR = ("redline_latest.csv", "word_shift_latest.csv")


def _csv_ready(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with list/tuple cells joined by "; " (CSV holds text; ``write_tables`` writes the dates
    as YYYY-MM-DD)."""
    out = table.copy()
    for name in out.columns:
        if out[name].dtype == object and out[name].map(lambda v: isinstance(v, (list, tuple))).any():
            out[name] = out[name].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def _latest_pair_tables(docs: pd.DataFrame, shifts: dict | None) -> dict:
    """Redline and word shift of the latest two releases of the main series; a reason string where none."""
    from toolkit.report.latest import latest_pair, shift_of

    pair = latest_pair(docs)
    if pair is None:
        reason = "fewer than two dated releases of one series: nothing to compare"
        return dict.fromkeys(_PAIR, reason)
    shift = shift_of(pair[0], pair[1], shifts)
    redline = shift.sentences.drop(columns=["diff_ops"], errors="ignore").assign(old_release=pair[2],
                                                                                  new_release=pair[3])
    words = shift.words.assign(old_release=pair[2], new_release=pair[3])
    return dict(zip(_PAIR, (redline, words)))


def _caught(step):
    """``(step(), what it warned as one note)``; the reason instead of the result when it raised
    (reported in the manifest and on the index, not dropped)."""
    with warnings.catch_warnings(record=True) as caught:  # kept as the table's note, not printed
        warnings.simplefilter("always")
        try:
            result = step()
        except Exception as exc:
            result = f"not computed ({type(exc).__name__}: {exc})"
    return result, "; ".join(dict.fromkeys(str(w.message) for w in caught))


def _compute(docs: pd.DataFrame, tone: pd.DataFrame | None, shifts: dict | None) -> tuple[dict, dict]:
    """File name -> DataFrame, or the reason (a string) it could not be computed."""
    from toolkit.compare import timeline
    from toolkit.themes import theme_frequency
    from toolkit.tone import document_tone

    steps = {
        "tone_per_release.csv": lambda: document_tone(docs) if tone is None else tone,
        "timeline.csv": lambda: timeline(docs, progress=False),
        "theme_frequency.csv": lambda: theme_frequency(docs),
    }
    tables, notes = {}, {}
    for name, step in steps.items():
        tables[name], notes[name] = _caught(step)
    pair, note = _caught(lambda: _latest_pair_tables(docs, shifts))
    tables.update(pair if isinstance(pair, dict) else dict.fromkeys(_PAIR, pair))
    notes.update(dict.fromkeys(_PAIR, note))
    return tables, notes


def write_tables(docs: pd.DataFrame, folder, *, tone: pd.DataFrame | None = None,
                 shifts: dict | None = None) -> list[dict]:
    """Write the report set's main tables as CSV (UTF-8, header row, no index) into ``folder``.

    Returns one dict per table of :data:`TABLES`: ``file`` (``tables/<name>``, relative to the
    report set), ``rows``, ``description``, ``note`` (what the verb warned about, e.g. undated
    documents left out of the timeline; or why the table was not written: ``file`` is then empty).
    ``tone``: ``document_tone(docs)`` when the caller has it; ``shifts``: the dict the caller passed to
    :func:`~toolkit.report.latest.latest_changes`, so the latest pair is compared once for both.

    >>> import tempfile
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "source": "Fed", "type": "meeting",
    ...                      "text": ["Growth slowed. Rates held.", "Growth picked up. Rates held."],
    ...                      "date": pd.to_datetime(["2024-01-31", "2024-03-20"])})
    >>> [(t["file"], t["rows"]) for t in write_tables(docs, tempfile.mkdtemp())][3:]
    [('tables/redline_latest.csv', 2), ('tables/word_shift_latest.csv', 2)]
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    listed = []
    tables, notes = _compute(docs, tone, shifts)
    for name, table in tables.items():
        entry = {"file": "", "rows": 0, "description": TABLES[name], "note": notes.get(name, "")}
        if isinstance(table, str):
            entry["note"] = table
        else:
            _csv_ready(table).to_csv(folder / name, index=False, date_format="%Y-%m-%d")
            entry.update(file=f"tables/{name}", rows=len(table))
        listed.append({"name": name, **entry})
    return listed
