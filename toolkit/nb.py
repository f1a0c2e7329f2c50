"""What the report notebooks call, so their cells stay a few lines of toolkit calls.

The five notebooks in ``toolkit/notebooks/`` import only ``toolkit``, ``toolkit.plots`` and this
module. Every notebook opens with the papermill ``parameters`` cell and then one shared cell::

    import toolkit
    from toolkit import nb, plots

    docs = nb.setup(corpus, start=start, end=end, source=source)

==================  ==============================================================
``setup``           the shared first cell: display options, then ``load``
``load``            load a corpus (or take a DataFrame), keep a date range / source
``summary``         one table: articles, duplicates, skipped, dates, sources, words
``word_counts``     words per article, by the one word rule (``count_words``)
``say``             a Markdown sentence with values filled in, HTML-escaped
``show``            a figure as an ``<img>`` with alt text (then closed)
``figure_html``     the same ``<img>`` tag as a string (the index page uses it)
``show_html``       display markup the toolkit built (``redline_html``) as HTML
``period_for``      Y, Q or M: a readable number of points over a date span
``releases``        the release dates in a corpus, oldest first
``series_releases`` the release dates of one series (the picker of notebook 04 offers them)
``pick_releases``   the two releases to compare (default: the latest two of one series)
``ranked_sentences`` the most positive and most negative sentences, each text once
``shared_path``     a file in the ``shared`` folder beside the checkout, when there
==================  ==============================================================
"""
from __future__ import annotations

import base64
import html
import io
import os
import warnings
from pathlib import Path

import pandas as pd

__all__ = ["setup", "load", "summary", "word_counts", "say", "show", "show_html", "figure_html", "period_for",
           "releases", "series_releases", "pick_releases", "ranked_sentences", "shared_path"]


def setup(corpus, start=None, end=None, source=None) -> pd.DataFrame:
    """The notebooks' shared first cell: set table display options, then :func:`load` the corpus.

    Tables show up to 160 characters per cell and 3 decimals. Arguments are those of
    :func:`load` (the notebook's ``corpus``, ``start``, ``end`` and ``source`` parameters).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "date": pd.to_datetime(["2020-01-01"]), "source": ["Fed"],
    ...                    "text": ["Rates held."]})
    >>> len(setup(df)), pd.get_option("display.precision")
    (1, 3)
    """
    pd.set_option("display.max_colwidth", 160)
    pd.set_option("display.precision", 3)
    return load(corpus, start=start, end=end, source=source)


def load(corpus, start=None, end=None, source=None) -> pd.DataFrame:
    """Load ``corpus`` (a folder or file, or an already loaded DataFrame) and keep one date range / source.

    ``corpus=None`` (the notebooks' default) is the bundled sample, ``data/`` of the toolkit's
    checkout (the seed article and ten FOMC statements), wherever the notebook was copied to; an
    installation without that folder raises ``FileNotFoundError`` saying to set ``corpus``.
    A folder or file is read with :data:`toolkit.corpus.options.REPORT_OPTIONS` (words run together by
    PDF extraction split, run-in headings on lines of their own), as the report's checks read it.
    ``start`` and ``end`` are inclusive dates ("YYYY-MM-DD") or None; ``source`` keeps only the
    articles whose ``source`` equals it. Articles without a date are dropped when a date range is
    given. ``df.attrs`` keeps ``skipped`` and ``root`` from :func:`toolkit.load_corpus` and adds
    ``warnings`` (the loader's warnings, not printed) and ``filtered_out`` (how many articles the range/source removed). Raises ``ValueError`` when
    nothing is left, naming the filter to change.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2020-01-01", "2021-01-01"]),
    ...                    "source": ["Fed", "Fed"], "text": ["x", "y"]})
    >>> load(df, start="2020-06-01")["doc_id"].tolist()
    ['b']
    """
    if corpus is None:
        corpus = _sample()
    if isinstance(corpus, pd.DataFrame):
        docs = corpus
    else:
        from toolkit.corpus import load_corpus
        from toolkit.corpus.options import REPORT_OPTIONS

        with warnings.catch_warnings(record=True) as caught:  # kept in attrs, shown by notebook 01
            warnings.simplefilter("always")
            docs = load_corpus(corpus, **REPORT_OPTIONS)  # words run together split, headings apart
        docs.attrs["warnings"] = [str(w.message) for w in caught]
    attrs = dict(docs.attrs)
    keep = pd.Series(True, index=docs.index)
    if start is not None:
        keep &= docs["date"] >= pd.Timestamp(start)
    if end is not None:
        keep &= docs["date"] <= pd.Timestamp(end)
    if source is not None:
        keep &= docs["source"] == source
    out = docs[keep.fillna(False).astype(bool)].reset_index(drop=True)
    out.attrs = {**attrs, "filtered_out": int(len(docs) - len(out))}
    if len(docs) and out.empty:
        sources = ", ".join(sorted(map(str, docs["source"].dropna().unique()))[:10])
        raise ValueError(
            f"no article left after keeping start={start!r}, end={end!r}, source={source!r}: "
            f"the corpus has {len(docs)} articles dated {docs['date'].min():%Y-%m-%d} .. "
            f"{docs['date'].max():%Y-%m-%d} from sources [{sources}]; widen the range or change source"
        )
    return out


def _sample() -> Path:
    """The bundled sample ``data/`` beside the package in a checkout; ``FileNotFoundError`` when absent."""
    path = Path(__file__).resolve().parents[1] / "data"
    if not (path / "fomc").is_dir():
        raise FileNotFoundError(f"corpus=None stands for the bundled sample, {path}, which this installation does "
                                "not have (it comes with a checkout of the toolkit); set `corpus` in the "
                                "parameters cell to the folder (or file) holding your articles")
    return path


def summary(docs: pd.DataFrame) -> pd.DataFrame:
    """A one-table summary of a loaded corpus: articles, duplicates, skipped files, dates, sources, the
    series the reports compare (:func:`toolkit.compare.series_of`), words.

    "median words per article" counts words with :func:`word_counts` (the toolkit's one word rule),
    the same count ``plots.plot_lengths`` draws.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "date": pd.to_datetime(["2020-01-01"]), "source": ["Fed"],
    ...                    "text": ["Rates held."]})
    >>> summary(df).loc["articles", "value"]
    '1'
    """
    from toolkit.compare.series import series_of

    dated = docs["date"].dropna() if "date" in docs else pd.Series(dtype="datetime64[ns]")
    skipped = docs.attrs.get("skipped")
    words = word_counts(docs) if "text" in docs else pd.Series(dtype=int)
    dupes = int(docs["is_duplicate"].fillna(False).astype(bool).sum()) if "is_duplicate" in docs else 0
    sources = docs["source"].replace("", "(no source)").value_counts() if "source" in docs else pd.Series(dtype=int)
    series = series_of(docs).value_counts() if len(docs) else pd.Series(dtype=int)
    rows = {
        "articles": len(docs),
        "marked duplicate": dupes,
        "files skipped": len(skipped) if isinstance(skipped, pd.DataFrame) else 0,
        "without a date": int(docs["date"].isna().sum()) if "date" in docs else len(docs),
        "first date": f"{dated.min():%Y-%m-%d}" if len(dated) else "-",
        "last date": f"{dated.max():%Y-%m-%d}" if len(dated) else "-",
        "sources": _counts(sources),
        "series (what the reports compare)": _counts(series),
        "median words per article": int(words.median()) if len(words) else 0,
    }
    return pd.DataFrame({"value": [str(v) for v in rows.values()]}, index=pd.Index(list(rows), name="item"))


def _counts(values: pd.Series, limit: int = 8) -> str:
    """"name (count), ..." for the first ``limit`` of ``value_counts`` output, and how many in all."""
    return ", ".join(f"{s} ({n})" for s, n in values.head(limit).items()) \
        + (f", … ({len(values)} in all)" if len(values) > limit else "")


def word_counts(docs: pd.DataFrame) -> pd.Series:
    """Words per article of ``docs["text"]``, on ``docs``' index (a missing text has 0 words).

    Counted with :func:`toolkit.tokenizing.count_words`, the one word rule every count in the
    toolkit uses (numbers and punctuation are not words; "U.S." is one).

    >>> import pandas as pd
    >>> word_counts(pd.DataFrame({"text": ["The U.S. economy grew 4.6 percent.", None]})).tolist()
    [5, 0]
    """
    from toolkit.tokenizing import count_words

    texts = docs["text"].fillna("").astype(str).tolist()
    return pd.Series(count_words(texts), index=docs.index, dtype="int64", name="words")


def say(template: str, **values) -> None:
    """Display a Markdown sentence with ``values`` filled in, HTML-escaped (they may come from articles).

    Notebooks use it to state the answer found on *this* corpus. Returns nothing, so the sentence
    is not shown a second time as the cell's value.

    >>> say("Loaded **{n}** articles from {src}.", n=3, src="<b>Fed</b>")  # doctest: +ELLIPSIS
    <IPython.core.display.Markdown object>
    """
    from IPython.display import Markdown, display

    display(Markdown(template.format(**{k: html.escape(str(v)) for k, v in values.items()})))


def show(ax, *, dpi: int = 96) -> None:
    """Display the figure holding ``ax`` in a notebook as an ``<img>`` with alt text, then close it.

    Use it instead of letting Jupyter draw the figure, so the HTML report carries alt text
    (and the figure is not shown twice).

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.set_title("Releases per year")
    >>> show(ax)  # doctest: +ELLIPSIS
    <IPython.core.display.HTML object>
    """
    import matplotlib.pyplot as plt
    from IPython.display import HTML, display

    tag = figure_html(ax, dpi=dpi)
    plt.close(ax.figure)
    display(HTML(tag))


def show_html(markup: str) -> None:
    """Display ``markup`` as HTML in a notebook: for markup the toolkit built and escaped (``redline_html``).

    Article text must not reach it unescaped; use :func:`say` for sentences with values.

    >>> show_html("<p>two releases</p>")  # doctest: +ELLIPSIS
    <IPython.core.display.HTML object>
    """
    from IPython.display import HTML, display

    display(HTML(markup))


def figure_html(ax, *, dpi: int = 96) -> str:
    """The figure holding ``ax`` as an ``<img>`` tag: an embedded PNG, ``alt`` from its alt text.

    The alt text is :func:`toolkit.plots.alt_text` of ``ax`` (set with
    ``toolkit.plots.set_alt_text``, else built from the title and axis labels), HTML-escaped.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> from toolkit.plots import set_alt_text
    >>> fig, ax = plt.subplots()
    >>> tag = figure_html(set_alt_text(ax, 'Tone "by" quarter'))
    >>> tag.startswith('<img alt="Tone &quot;by&quot; quarter" src="data:image/png;base64,')
    True
    """
    from toolkit.plots import alt_text

    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = html.escape(alt_text(ax), quote=True)
    return f'<img alt="{alt}" src="data:image/png;base64,{data}" style="max-width:100%">'


def period_for(dates) -> str:
    """A pandas period alias that gives a readable number of points over ``dates``' span: Y, Q or M.

    >>> import pandas as pd
    >>> period_for(pd.to_datetime(["2006-01-31", "2025-08-22"]))
    'Y'
    >>> period_for(pd.to_datetime(["2023-11-01", "2024-03-20"]))
    'M'
    """
    dates = pd.Series(pd.to_datetime(dates)).dropna()
    years = (dates.max() - dates.min()).days / 365.25 if len(dates) else 0
    return "Y" if years > 8 else "Q" if years > 2 else "M"


def releases(docs: pd.DataFrame) -> list[str]:
    """The release dates ("YYYY-MM-DD") in ``docs``, oldest first, duplicates left out.

    >>> import pandas as pd
    >>> releases(pd.DataFrame({"date": pd.to_datetime(["2024-01-31", "2023-12-13", "2024-01-31"])}))
    ['2023-12-13', '2024-01-31']
    """
    if "is_duplicate" in docs:
        docs = docs[~docs["is_duplicate"].fillna(False).astype(bool)]
    return sorted({f"{d:%Y-%m-%d}" for d in docs["date"].dropna()})


def series_releases(docs: pd.DataFrame, series=None) -> list[str]:
    """The release dates of one series, oldest first: ``series``, else the series
    :func:`pick_releases` compares by default (the one with the most releases).

    What notebook 04's drop-downs offer, so a pick compares like with like; ``series="all"`` lists
    every date, as :func:`releases` does.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c", "g"], "text": ["x", "y", "z", "w"], "source": "Fed",
    ...                      "type": ["meeting", "meeting", "meeting", "goals"],
    ...                      "date": pd.to_datetime(["2023-11-01", "2023-12-13", "2024-01-31", "2024-02-01"])})
    >>> series_releases(docs)
    ['2023-11-01', '2023-12-13', '2024-01-31']
    >>> series_releases(docs, series="all")[-1]
    '2024-02-01'
    """
    return releases(_series_pool(docs, series, None))


def pick_releases(docs: pd.DataFrame, old=None, new=None, series=None):
    """The two releases to compare, as ``(old_docs, new_docs, old_label, new_label)``; None with under two.

    Like with like: ``new`` defaults to the latest release of the series a reader follows (the one
    with the most releases, see :func:`toolkit.series_of`), ``old`` to the release before ``new``
    *in new's series* — the latest two FOMC statements, not a statement against the longer-run
    goals document published after it. ``series`` names the series to pick from instead, or
    ``"all"`` mixes them (the latest two dates, whatever their series). ``old`` and ``new`` may be
    a date ("YYYY-MM-DD") or a ``doc_id``; a date holding releases of several series keeps the
    series with the most releases unless both ``old`` and ``new`` are given (then each is taken as
    it is). Unknown values raise a ``ValueError`` listing what exists. Each frame's
    ``attrs["series"]`` names its series.

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c", "g"], "text": ["x", "y", "z", "w"], "source": "Fed",
    ...                      "type": ["meeting", "meeting", "meeting", "goals"],
    ...                      "date": pd.to_datetime(["2023-11-01", "2023-12-13", "2024-01-31", "2024-02-01"])})
    >>> pick_releases(docs)[2:]
    ('2023-12-13', '2024-01-31')
    >>> pick_releases(docs, series="all")[2:]
    ('2024-01-31', '2024-02-01')
    >>> pick_releases(docs, old="a")[2:]
    ('a', '2024-01-31')
    """
    from toolkit.compare import select

    def one(value, pool):
        value = str(value)
        if value in set(pool["doc_id"].astype(str)):
            return select(pool, doc_id=value)
        return select(pool, date=value)

    if old is not None and new is not None:
        return _named(one(old, docs)), _named(one(new, docs)), str(old), str(new)
    pool = _series_pool(docs, series, None if new is None else one(new, docs))
    dates = releases(pool)
    if new is None and len(dates) < 2 and old is None:
        return None
    new_label = str(new) if new is not None else dates[-1]
    new_docs = one(new_label, pool)
    if old is None:
        before = [d for d in dates if d < f"{new_docs['date'].min():%Y-%m-%d}"]
        if not before:
            return None
        old = before[-1]
    return _named(one(old, pool)), _named(new_docs), str(old), new_label


def ranked_sentences(scored: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` most positive and ``n`` most negative sentences of ``scored``, each text once.

    ``scored`` is :func:`toolkit.score_sentences`' table. A sentence repeated across releases
    (boilerplate a central bank keeps from statement to statement) is one row, its latest
    occurrence, with ``n_releases`` saying in how many documents it appears; only sentences
    scoring above 0 can rank as positive and only those below 0 as negative, so a short corpus
    never lists one sentence on both sides. Adds ``side`` ("positive"/"negative"); most positive
    first, then most negative first.

    >>> scored = pd.DataFrame({"doc_id": ["a", "b", "b"], "date": pd.to_datetime(["2024-01-31", "2024-03-20",
    ...                        "2024-03-20"]), "sentence": ["Growth picked up.", "Growth picked up.", "Risks rose."],
    ...                        "score": [0.5, 0.5, -0.4], "label": ["positive", "positive", "negative"]})
    >>> ranked_sentences(scored)[["sentence", "side", "n_releases"]].values.tolist()
    [['Growth picked up.', 'positive', 2], ['Risks rose.', 'negative', 1]]
    """
    if not {"sentence", "score"} <= set(scored.columns):
        raise ValueError(f"ranked_sentences needs score_sentences' table ('sentence', 'score'); got {list(scored.columns)}.")
    key = scored["sentence"].astype(str).str.split().str.join(" ")
    docs = scored["doc_id"] if "doc_id" in scored else scored.index.to_series()
    counts = docs.groupby(key).nunique()
    order = scored.assign(_key=key).sort_values("date" if "date" in scored else "_key", kind="stable")
    once = order.drop_duplicates("_key", keep="last")
    once = once.assign(n_releases=once["_key"].map(counts).astype(int))
    pos = once[once["score"] > 0].sort_values("score", ascending=False, kind="stable").head(n).assign(side="positive")
    neg = once[once["score"] < 0].sort_values("score", kind="stable").head(n).assign(side="negative")
    return pd.concat([pos, neg]).drop(columns="_key")


def _series_pool(docs: pd.DataFrame, series, new_docs: pd.DataFrame | None) -> pd.DataFrame:
    """The documents :func:`pick_releases` picks from: one series (named, else the main series of
    ``new_docs`` or of ``docs``), or all of ``docs`` for ``series="all"``."""
    from toolkit.compare import series_of
    from toolkit.compare.releases import _main_series

    if series == "all":
        return docs
    names = series_of(docs)
    if series is None:
        usable = docs[~docs["is_duplicate"].fillna(False).astype(bool)] if "is_duplicate" in docs else docs
        among = usable if new_docs is None else usable[series_of(usable).isin(set(series_of(new_docs)))]
        series = _main_series(among if len(among) else usable)
    if series not in set(names):
        raise ValueError(f"no document of series {series!r}; series in this corpus: "
                         f"{', '.join(sorted(set(names)))}. Pass series='all' to mix them.")
    return docs[names == series]


def _named(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``attrs["series"]``: the series of its documents, comma-separated."""
    from toolkit.compare import series_of

    frame.attrs["series"] = ", ".join(sorted(set(series_of(frame))))
    return frame


def shared_path(relative: str) -> Path:
    """``relative`` inside the ``shared`` data folder: ``$TOOLKIT_SHARED``, else ``shared/`` beside the checkout.

    The real corpora and evaluation sets live in a ``shared`` folder next to the project (the
    tests look there too). The path is returned whether or not it exists, so a notebook can say
    what it looked for; from an installed package it points beside the installation folder.

    >>> shared_path("eval/ecosent/gold_en.csv").name
    'gold_en.csv'
    """
    root = os.environ.get("TOOLKIT_SHARED")
    base = Path(root) if root else Path(__file__).resolve().parents[2] / "shared"
    return base / relative
