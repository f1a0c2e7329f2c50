"""Render the numbered notebooks into a set of HTML reports, plus an ``index.html``.

``python -m toolkit report --corpus PATH`` calls :func:`render_report`. The notebooks run
unchanged on any corpus: each opens with a papermill ``parameters`` cell (``corpus``, ``start``,
``end``, ``source``, ``old_release``, ``new_release``, ``interactive``) and the report fills it in.

The notebooks themselves use two small helpers from here so their cells stay thin:
:func:`load` (load a corpus and keep a date range / one source) and :func:`show` (display a
figure as an ``<img>`` whose ``alt`` is the figure's alt text, so the HTML reports are readable
with a screen reader).

Output is built in a hidden temporary folder beside ``out`` and moved into place only when every
notebook ran, so a failed or interrupted run leaves the previous report set as it was.
"""
from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import html
import io
import json
import os
import platform
import shlex
import shutil
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor, as_completed
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

__all__ = ["render_report", "check_corpus", "load", "show", "say", "summary", "figure_html",
           "plot_releases", "plot_lengths", "period_for", "releases", "pick_releases", "NOTEBOOKS"]

#: The report notebooks, in reading order: file stem -> (title, one-line description).
NOTEBOOKS: dict[str, tuple[str, str]] = {
    "01_corpus_overview": (
        "Corpus overview",
        "What was loaded and skipped, releases over time, document lengths and sources.",
    ),
    "02_outlook_sentiment": (
        "Outlook sentiment",
        "Tone by release with intervals, the most positive and negative sentences and why, "
        "uncertainty and forward-looking share, VADER side by side.",
    ),
    "03_theme_frequency": (
        "Theme frequency",
        "Theme heatmap and trends, key terms, collocations, word clouds and theme coverage.",
    ),
    "04_release_comparison": (
        "Release comparison",
        "Latest release against the previous one: redline, what moved the tone, keyness, "
        "and the largest shifts over the timeline.",
    ),
    "05_validation": (
        "Validation",
        "How well the scorers agree with labelled data, confusion matrices and their limits.",
    ),
}

#: Relative run time of the notebooks (FOMC 2006-2025), to start the slow ones first.
_COST = {"04_release_comparison": 5, "03_theme_frequency": 4, "02_outlook_sentiment": 3, "01_corpus_overview": 2,
         "05_validation": 1}

#: Parameters every notebook's ``parameters`` cell defines (``--param key=value`` sets them).
PARAMETERS = ("corpus", "start", "end", "source", "old_release", "new_release", "interactive")

_PACKAGES = (
    "pandas", "numpy", "pyarrow", "matplotlib", "nltk", "simplemma", "vaderSentiment",
    "wordcloud", "scipy", "papermill", "nbconvert", "nbclient", "ipykernel",
)

NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"


# --------------------------------------------------------------------------- notebook helpers
def figure_html(ax, *, dpi: int = 96) -> str:
    """The figure holding ``ax`` as an ``<img>`` tag: an embedded PNG, ``alt`` from its alt text.

    The alt text is :func:`toolkit.plots._common.alt_text` of ``ax`` (set with
    ``set_alt_text``, else built from the title and axis labels), HTML-escaped.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> from toolkit.plots._common import set_alt_text
    >>> fig, ax = plt.subplots()
    >>> tag = figure_html(set_alt_text(ax, 'Tone "by" quarter'))
    >>> tag.startswith('<img alt="Tone &quot;by&quot; quarter" src="data:image/png;base64,')
    True
    """
    from toolkit.plots._common import alt_text

    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = html.escape(alt_text(ax), quote=True)
    return f'<img alt="{alt}" src="data:image/png;base64,{data}" style="max-width:100%">'


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


def load(corpus, start=None, end=None, source=None) -> pd.DataFrame:
    """Load ``corpus`` (a folder or file, or an already loaded DataFrame) and keep one date range / source.

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
    if isinstance(corpus, pd.DataFrame):
        docs = corpus
    else:
        from toolkit.corpus import load_corpus

        with warnings.catch_warnings(record=True) as caught:  # kept in attrs, shown by notebook 01
            warnings.simplefilter("always")
            docs = load_corpus(corpus)
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


def say(template: str, **values) -> None:
    """Display a Markdown sentence with ``values`` filled in, HTML-escaped (they may come from articles).

    Notebooks use it to state the answer found on *this* corpus. Returns nothing, so the sentence
    is not shown a second time as the cell's value.

    >>> say("Loaded **{n}** articles from {src}.", n=3, src="<b>Fed</b>")  # doctest: +ELLIPSIS
    <IPython.core.display.Markdown object>
    """
    from IPython.display import Markdown, display

    display(Markdown(template.format(**{k: html.escape(str(v)) for k, v in values.items()})))


def summary(docs: pd.DataFrame) -> pd.DataFrame:
    """A one-table summary of a loaded corpus: articles, duplicates, skipped files, dates, sources, words.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "date": pd.to_datetime(["2020-01-01"]), "source": ["Fed"],
    ...                    "text": ["Rates held."]})
    >>> summary(df).loc["articles", "value"]
    '1'
    """
    dated = docs["date"].dropna() if "date" in docs else pd.Series(dtype="datetime64[ns]")
    skipped = docs.attrs.get("skipped")
    words = docs["text"].fillna("").str.split().str.len() if "text" in docs else pd.Series(dtype=int)
    dupes = int(docs["is_duplicate"].fillna(False).astype(bool).sum()) if "is_duplicate" in docs else 0
    sources = docs["source"].replace("", "(no source)").value_counts() if "source" in docs else pd.Series(dtype=int)
    rows = {
        "articles": len(docs),
        "marked duplicate": dupes,
        "files skipped": len(skipped) if isinstance(skipped, pd.DataFrame) else 0,
        "without a date": int(docs["date"].isna().sum()) if "date" in docs else len(docs),
        "first date": f"{dated.min():%Y-%m-%d}" if len(dated) else "-",
        "last date": f"{dated.max():%Y-%m-%d}" if len(dated) else "-",
        "sources": ", ".join(f"{s} ({n})" for s, n in sources.head(8).items())
        + (f", … ({len(sources)} in all)" if len(sources) > 8 else ""),
        "median words per article": int(words.median()) if len(words) else 0,
    }
    return pd.DataFrame({"value": [str(v) for v in rows.values()]}, index=pd.Index(list(rows), name="item"))


def plot_releases(docs: pd.DataFrame, ax=None):
    """Bar chart of articles per year (per month when the corpus spans under two years); returns the Axes.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> df = pd.DataFrame({"date": pd.to_datetime(["2020-01-01", "2021-05-01"])})
    >>> plot_releases(df).get_title()
    'Articles per month'
    """
    import matplotlib.pyplot as plt

    from toolkit.plots._common import set_alt_text

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3))
    dated = docs["date"].dropna()
    by_year = dated.dt.year.nunique() > 2
    keys = dated.dt.year.astype(str) if by_year else dated.dt.strftime("%Y-%m")
    counts = keys.value_counts().sort_index()
    unit = "year" if by_year else "month"
    ax.bar(counts.index.tolist(), counts.to_numpy(), color="#4C72B0")
    ax.set(title=f"Articles per {unit}", xlabel=unit.capitalize(), ylabel="Articles")
    ax.tick_params(axis="x", labelrotation=90)
    span = f"from {counts.index[0]} to {counts.index[-1]}" if len(counts) else "(no dated articles)"
    peak = f"; most in {counts.idxmax()} ({counts.max()})" if len(counts) else ""
    return set_alt_text(ax, f"Bar chart of articles per {unit}, {len(dated)} dated articles {span}{peak}.")


def plot_lengths(docs: pd.DataFrame, ax=None):
    """Histogram of article length in words; returns the Axes.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> plot_lengths(pd.DataFrame({"text": ["a b c", "a b"]})).get_xlabel()
    'Words per article'
    """
    import matplotlib.pyplot as plt

    from toolkit.plots._common import set_alt_text

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3))
    words = docs["text"].fillna("").str.split().str.len()
    ax.hist(words, bins=min(30, max(5, len(words) // 3)), color="#55A868")
    ax.set(title="Article length", xlabel="Words per article", ylabel="Articles")
    desc = (f"Histogram of article length: median {int(words.median())} words, "
            f"shortest {int(words.min())}, longest {int(words.max())}.") if len(words) else "No articles."
    return set_alt_text(ax, desc)


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


def pick_releases(docs: pd.DataFrame, old=None, new=None):
    """The two releases to compare, as ``(old_docs, new_docs, old_label, new_label)``; None with under two.

    ``new`` defaults to the latest release, ``old`` to the one before ``new``. Each may be a date
    ("YYYY-MM-DD") or a ``doc_id``; unknown values raise a ``ValueError`` listing what exists. When
    the documents have a ``type`` column (Markdown front matter) with several kinds, the defaults
    compare like with like: the latest two releases of the most common type (FOMC statements, not a
    statement against the "longer-run goals" document).

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["x", "y", "z"], "source": "Fed",
    ...                      "date": pd.to_datetime(["2023-11-01", "2023-12-13", "2024-01-31"])})
    >>> pick_releases(docs)[2:]
    ('2023-12-13', '2024-01-31')
    >>> pick_releases(docs, old="a")[2:]
    ('a', '2024-01-31')
    """
    from toolkit.compare import select

    dates = releases(docs)
    if len(dates) < 2 and (old is None or new is None):
        return None
    if "type" in docs and docs["type"].nunique() > 1 and (old is None or new is None):
        usual = docs[docs["type"] == docs["type"].mode().iloc[0]]
        usual_dates = releases(usual)
        if len(usual_dates) >= 2:
            docs, dates = usual, usual_dates

    def one(value):
        value = str(value)
        if value in set(docs["doc_id"].astype(str)):
            return select(docs, doc_id=value)
        return select(docs, date=value)

    new_label = str(new) if new is not None else dates[-1]
    new_docs = one(new_label)
    if old is None:
        before = [d for d in dates if d < f"{new_docs['date'].min():%Y-%m-%d}"]
        if not before:
            return None
        old = before[-1]
    return one(old), new_docs, str(old), new_label


# --------------------------------------------------------------------------- corpus checks
def check_corpus(path) -> pd.DataFrame:
    """Load the corpus at ``path`` and fail early, with a message a user can act on, when it is unusable.

    Raises ``FileNotFoundError`` when ``path`` does not exist, ``ValueError`` when it is an empty
    folder or when no file in it could be read as an article (the message names the first few
    files skipped and why). Returns the loaded corpus.

    >>> check_corpus("no/such/folder")
    Traceback (most recent call last):
    ...
    FileNotFoundError: corpus not found: no/such/folder does not exist; pass --corpus with the folder (or file) holding your articles
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(
            f"corpus not found: {path} does not exist; "
            "pass --corpus with the folder (or file) holding your articles"
        )
    if path.is_dir() and not any(p.is_file() for p in path.rglob("*")):
        raise ValueError(f"corpus folder {path} is empty; put your article files in it (txt, md, csv, jsonl, parquet)")
    from toolkit.corpus import load_corpus

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = load_corpus(path)
    docs.attrs["warnings"] = [str(w.message) for w in caught]
    if docs.empty:
        skipped = docs.attrs.get("skipped")
        detail = ""
        if isinstance(skipped, pd.DataFrame) and len(skipped):
            first = "; ".join(f"{Path(p).name}: {r}" for p, r in skipped.head(3).itertuples(index=False))
            detail = f" ({len(skipped)} files skipped, e.g. {first})"
        raise ValueError(
            f"no readable article in {path}{detail}; "
            "each article needs a text body in a supported format (txt, md, csv, jsonl, parquet)"
        )
    return docs


def corpus_hash(path) -> str:
    """SHA-256 over the relative paths and bytes of every file under ``path`` (sorted): the corpus's fingerprint.

    >>> len(corpus_hash("data"))
    64
    """
    path = Path(path)
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for f in files:
        digest.update(os.fsencode(f.relative_to(path) if path.is_dir() else f.name) + b"\0")  # names as on disk
        try:
            digest.update(f.read_bytes() + b"\0")
        except OSError as exc:  # unreadable: the loader skips it too; its name and the error still count
            digest.update(f"unreadable: {exc.strerror}".encode() + b"\0")
    return digest.hexdigest()


# --------------------------------------------------------------------------- running notebooks
def _resolve_notebooks(notebooks) -> list[Path]:
    """Names ("01", "01_corpus_overview") or paths to .ipynb files -> paths, in the order given."""
    if not notebooks:
        notebooks = list(NOTEBOOKS)
    found = []
    for item in notebooks:
        item = str(item)
        path = Path(item)
        if path.suffix == ".ipynb":
            if not path.is_file():
                raise FileNotFoundError(f"notebook not found: {path}")
            found.append(path.resolve())
            continue
        matches = [NOTEBOOK_DIR / f"{stem}.ipynb" for stem in NOTEBOOKS if stem == item or stem.split("_")[0] == item]
        if not matches:
            raise ValueError(f"unknown notebook {item!r}; choose from {', '.join(NOTEBOOKS)} or give a path to a .ipynb file")
        if not matches[0].is_file():
            raise FileNotFoundError(f"notebook {matches[0]} is missing; run from a checkout of the project")
        found.append(matches[0])
    return found


def _kernel_dir() -> str:
    """A Jupyter data folder whose ``python3`` kernel is this interpreter (so the notebooks see this toolkit)."""
    root = Path(tempfile.mkdtemp(prefix="toolkit-kernel-"))
    spec = root / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (toolkit report)",
        "language": "python",
    }))
    return str(root)


def _run_one(notebook: str, out_dir: str, parameters: dict, no_input: bool, kernel_dir: str) -> dict:
    """Execute one notebook with papermill and export it to HTML (runs in a worker process)."""
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [kernel_dir, os.environ.get("JUPYTER_PATH")]))
    os.environ.setdefault("MPLBACKEND", "Agg")
    quiet = os.open(os.devnull, os.O_WRONLY)  # kernels inherit this stderr: keep their start-up chatter
    os.dup2(quiet, 2)                         # off the console; failures come back as exceptions
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    nb_path = Path(notebook)
    out_ipynb = Path(out_dir) / nb_path.name
    t0 = time.perf_counter()
    error = ""
    try:
        pm.execute_notebook(
            str(nb_path), str(out_ipynb), parameters=parameters, kernel_name="python3",
            progress_bar=False, cwd=str(nb_path.parent),
        )
    except Exception as exc:  # papermill raises PapermillExecutionError naming the failing cell
        error = f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else exc!r}"
        if hasattr(exc, "ename"):
            error = f"cell {getattr(exc, 'exec_count', '?')}: {exc.ename}: {exc.evalue}"
        return {"notebook": nb_path.stem, "html": "", "seconds": time.perf_counter() - t0, "error": error}
    nb = nbformat.read(out_ipynb, as_version=4)
    exporter = HTMLExporter(exclude_input=no_input, exclude_input_prompt=no_input, exclude_output_prompt=no_input)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": NOTEBOOKS.get(nb_path.stem, (nb_path.stem,))[0]}})
    out_html = out_ipynb.with_suffix(".html")
    out_html.write_text(body, encoding="utf-8")
    return {"notebook": nb_path.stem, "html": out_html.name, "seconds": time.perf_counter() - t0, "error": error}


def _parse_value(text: str):
    """``--param`` values: JSON scalars/lists (1, 2.5, true, null, ["a"]), ``None``, else the string itself."""
    if text in {"None", "none"}:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_params(items) -> dict:
    """``["start=2010-01-01", "source=Fed"]`` -> ``{"start": "2010-01-01", "source": "Fed"}``.

    Keys must be notebook parameters (see ``PARAMETERS``); ``corpus`` is set with ``--corpus``.

    >>> parse_params(["start=2010-01-01", "end=null"])
    {'start': '2010-01-01', 'end': None}
    """
    params = {}
    for item in items or []:
        key, sep, value = str(item).partition("=")
        key = key.strip()
        if not sep or not key:
            raise ValueError(f"--param {item!r} is not key=value; write e.g. --param start=2010-01-01")
        if key not in PARAMETERS or key == "corpus":
            allowed = ", ".join(p for p in PARAMETERS if p != "corpus")
            raise ValueError(f"unknown parameter {key!r}; the notebooks take {allowed} (the corpus is set with --corpus)")
        params[key] = _parse_value(value.strip())
        if key in ("start", "end") and params[key] is not None:
            try:
                pd.Timestamp(str(params[key]))
            except (ValueError, TypeError, OverflowError):
                raise ValueError(f"--param {key}={value.strip()} is not a real date; "
                                 f"write YYYY-MM-DD, e.g. --param {key}=2010-01-01") from None
    return params


# --------------------------------------------------------------------------- index page
def _headline(docs: pd.DataFrame) -> str:
    """The index's headline figure: tone over time when the sentiment module is there, else releases per year."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dated = docs.dropna(subset=["date"])
    try:
        from toolkit import plots
        from toolkit.sentiment import document_tone, tone_over_time

        tone = document_tone(dated)
        ax = plots.tone_timeline(tone_over_time(tone, freq=period_for(dated["date"])),
                                 title="Outlook tone over time (mean per period, 95% interval)")
    except Exception as exc:  # the index must render even when the sentiment module cannot
        plt.close("all")
        ax = plot_releases(dated)
        note = f"<figcaption>Tone chart unavailable ({html.escape(type(exc).__name__)}: {html.escape(str(exc))})." \
               "</figcaption>"
        tag = figure_html(ax) + note
        plt.close(ax.figure)
        return tag
    tag = figure_html(ax)
    plt.close(ax.figure)
    return tag


def _versions() -> dict:
    import toolkit

    out = {"toolkit": toolkit.__version__, "python": platform.python_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _table(rows) -> str:
    return "<table>" + "".join(
        f"<tr><th scope=\"row\">{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows
    ) + "</table>"


def _index_html(docs: pd.DataFrame, results: list[dict], record: dict, headline: str) -> str:
    esc = html.escape
    summary_html = _table([("corpus", record["corpus"]), *summary(docs)["value"].items()])
    items = []
    for r in results:
        title, desc = NOTEBOOKS.get(r["notebook"], (r["notebook"], ""))
        items.append(f'<li><a href="{esc(r["html"], quote=True)}">{esc(title)}</a> '
                     f'<span class="desc">{esc(desc)}</span></li>')
    params = _table((k, json.dumps(v)) for k, v in record["parameters"].items())
    versions = _table(record["versions"].items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Reports: {esc(Path(record['corpus']).name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem; }}
th, td {{ text-align: left; padding: .2rem .8rem .2rem 0; vertical-align: top; }}
th {{ font-weight: 600; }} .desc {{ color: #555; }} li {{ margin: .3rem 0; }}
code {{ word-break: break-all; }}
</style></head>
<body>
<h1>Reports: {esc(Path(record['corpus']).name)}</h1>
<h2>Corpus</h2>
{summary_html}
<h2>Headline</h2>
<figure>{headline}</figure>
<h2>Reports</h2>
<ol>
{chr(10).join(items)}
</ol>
<h2>Reproducibility</h2>
{_table([("Corpus content hash (SHA-256)", record["corpus_hash"]), ("Rendered", record["time"]),
         ("Seconds", record["seconds"]), ("Command", record["command"])])}
<h3>Parameters</h3>
{params}
<h3>Versions</h3>
{versions}
</body></html>
"""


# --------------------------------------------------------------------------- the report
def render_report(corpus, out="reports", *, notebooks=None, params=None, no_input=False,
                  jobs: int | None = None, progress: bool = True) -> pd.DataFrame:
    """Run the report notebooks on ``corpus`` and write their HTML, plus ``index.html``, to ``out``.

    ``notebooks``: names ("01", "02_outlook_sentiment") or paths to .ipynb files (default: all five).
    ``params``: notebook parameters (``start``, ``end``, ``source``, ``old_release``,
    ``new_release``), a dict or ``["key=value", ...]``. ``no_input`` hides the code cells.
    ``jobs``: notebooks run at once (default: number of CPUs, at most 4).

    The corpus is checked first (see :func:`check_corpus`). Everything is written to a hidden
    temporary folder beside ``out`` and moved into place at the end; when a notebook fails,
    ``RuntimeError`` names it and the failing cell, and ``out`` is left as it was.
    Returns one row per report: ``notebook``, ``html``, ``seconds``.

    >>> render_report("data", "reports", progress=False)  # doctest: +SKIP
    """
    from tqdm.auto import tqdm

    t0 = time.perf_counter()
    corpus = Path(corpus).expanduser()
    docs = check_corpus(corpus)
    if progress:
        for message in docs.attrs.get("warnings", []):
            print(f"note: {message}", file=sys.stderr)
    params = parse_params(params) if not isinstance(params, dict) else dict(params)
    unknown = set(params) - set(PARAMETERS)
    if unknown:
        raise ValueError(f"unknown parameter(s) {sorted(unknown)}; the notebooks take {', '.join(PARAMETERS)}")
    selected = load(docs, params.get("start"), params.get("end"), params.get("source"))
    paths = _resolve_notebooks(notebooks)
    parameters = {**dict.fromkeys(PARAMETERS), "corpus": str(corpus.resolve()), **params, "interactive": False}

    out = Path(out).expanduser().resolve()
    if out.exists() and not out.is_dir():  # found now, not after every notebook ran
        raise FileExistsError(f"--out {out} is a file; give a folder for the reports")
    if corpus.is_dir() and out.is_relative_to(corpus.resolve()):
        raise ValueError(f"--out {out} is inside the corpus folder {corpus}; the reports would be read as "
                         "articles next time: write them outside it")
    out.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = corpus_hash(corpus)
    _recover(out)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp makes it private; the reports are meant to be shared
    kernel_dir = _kernel_dir()
    results: list[dict] = []
    try:
        jobs = max(1, min(jobs or min(os.cpu_count() or 1, 4), len(paths)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool, \
                tqdm(total=len(paths), desc="rendering reports", unit="notebook", disable=not progress) as bar:
            heavy_first = sorted(paths, key=lambda p: -_COST.get(p.stem, 0))  # better packing on few workers
            futures = [pool.submit(_run_one, str(p), str(staging), parameters, no_input, kernel_dir) for p in heavy_first]
            headline = _headline(selected)
            for fut in as_completed(futures):
                result = fut.result()
                bar.set_postfix_str(result["notebook"])
                bar.update()
                if result["error"]:
                    for other in futures:
                        other.cancel()
                    raise RuntimeError(f"notebook {result['notebook']} failed at {result['error']}; "
                                       f"the previous reports in {out} are unchanged")
                results.append(result)
        order = {p.stem: i for i, p in enumerate(paths)}
        results.sort(key=lambda r: order[r["notebook"]])
        record = {
            "corpus": str(corpus.resolve()),
            "corpus_hash": fingerprint,
            "parameters": {k: v for k, v in parameters.items() if k != "interactive"},
            "versions": _versions(),
            "time": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
            "seconds": round(time.perf_counter() - t0, 1),
            "command": " ".join(["python -m toolkit report", "--corpus", shlex.quote(str(corpus))]
                                + [f"--param {shlex.quote(f'{k}={v if isinstance(v, str) else json.dumps(v)}')}"
                                   for k, v in params.items()]
                                + (["--no-input"] if no_input else [])),
            "reports": [{k: r[k] for k in ("notebook", "html", "seconds")} for r in results],
        }
        (staging / "index.html").write_text(_index_html(selected, results, record, headline), encoding="utf-8")
        (staging / "manifest.json").write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
        _swap_into_place(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(kernel_dir, ignore_errors=True)
    table = pd.DataFrame(results, columns=["notebook", "html", "seconds"])
    table["html"] = [str(out / h) for h in table["html"]]
    table.attrs["seconds"] = time.perf_counter() - t0
    table.attrs["out"] = str(out)
    return table


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _recover(out: Path) -> None:
    """Tidy up after a run that was killed: drop its staging folder; put back a set it had moved aside."""
    for leftover in sorted(out.parent.glob(f".{out.name}.*-*-*")):
        kind, _, rest = leftover.name[len(out.name) + 2:].partition("-")
        pid = rest.split("-", 1)[0]
        if kind not in {"tmp", "old"} or not pid.isdigit() or _alive(int(pid)) or not leftover.is_dir():
            continue
        if kind == "old" and not out.exists():
            os.rename(leftover, out)  # killed between the two renames: the previous set comes back
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _swap_into_place(staging: Path, out: Path) -> None:
    """Move the finished ``staging`` folder to ``out``; an existing ``out`` is replaced only now."""
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"--out {out} is a file; give a folder for the reports")
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}-{time.time_ns()}"
        os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        if old is not None:
            os.rename(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
