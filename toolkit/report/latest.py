"""What changed in the latest release of each series: the index page's first answer.

``latest_changes`` compares, in every series with at least two dated releases, the latest
release with the one before it *in its series* (:func:`toolkit.nb.pick_releases`) and splits the
tone change with :func:`toolkit.tone_shift`: the signed change, the sentence that moved it most,
the themes whose share of sentences rose and fell. ``change_sentence`` writes that row as the
index's one-line answer.
"""
from __future__ import annotations

import pandas as pd

__all__ = ["LATEST_COLUMNS", "latest_changes", "change_sentence", "latest_pair"]

#: The columns of :func:`latest_changes`, one row per series.
LATEST_COLUMNS = ["series", "n_releases", "old", "new", "tone_old", "tone_new", "change", "top_sentence",
                  "top_status", "top_contribution", "themes_rose", "themes_fell", "note"]


def latest_pair(docs: pd.DataFrame):
    """The pair of releases the reports compare: :func:`toolkit.nb.pick_releases`' default among the
    dated documents (``(old, new, old_label, new_label)``), None when there is none."""
    from toolkit.nb import pick_releases

    dated = docs.dropna(subset=["date"])
    return pick_releases(dated) if len(dated) else None


def _top_sentence(sentences: pd.DataFrame) -> tuple[str, str, float]:
    """The redline row with the largest ``|contribution|``: its text (new side, else old), status, part."""
    moved = sentences[sentences["contribution"].abs() > 1e-12]
    if moved.empty:
        return "", "", 0.0
    row = moved.loc[moved["contribution"].abs().idxmax()]
    text = row["new"] if isinstance(row["new"], str) and row["new"] else row["old"]
    return str(text), str(row["status"]), float(row["contribution"])


def _moved_themes(themes: pd.DataFrame, rose: bool, limit: int) -> list[str]:
    """Up to ``limit`` themes that rose (``rose``) or fell, the largest move in share of sentences first.

    A theme rose when more of the new release's sentences mention it *and* its share of sentences
    grew (fell: fewer and a smaller share); a share that moved only because the release got longer
    or shorter is not a move of the theme.
    """
    if themes.empty or "share_change" not in themes:
        return []
    t = themes.set_index("theme")
    count = t["n_sentences_new"] - t["n_sentences_old"]
    keep = (count > 0) & (t["share_change"] > 1e-9) if rose else (count < 0) & (t["share_change"] < -1e-9)
    return list(t.loc[keep, "share_change"].abs().sort_values(ascending=False, kind="stable").index[:limit])


def shift_of(old: pd.DataFrame, new: pd.DataFrame, shifts: dict | None = None):
    """:func:`toolkit.tone_shift` of ``old`` -> ``new``; computed once per pair of releases (by their
    ``doc_id`` values) when the caller passes one ``shifts`` dict to every step of a report run."""
    from toolkit.compare import tone_shift

    if shifts is None:
        return tone_shift(old, new)
    key = (tuple(old["doc_id"]), tuple(new["doc_id"]))
    if key not in shifts:
        shifts[key] = tone_shift(old, new)
    return shifts[key]


def _one_series(docs: pd.DataFrame, name: str, n_releases: int, limit: int, shifts: dict | None) -> dict:
    """The :data:`LATEST_COLUMNS` row of series ``name`` (``note`` says why a value is missing)."""
    from toolkit.nb import pick_releases

    row = dict.fromkeys(LATEST_COLUMNS)
    row.update(series=name, n_releases=n_releases, note="")
    pair = pick_releases(docs, series=name) if n_releases >= 2 else None
    if pair is None:
        row["note"] = "one release only: nothing to compare"
        if n_releases:
            row["new"] = f"{docs.loc[docs['date'].notna(), 'date'].max():%Y-%m-%d}"
        return row
    old, new, row["old"], row["new"] = pair
    try:
        shift = shift_of(old, new, shifts)
    except Exception as exc:  # the index must render: say why the figures are missing
        row["note"] = f"tone change unavailable ({type(exc).__name__}: {exc})"
        return row
    row.update(tone_old=shift.tone_old, tone_new=shift.tone_new, change=shift.change)
    row["top_sentence"], row["top_status"], row["top_contribution"] = _top_sentence(shift.sentences)
    row["themes_rose"] = _moved_themes(shift.themes, True, limit)
    row["themes_fell"] = _moved_themes(shift.themes, False, limit)
    return row


def latest_changes(docs: pd.DataFrame, *, limit: int = 3, shifts: dict | None = None) -> pd.DataFrame:
    """One row per series: the latest release against the previous one of that series, and why tone moved.

    Columns (:data:`LATEST_COLUMNS`): ``series``, ``n_releases`` (dated releases), ``old``/``new``
    (release labels), ``tone_old``/``tone_new``/``change`` (new − old, :func:`toolkit.tone_shift`),
    ``top_sentence`` (the sentence whose contribution to the change is largest in size, its
    ``top_status`` in the redline and ``top_contribution``), ``themes_rose``/``themes_fell`` (up
    to ``limit`` themes whose share of sentences moved most), ``note`` (why figures are missing:
    a series with one release is reported, not dropped). Series with the most releases first;
    undated documents are left out (they have no place in a series). ``shifts``: a dict shared with
    :func:`~toolkit.report.tables.write_tables` so a pair both need is compared once (see :func:`shift_of`).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "source": "Fed", "type": "meeting",
    ...                      "text": ["Growth slowed. Rates held.", "Growth picked up. Rates held."],
    ...                      "date": pd.to_datetime(["2024-01-31", "2024-03-20"])})
    >>> row = latest_changes(docs).iloc[0]
    >>> row["series"], row["old"], row["new"], round(float(row["change"]), 2), row["top_sentence"]
    ('Fed: meeting', '2024-01-31', '2024-03-20', 1.0, 'Growth picked up.')
    """
    from toolkit.compare import series_of

    dated = docs[docs["date"].notna()]
    if "is_duplicate" in dated:
        dated = dated[~dated["is_duplicate"].fillna(False).astype(bool)]
    names = series_of(dated)
    counts = dated.groupby(names)["date"].nunique().sort_values(ascending=False, kind="stable")
    rows = [_one_series(dated[names == name], name, int(n), limit, shifts) for name, n in counts.items()]
    return pd.DataFrame(rows, columns=LATEST_COLUMNS)


def _signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "\u2212")


def change_sentence(row) -> str:
    """The index's answer for one :func:`latest_changes` row, as plain text (the caller escapes it).

    >>> change_sentence({"series": "Fed", "old": "2024-01-31", "new": "2024-03-20", "tone_old": -0.05,
    ...                  "tone_new": 0.07, "change": 0.12, "top_sentence": "Growth picked up.",
    ...                  "themes_rose": ["growth"], "themes_fell": [], "note": ""})
    "latest 2024-03-20 vs 2024-01-31: tone +0.12 (−0.05 → +0.07); the sentence that moved it most: 'Growth picked up.'; themes that rose: growth; fell: none"
    """
    if row.get("note") or row.get("change") is None or pd.isna(row.get("change")):
        latest = f"latest {row['new']}: " if row.get("new") else ""
        return f"{latest}{row.get('note') or 'no tone change'}"
    text = (f"latest {row['new']} vs {row['old']}: tone {_signed(row['change'])} "
            f"({_signed(row['tone_old'])} → {_signed(row['tone_new'])})")
    if row.get("top_sentence"):
        text += f"; the sentence that moved it most: '{row['top_sentence']}'"
    rose = ", ".join(row.get("themes_rose") or []) or "none"
    fell = ", ".join(row.get("themes_fell") or []) or "none"
    return text + f"; themes that rose: {rose}; fell: {fell}"
