"""Figures for themes and key terms: word clouds, a comparison cloud, a theme heatmap, theme trends.

Word clouds here avoid the library's known pitfalls: the layout is reproducible (``random_state=0``
by default, so the same input gives the same image), frequencies are drawn as given (WordCloud's
``collocations`` is off, so a pair is never counted twice), stopwords are filtered explicitly
(``WordCloud.generate_from_frequencies`` ignores its ``stopwords``), and when a word needs CJK
glyphs a font that has them is looked up (matplotlib's font list, then ``fc-list :lang=zh``), with
a warning naming the Debian package to install when there is none.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import warnings
from functools import lru_cache
from typing import Iterable, Mapping

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_hex
from matplotlib.patches import Patch

from toolkit.plots._common import set_alt_text

_WORD_COLUMNS = ("term", "word", "collocation", "lower", "lemma", "token", "theme")
_VALUE_COLUMNS = ("count", "tf_idf", "score", "per_1k_words", "frequency", "freq", "value", "n")
_VALUE_LABELS = {
    "per_1k_words": "matches per 1,000 words",
    "count": "matches",
    "share": "share of the document's theme matches",
}
_CJK = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_CJK_FONT_NAMES = re.compile(
    r"Noto Sans CJK|Noto Serif CJK|Noto Sans (SC|TC|HK|JP|KR)|Source Han|WenQuanYi|WQY|Droid Sans Fallback|"
    r"AR PL|UKai|UMing|SimHei|SimSun|Microsoft YaHei|PingFang|Hiragino|Arial Unicode|Unifont",
    re.IGNORECASE,
)
CJK_FONT_PACKAGE = "fonts-noto-cjk"


# ----------------------------------------------------------------------------------------------
# Inputs
# ----------------------------------------------------------------------------------------------


def _frequencies(frequencies, what: str) -> pd.Series:
    """Word -> positive weight, from a dict, a Series (index = words) or a DataFrame with a word
    column (term/word/collocation/…) and a value column (count/tf_idf/score/…); repeated words summed."""
    if isinstance(frequencies, Mapping):
        series = pd.Series(dict(frequencies), dtype="float64")
    elif isinstance(frequencies, pd.Series):
        series = frequencies
    elif isinstance(frequencies, pd.DataFrame):
        word = next((c for c in _WORD_COLUMNS if c in frequencies.columns), None)
        value = next((c for c in _VALUE_COLUMNS if c in frequencies.columns), None)
        if word is None or value is None:
            raise ValueError(
                f"{what}: a frequency table needs a word column ({', '.join(_WORD_COLUMNS)}) and a value column "
                f"({', '.join(_VALUE_COLUMNS)}); got {list(frequencies.columns)}. Pass toolkit.top_terms(...) or a dict."
            )
        series = frequencies.groupby(frequencies[word].astype(str))[value].sum()
    else:
        raise ValueError(f"{what}: frequencies must be a dict, a Series or a DataFrame, got {type(frequencies).__name__}.")
    values = pd.to_numeric(series, errors="coerce")
    values.index = values.index.astype(str)
    values = values[values.notna() & (values > 0)]
    return values.groupby(level=0).sum().astype("float64")


def _drop_stopwords(freq: pd.Series, stopwords: Iterable[str] | None) -> pd.Series:
    if stopwords is None:
        from toolkit.tokenizing import load_stopwords

        stop = load_stopwords()
    else:
        stop = frozenset(stopwords)
    stop = {str(w).lower() for w in stop}
    keep = [w.strip().lower() not in stop and bool(w.strip()) for w in freq.index]
    return freq[np.array(keep, dtype=bool)] if len(freq) else freq


def _axes(ax: Axes | None, size=(8, 4.5)) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=size)
    return ax


# ----------------------------------------------------------------------------------------------
# Fonts
# ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def find_cjk_font() -> str | None:
    """Path of an installed font with Chinese/Japanese/Korean glyphs, or ``None``.

    Looks in matplotlib's font list for Noto CJK, Source Han, WenQuanYi, Droid Sans Fallback, AR PL
    and similar, then asks fontconfig (``fc-list :lang=zh file``).

    >>> path = find_cjk_font()
    >>> path is None or path.endswith((".ttf", ".ttc", ".otf", ".otc"))
    True
    """
    from matplotlib import font_manager

    for entry in sorted(font_manager.fontManager.ttflist, key=lambda f: f.fname):
        if _CJK_FONT_NAMES.search(entry.name) or _CJK_FONT_NAMES.search(entry.fname):
            return entry.fname
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            listing = subprocess.run(
                [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        paths = sorted(line.split(":")[0].strip() for line in listing.splitlines() if line.strip())
        if paths:
            return paths[0]
    return None


def _font_for(words: Iterable[str], font_path: str | None) -> str | None:
    if font_path is not None or not any(_CJK.search(w) for w in words):
        return font_path
    found = find_cjk_font()
    if found is None:
        warnings.warn(
            "Some words need Chinese/Japanese/Korean glyphs but no font with them is installed, so they will "
            f"show as empty boxes. Install one (Debian/Ubuntu: `apt-get install {CJK_FONT_PACKAGE}`, or "
            "fonts-wqy-zenhei) or pass font_path='/path/to/font.ttc'.",
            UserWarning,
            stacklevel=3,
        )
    return found


# ----------------------------------------------------------------------------------------------
# Word clouds
# ----------------------------------------------------------------------------------------------


def _draw_cloud(ax: Axes, freq: pd.Series, *, font_path, random_state, width, height, **options):
    from wordcloud import WordCloud

    wc = WordCloud(
        font_path=_font_for(freq.index, font_path),
        width=width,
        height=height,
        random_state=random_state,
        collocations=False,
        normalize_plurals=False,
        background_color="white",
        **options,
    ).generate_from_frequencies(freq.to_dict())
    ax.imshow(wc.to_array(), interpolation="bilinear")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.wordcloud = wc  # the WordCloud object, e.g. for .to_file()
    return wc


def _empty(ax: Axes, what: str, title: str) -> Axes:
    warnings.warn(f"{what}: no words left to draw (empty input, or every word is a stopword).", UserWarning, stacklevel=3)
    ax.text(0.5, 0.5, "no words to draw", ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title)
    ax.set_xlabel("word size shows frequency")
    ax.set_ylabel("words")
    set_alt_text(ax, f"{title}: empty, there were no words to draw.")
    return ax


def wordcloud(
    frequencies,
    *,
    max_words: int = 100,
    stopwords: Iterable[str] | None = None,
    random_state: int = 0,
    font_path: str | None = None,
    colormap: str = "Dark2",
    width: int = 800,
    height: int = 400,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """A reproducible word cloud of ``frequencies`` (word size proportional to frequency).

    ``frequencies`` is a dict, a Series (index = words) or a table such as :func:`toolkit.top_terms`
    or :func:`toolkit.tfidf_terms` returns (word column ``term``/``word``/``collocation``, value
    column ``count``/``tf_idf``/``score``; repeated words are summed). Stopwords are removed
    (``stopwords=None`` uses :func:`toolkit.load_stopwords`; pass ``()`` to keep all words).
    The same input and ``random_state`` give the same image; collocations are never re-counted.
    Words with CJK characters get a CJK font when one is installed (else a warning).
    The ``WordCloud`` object is kept as ``ax.wordcloud``.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> ax = wordcloud({"demand": 5, "exports": 3, "the": 9})
    >>> ax.get_title(), sorted(w for (w, _), *_ in ax.wordcloud.layout_)
    ('Most frequent words', ['demand', 'exports'])
    """
    title = title or "Most frequent words"
    ax = _axes(ax)
    freq = _drop_stopwords(_frequencies(frequencies, "wordcloud"), stopwords)
    freq = freq.sort_values(ascending=False, kind="stable").head(max_words)
    if freq.empty:
        return _empty(ax, "wordcloud", title)
    _draw_cloud(ax, freq, font_path=font_path, random_state=random_state, width=width, height=height,
                max_words=max_words, colormap=colormap)
    ax.set_title(title)
    ax.set_xlabel("word size shows frequency")
    ax.set_ylabel("words")
    set_alt_text(ax, f"Word cloud of {len(freq)} words; the most frequent: {', '.join(freq.index[:8])}.")
    return ax


def _lean_table(a: pd.Series, b: pd.Series, max_words: int) -> pd.DataFrame:
    """Per word: its share of each side (``a``, ``b``), the ``gap`` between them and its ``lean``
    (+1 only in ``a`` … -1 only in ``b``); words used equally left out, the widest gaps first."""
    pa = a / a.sum() if a.sum() > 0 else a
    pb = b / b.sum() if b.sum() > 0 else b
    both = pd.concat([pa.rename("a"), pb.rename("b")], axis=1).fillna(0.0)
    both["gap"] = (both["a"] - both["b"]).abs()
    both["lean"] = (both["a"] - both["b"]) / (both["a"] + both["b"])
    return both[both["gap"] > 0].sort_values(["gap"], ascending=False, kind="stable").head(max_words)


def _lean_palette(lean: pd.Series, colors: tuple[str, str]) -> dict[str, str]:
    """A colour per word: the side it leans to, paler the closer to even."""
    palette = {}
    for word, value in lean.items():
        base = np.array(plt.matplotlib.colors.to_rgb(colors[0] if value > 0 else colors[1]))
        strength = 0.45 + 0.55 * abs(value)  # paler when the word is used almost evenly
        palette[word] = to_hex(base * strength + np.ones(3) * 0.75 * (1 - strength))
    return palette


def comparison_cloud(
    freq_a,
    freq_b,
    *,
    labels: tuple[str, str] = ("A", "B"),
    max_words: int = 100,
    stopwords: Iterable[str] | None = None,
    random_state: int = 0,
    font_path: str | None = None,
    colors: tuple[str, str] = ("#1f5fa8", "#c0392b"),
    width: int = 800,
    height: int = 400,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Words that set two releases apart, coloured by the release each leans to.

    Each side's frequencies become shares of its total; a word's size is the gap between its two
    shares (words used equally disappear) and its colour is ``colors[0]`` when it leans to
    ``labels[0]``, ``colors[1]`` when it leans to ``labels[1]``, paler the closer to even. Inputs
    as for :func:`wordcloud`; reproducible with ``random_state``.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> ax = comparison_cloud({"demand": 5, "rates": 2}, {"exports": 4, "rates": 2}, labels=("Q1", "Q2"))
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['leans to Q1', 'leans to Q2']
    """
    a = _drop_stopwords(_frequencies(freq_a, "comparison_cloud"), stopwords)
    b = _drop_stopwords(_frequencies(freq_b, "comparison_cloud"), stopwords)
    title = title or f"Words that set {labels[0]} and {labels[1]} apart"
    ax = _axes(ax)
    both = _lean_table(a, b, max_words)
    if both.empty:
        return _empty(ax, "comparison_cloud", title)
    palette = _lean_palette(both["lean"], colors)

    def color_func(word, **_):
        return palette.get(word, "#555555")

    _draw_cloud(ax, both["gap"], font_path=font_path, random_state=random_state, width=width, height=height,
                max_words=max_words, color_func=color_func)
    ax.legend(
        handles=[Patch(color=colors[0], label=f"leans to {labels[0]}"), Patch(color=colors[1], label=f"leans to {labels[1]}")],
        loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, frameon=False,
    )
    ax.set_title(title)
    ax.set_xlabel("word size shows the gap in frequency; colour shows the side")
    ax.set_ylabel("words")
    to_a = [w for w, v in both["lean"].items() if v > 0][:6]
    to_b = [w for w, v in both["lean"].items() if v < 0][:6]
    set_alt_text(ax, f"Comparison cloud of {len(both)} words. Leaning to {labels[0]}: {', '.join(to_a) or 'none'}. "
                     f"Leaning to {labels[1]}: {', '.join(to_b) or 'none'}.")
    return ax


# ----------------------------------------------------------------------------------------------
# Theme tables
# ----------------------------------------------------------------------------------------------


def _check_theme_freq(theme_freq, value: str, what: str) -> pd.DataFrame:
    if not isinstance(theme_freq, pd.DataFrame) or not {"theme", value} <= set(theme_freq.columns):
        raise ValueError(
            f"{what} needs the table toolkit.theme_frequency(corpus) returns (columns doc_id, date, theme, "
            f"{value}); got {type(theme_freq).__name__}"
            + (f" with columns {list(theme_freq.columns)}" if isinstance(theme_freq, pd.DataFrame) else "")
            + ". value= is one of count, per_1k_words, share."
        )
    return theme_freq


def _tick_every(n: int, most: int = 30) -> int:
    return max(1, int(np.ceil(n / most)))


def _heatmap_columns(tf: pd.DataFrame, by: str, freq: str | None) -> tuple[pd.DataFrame, str]:
    """The heatmap's columns: ``tf`` with a ``_col`` label per row (period, release or ``by`` value)
    and the x-axis label."""
    if freq is not None:
        if "date" not in tf.columns or tf["date"].isna().all():
            raise ValueError("theme_heatmap(freq=...) needs dates in the 'date' column; use by='doc_id' instead.")
        tf = tf.assign(_col=pd.to_datetime(tf["date"]).dt.to_period(freq).astype(str))
        xlabel = "period"
    elif by == "doc_id" and "doc_id" in tf.columns:
        order = tf.drop_duplicates("doc_id")
        if "date" in order.columns:
            order = order.sort_values("date", kind="stable")
        names = order["doc_id"].astype(str)
        if "date" in order.columns and order["date"].notna().all() and order["date"].is_unique:
            names = pd.to_datetime(order["date"]).dt.strftime("%Y-%m-%d")
        label = dict(zip(order["doc_id"], names))
        tf = tf.assign(_col=pd.Categorical(tf["doc_id"].map(label), categories=list(dict.fromkeys(names)), ordered=True))
        xlabel = "release"
    elif by in tf.columns:
        tf = tf.assign(_col=tf[by].astype(str))
        xlabel = by
    else:
        raise ValueError(f"theme_heatmap: by={by!r} is not a column of the table ({list(tf.columns)}); or pass freq='Y'.")
    return tf, xlabel


def theme_heatmap(
    theme_freq: pd.DataFrame,
    *,
    value: str = "per_1k_words",
    by: str = "doc_id",
    freq: str | None = None,
    cmap: str = "Blues",
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Themes (rows) × releases or periods (columns), shaded by ``value``.

    ``theme_freq`` is :func:`toolkit.theme_frequency`'s table; ``value`` is ``per_1k_words``
    (default), ``count`` or ``share``. Columns are documents in date order (``by="doc_id"``,
    labelled by date when each has one), another column of the table (``by="source"``), or
    periods of ``date`` with ``freq="Y"``/``"Q"`` (mean over the period's documents).

    >>> import matplotlib; matplotlib.use("Agg")
    >>> tf = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "date": pd.to_datetime(["2020-01-01"] * 2 + ["2021-01-01"] * 2),
    ...                    "theme": ["trade", "rates"] * 2, "per_1k_words": [1.0, 0.0, 2.0, 3.0]})
    >>> theme_heatmap(tf, freq="Y").get_xlabel()
    'period'
    """
    tf, xlabel = _heatmap_columns(_check_theme_freq(theme_freq, value, "theme_heatmap"), by, freq)
    themes = list(dict.fromkeys(tf["theme"]))
    grid = tf.pivot_table(index="theme", columns="_col", values=value, aggfunc="mean", observed=True).reindex(themes)
    ax = _axes(ax, size=(max(6.0, min(16.0, 0.3 * grid.shape[1] + 4)), max(3.0, 0.32 * len(themes) + 1.5)))
    title = title or f"Themes by {xlabel} ({_VALUE_LABELS.get(value, value)})"
    if grid.size == 0:
        return _empty(ax, "theme_heatmap", title)
    image = ax.imshow(grid.to_numpy(dtype=float), aspect="auto", cmap=cmap, interpolation="nearest")
    ax.figure.colorbar(image, ax=ax, label=_VALUE_LABELS.get(value, value))
    step = _tick_every(grid.shape[1])
    cols = [str(c) for c in grid.columns]
    ax.set_xticks(range(0, len(cols), step), labels=cols[::step], rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(themes)), labels=themes, fontsize=8)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("theme")
    means = grid.mean(axis=1).sort_values(ascending=False)
    peak = grid.stack().idxmax() if grid.notna().any().any() else None
    set_alt_text(
        ax,
        f"Heatmap of {len(themes)} themes across {len(cols)} {xlabel}s ({cols[0]} to {cols[-1]}), shaded by "
        f"{_VALUE_LABELS.get(value, value)}. Highest on average: {', '.join(means.index[:3])}."
        + (f" Single highest cell: {peak[0]} in {peak[1]}." if peak is not None else ""),
    )
    return ax


def theme_trend(
    theme_freq: pd.DataFrame,
    themes: Iterable[str] | None = None,
    *,
    value: str = "per_1k_words",
    freq: str | None = None,
    top: int = 5,
    title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """How chosen themes moved over time: one line per theme.

    ``themes`` are theme names (default: the ``top`` themes by mean ``value``). Points are the
    mean per release date, or per period with ``freq="Y"``/``"Q"``/``"M"``.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> tf = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2020-01-01", "2021-01-01"]),
    ...                    "theme": ["trade", "trade"], "per_1k_words": [1.0, 2.0]})
    >>> theme_trend(tf, ["trade"]).get_legend().get_texts()[0].get_text()
    'trade'
    """
    tf = _check_theme_freq(theme_freq, value, "theme_trend")
    if "date" not in tf.columns or tf["date"].isna().all():
        raise ValueError("theme_trend needs dates in the 'date' column; documents without dates can go in theme_heatmap.")
    available = list(dict.fromkeys(tf["theme"]))
    if themes is None:
        chosen = list(tf.groupby("theme")[value].mean().sort_values(ascending=False).index[:top])
    else:
        chosen = [themes] if isinstance(themes, str) else list(themes)
        unknown = [t for t in chosen if t not in available]
        if unknown:
            raise ValueError(f"theme_trend: unknown theme(s) {unknown}; the table has: {', '.join(available)}.")
    dated = tf[tf["theme"].isin(chosen) & tf["date"].notna()]
    when = pd.to_datetime(dated["date"])
    if freq is not None:
        when = when.dt.to_period(freq).dt.to_timestamp()
    lines = dated.assign(_when=when).groupby(["theme", "_when"])[value].mean().unstack("theme")
    ax = _axes(ax)
    for theme in chosen:
        if theme in lines.columns:
            ax.plot(lines.index, lines[theme], marker="o", markersize=3, linewidth=1.4, label=theme)
    ax.legend(fontsize=8, frameon=False)
    unit = _VALUE_LABELS.get(value, value)
    ax.set_title(title or f"Themes over time ({unit}{', by ' + freq if freq else ''})")
    ax.set_xlabel("date" if freq is None else f"period ({freq})")
    ax.set_ylabel(unit)
    parts = []
    for theme in chosen:
        if theme in lines.columns and lines[theme].notna().any():
            parts.append(f"{theme} peaks at {lines[theme].max():.2f} on {lines[theme].idxmax():%Y-%m-%d}")
    span = f"{lines.index.min():%Y-%m-%d} to {lines.index.max():%Y-%m-%d}" if len(lines) else "no dates"
    set_alt_text(ax, f"Line chart of {len(chosen)} themes, {unit}, {span}. " + "; ".join(parts) + ".")
    return ax
