"""Figures of tone: over time (``tone_timeline``) and by group."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from toolkit.plots._common import set_alt_text


def _x_dates(df: pd.DataFrame) -> pd.Series:
    """The time axis of a timeline (``date``) or of ``tone_over_time`` output (``period``)."""
    if "date" in df.columns:
        return pd.to_datetime(df["date"])
    if "period" in df.columns:
        return pd.Series([pd.Period(p).start_time if not isinstance(p, pd.Timestamp) else p
                          for p in df["period"].astype(str)], index=df.index)
    raise ValueError(
        "tone_timeline needs a 'date' column (toolkit.timeline) or a 'period' column "
        f"(toolkit.tone_over_time); got {list(df.columns)}."
    )


def _shade_ranges(shade) -> list[tuple[pd.Timestamp, pd.Timestamp, str]]:
    if shade is None:
        return []
    if isinstance(shade, pd.DataFrame):
        if not {"start", "end"} <= set(shade.columns):
            raise ValueError("shade= as a DataFrame needs columns 'start' and 'end' (and optionally 'label').")
        labels = shade["label"] if "label" in shade.columns else [""] * len(shade)
        return [(pd.Timestamp(s), pd.Timestamp(e), str(l)) for s, e, l in zip(shade["start"], shade["end"], labels)]
    out = []
    for item in shade:
        if len(item) not in (2, 3):
            raise ValueError(f"each shaded period is (start, end) or (start, end, label); got {item!r}.")
        out.append((pd.Timestamp(item[0]), pd.Timestamp(item[1]), str(item[2]) if len(item) == 3 else ""))
    return out


def _series_lines(df: pd.DataFrame, x: pd.Series):
    """(series name, x, rows) per line: one line per ``series`` when the table has several, so
    releases of different series are never joined by a line; else one line of every row."""
    if "series" not in df.columns or df["series"].nunique(dropna=False) <= 1:
        yield None, x, df
        return
    keys = df["series"].astype(str).to_numpy()
    for name in dict.fromkeys(keys):
        mask = keys == name
        yield name, x[mask], df[mask]


_MOVES = (("raise", "^", "#b2182b", "raise ▲"), ("lower", "v", "#2166ac", "cut ▼"))


def _mark_moves(ax: Axes, x: pd.Series, df: pd.DataFrame) -> str:
    """Mark raises (▲) and cuts (▼) at their release's tone when the table has an ``action`` column
    (``toolkit.timeline`` with decisions); the alt text's words for them ("" when there are none)."""
    if "action" not in df.columns:
        return ""
    said = []
    for action, marker, color, label in _MOVES:
        mask = (df["action"] == action).to_numpy()
        if mask.any():
            ax.scatter(x[mask], df["tone"].astype(float)[mask], marker=marker, s=40, color=color, zorder=4,
                       label=label)
            word, mark = label.split()
            said.append(f"{int(mask.sum())} {word}{'s' if mask.sum() > 1 else ''} marked {mark}")
    return "; " + " and ".join(said) + " (policy decisions)" if said else ""


def _one_date_axis(ax: Axes, when: pd.Timestamp, label: str | None = None) -> None:
    """The x axis of a chart with one date: that date (or ``label``, e.g. a period) as its only tick."""
    ax.set_xlim(when - pd.Timedelta(days=3), when + pd.Timedelta(days=3))
    ax.set_xticks([when], [label or f"{when:%Y-%m-%d}"])


def tone_timeline(
    timeline: pd.DataFrame,
    *,
    shade=None,
    shade_label: str = "shaded periods",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Tone per release over time, with its interval band and optional shaded periods.

    ``timeline`` is the output of ``toolkit.timeline`` (columns ``date``, ``tone`` and, when
    present, ``ci_low``/``ci_high``) or of ``toolkit.tone_over_time`` (``period`` instead of
    ``date``). ``shade`` marks date ranges such as recessions: a list of ``(start, end)`` or
    ``(start, end, label)``, or a DataFrame with ``start``, ``end`` (and ``label``) columns. A
    table with several ``series`` gets one line (and band) per series, never one line across them.
    A table with an ``action`` column (``toolkit.timeline`` when releases state policy decisions)
    marks raises ▲ and cuts ▼ at their release's tone, in the legend and the alt text.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> t = pd.DataFrame({"date": pd.to_datetime(["2008-01-30", "2008-03-18", "2008-04-30"]),
    ...                   "tone": [-0.1, -0.3, -0.2], "ci_low": [-0.2, -0.4, -0.3], "ci_high": [0, -0.2, -0.1]})
    >>> ax = tone_timeline(t, shade=[("2007-12-01", "2009-06-30")])
    >>> ax.get_ylabel()
    'tone (−1 … +1)'
    """
    if "tone" not in timeline.columns:
        raise ValueError(f"tone_timeline needs a 'tone' column (from toolkit.timeline); got {list(timeline.columns)}.")
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 4))
    x = _x_dates(timeline)
    order = x.argsort().to_numpy()
    x, df = x.iloc[order], timeline.iloc[order]
    ranges = _shade_ranges(shade)
    for k, (start, end, label) in enumerate(ranges):
        ax.axvspan(start, end, color="0.85", zorder=0, label=shade_label if k == 0 else None)
        if label:
            ax.text(start, 1, label, transform=ax.get_xaxis_transform(), va="top", fontsize=8, color="0.35")
    lines = list(_series_lines(df, x))
    for k, (name, xs, part) in enumerate(lines):
        color = f"C{k % 10}"
        named = f" ({name})" if len(lines) > 1 else ""
        if {"ci_low", "ci_high"} <= set(part.columns):
            ax.fill_between(xs, part["ci_low"].astype(float), part["ci_high"].astype(float), color=color,
                            alpha=0.2, linewidth=0, label="95% interval" + named)
        ax.plot(xs, part["tone"].astype(float), color=color, marker="o", markersize=2.5 if len(part) > 1 else 7,
                linewidth=1.2, label="tone" + named)
    moves = _mark_moves(ax, x, df)
    if x.nunique() == 1:  # one release: a dot over its date, not a time axis around it
        _one_date_axis(ax, pd.Timestamp(x.iloc[0]), None if "date" in df else str(df["period"].iloc[0]))
    ax.axhline(0, color="0.5", linewidth=0.8)
    ax.set_xlabel("release date")
    ax.set_ylabel("tone (−1 … +1)")
    ax.set_title(title or "Tone of each release")
    if ranges or "ci_low" in df.columns or len(lines) > 1 or moves:
        ax.legend(loc="lower left", fontsize=8, frameon=False)
    tone = df["tone"].astype(float)
    if len(df) and tone.notna().any():
        lo, hi = tone.idxmin(), tone.idxmax()
        desc = (f"Line chart of tone for {len(df)} releases from {x.min():%Y-%m-%d} to {x.max():%Y-%m-%d}; "
                f"lowest {tone[lo]:+.2f} on {pd.Timestamp(x[lo]):%Y-%m-%d}, highest {tone[hi]:+.2f} on "
                f"{pd.Timestamp(x[hi]):%Y-%m-%d}")
    else:
        desc = "Line chart of tone per release (no data)"
    if len(lines) > 1:
        desc += f"; one line per series ({', '.join(str(name) for name, _, _ in lines)})"
    if ranges:
        desc += f"; {len(ranges)} period(s) shaded ({shade_label})"
    set_alt_text(ax, desc + moves + ".")
    return ax


def tone_bars(doc_tone: pd.DataFrame, *, label: str | None = None, title: str | None = None,
              ax: Axes | None = None) -> Axes:
    """Bar chart of each document's tone (from ``toolkit.document_tone``), green above 0, red below.

    One bar per row, in the table's order (sort it first to rank documents). Bars are labelled by
    ``label`` (a column name; default: ``date`` as YYYY-MM-DD when present, else ``doc_id``). With
    many documents (> 40) the bars become points on a line so the chart stays readable.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> dt = pd.DataFrame({"doc_id": ["a", "b", "c"], "date": pd.to_datetime(["2020-01-29", "2020-03-03",
    ...                    "2020-03-15"]), "tone": [0.4, 0.1, -0.3]})
    >>> ax = tone_bars(dt)
    >>> ax.get_ylabel(), len(ax.patches)
    ('tone (−1 … +1)', 3)
    """
    if "tone" not in doc_tone.columns:
        raise ValueError("tone_bars needs a 'tone' column (the output of toolkit.document_tone); "
                         f"got {list(doc_tone.columns)}.")
    if label is None:
        label = "date" if "date" in doc_tone.columns and doc_tone["date"].notna().any() else "doc_id"
    if label not in doc_tone.columns:
        raise ValueError(f"tone_bars: no column {label!r} to label the bars; got {list(doc_tone.columns)}.")
    if ax is None:
        _, ax = plt.subplots(figsize=(max(4.0, min(12.0, 0.35 * len(doc_tone) + 2)), 4))
    tone = doc_tone["tone"].astype(float).fillna(0.0).to_numpy()
    names = doc_tone[label]
    if label == "date":
        names = pd.to_datetime(names).dt.strftime("%Y-%m-%d").fillna("undated")
    names = names.astype(str).tolist()
    x = list(range(len(tone)))
    colors = ["#1a9850" if t > 0 else ("#d73027" if t < 0 else "0.6") for t in tone]
    if len(tone) <= 40:
        ax.bar(x, tone, color=colors)
        ax.set_xticks(x, names, rotation=60 if len(tone) > 6 else 0, ha="right" if len(tone) > 6 else "center",
                      fontsize=8)
    else:
        ax.plot(x, tone, color="0.6", linewidth=0.8)
        ax.scatter(x, tone, c=colors, s=12, zorder=3)
        step = max(1, len(x) // 12)
        ax.set_xticks(x[::step], names[::step], rotation=60, ha="right", fontsize=8)
    ax.axhline(0, color="0.5", linewidth=0.8)
    ax.set_xlabel("document" if label != "date" else "release date")
    ax.set_ylabel("tone (−1 … +1)")
    ax.set_title(title or "Tone of each document")
    if len(tone):
        lo, hi = int(tone.argmin()), int(tone.argmax())
        desc = (f"{'Bar' if len(tone) <= 40 else 'Point'} chart of tone for {len(tone)} documents; "
                f"{int((tone > 0).sum())} positive, {int((tone < 0).sum())} negative; lowest {tone[lo]:+.2f} "
                f"({names[lo]}), highest {tone[hi]:+.2f} ({names[hi]}).")
    else:
        desc = "Bar chart of document tone (no documents)."
    set_alt_text(ax, desc)
    return ax
