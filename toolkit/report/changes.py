"""The index page's "What changed" section: per series, the latest release against the previous one.

``release_chart`` draws the tone of each release of one series with the latest pair marked (one
release: a dot with its date, not a time axis); ``changes_html`` lays out, per series, the answer
sentence of :func:`toolkit.report.latest.change_sentence`, the chart and links into the reports'
sections; ``tables_html`` lists the CSV tables. Every value from the corpus is HTML-escaped.
"""
from __future__ import annotations

import html

import pandas as pd

from toolkit.compare.series import series_of
from toolkit.nb import figure_html
from toolkit.report.latest import change_sentence

__all__ = ["SECTION_LINKS", "release_chart", "changes_html", "tables_html"]

#: Links under the main series' answer: (notebook, heading anchor nbconvert gives it, link text).
SECTION_LINKS = (
    ("04_release_comparison", "Redline", "redline"),
    ("04_release_comparison", "What-moved-the-tone", "what moved the tone"),
    ("02_outlook_sentiment", "Tone-over-time", "tone over time"),
    ("03_theme_frequency", "Themes-over-time", "themes over time"),
    ("04_release_comparison", "Largest-shifts-over-the-timeline", "largest shifts"),
)


def release_chart(tone: pd.DataFrame, row, *, ax=None):
    """Tone of each release of ``row["series"]`` (``tone``: :func:`toolkit.document_tone`), latest pair marked.

    Releases are dots joined by a line (the mean over a release's documents); the latest release
    and the one it is compared with are drawn larger, in red, with their dates (the higher one's
    over its dot, the lower one's under it, so close releases keep readable labels). A series with one
    release is one dot over its date, without a time axis. Returns the ``Axes`` (alt text set).
    """
    from matplotlib.figure import Figure

    from toolkit.plots import set_alt_text
    from toolkit.plots.tone import _one_date_axis

    ax = ax if ax is not None else Figure(figsize=(8, 2.6)).add_subplot()
    part = tone[(series_of(tone) == row["series"]) & tone["date"].notna()]  # no series column: by source
    per = part.groupby("date")["tone"].mean().sort_index()
    marked = [d for d in (row.get("old"), row.get("new")) if isinstance(d, str) and d]
    if len(per) == 1:
        only = per.index[0]
        ax.plot([only], [per.iloc[0]], "o", color="C3", markersize=8)
        _one_date_axis(ax, only)
    else:
        ax.plot(per.index, per.to_numpy(), color="C0", marker="o", markersize=3, linewidth=1)
        pair = per[[f"{d:%Y-%m-%d}" in marked for d in per.index]]
        ax.plot(pair.index, pair.to_numpy(), "o", color="C3", markersize=8, label="latest pair")
        top = pair.max() if len(pair) else 0.0
        for when, value in pair.items():  # the higher date over its dot, the lower under: never on each other
            above = value == top
            ax.annotate(f"{when:%Y-%m-%d}", (when, value), textcoords="offset points",
                        xytext=(0, 8 if above else -8), va="bottom" if above else "top",
                        ha="center", fontsize=8, color="C3")
        ax.legend(loc="lower left", fontsize=8, frameon=False)
    ax.axhline(0, color="0.5", linewidth=0.8)
    ax.margins(y=0.25)  # room for the dates over the marked pair
    ax.set(ylabel="tone (−1 … +1)", title=f"Outlook tone per release: {row['series']}")
    span = (f"{len(per)} releases from {per.index.min():%Y-%m-%d} to {per.index.max():%Y-%m-%d}"
            if len(per) > 1 else f"one release ({per.index[0]:%Y-%m-%d})" if len(per) else "no dated release")
    change = "" if pd.isna(row.get("change")) else f", change {row['change']:+.2f}"
    pair_text = " and ".join(marked) or "none"
    return set_alt_text(ax, f"Tone per release of {row['series']}: {span}; latest pair {pair_text}{change}.")


def _links(results: list[dict]) -> str:
    """Links into the rendered reports' sections (only to reports this set holds)."""
    rendered = {r["notebook"]: r["html"] for r in results}
    links = [f'<a href="{html.escape(rendered[nb], quote=True)}#{anchor}">{html.escape(text)}</a>'
             for nb, anchor, text in SECTION_LINKS if nb in rendered]
    return f'<p class="links">In the reports: {" · ".join(links)}</p>' if links else ""


def changes_html(latest: pd.DataFrame, tone: pd.DataFrame | None, results: list[dict], main_series: str | None) -> str:
    """The "What changed" section: one block per series of ``latest`` (:func:`latest_changes`).

    The main series (the one the reports compare, ``main_series``) comes with links into the
    reports' sections; the others say that the reports compare the main series.
    """
    blocks = []
    for _, row in latest.iterrows():
        chart = ""
        if tone is not None and len(tone):
            try:
                chart = f"<figure>{figure_html(release_chart(tone, row))}</figure>"
            except Exception as exc:  # the answer stands without its chart
                chart = f"<p>Chart unavailable ({html.escape(type(exc).__name__)}: {html.escape(str(exc))}).</p>"
        more = (_links(results) if row["series"] == main_series
                else "<p class=\"desc\">The reports compare the main series; this one is summarised here only.</p>")
        blocks.append(f'<section class="series"><h3>{html.escape(str(row["series"]))}</h3>'
                      f'<p class="answer">{html.escape(change_sentence(row))}</p>{chart}{more}</section>')
    return "\n".join(blocks) or "<p>No dated release: nothing to compare.</p>"


def tables_html(tables: list[dict]) -> str:
    """The index's list of CSV tables (``write_tables``' rows): a link, its rows and what a row is."""
    items = []
    for t in tables:
        if t["file"]:
            note = f' <span class="note">(note: {html.escape(t["note"])})</span>' if t["note"] else ""
            items.append(f'<li><a href="{html.escape(t["file"], quote=True)}">{html.escape(t["name"])}</a> '
                         f'({t["rows"]} rows) <span class="desc">{html.escape(t["description"])}</span>{note}</li>')
        else:
            items.append(f'<li>{html.escape(t["name"])}: not written, {html.escape(t["note"])}</li>')
    return "<ul>\n" + "\n".join(items) + "\n</ul>"
