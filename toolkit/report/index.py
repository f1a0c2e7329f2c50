"""The index page of a report set: corpus summary, a headline figure, links, and what it takes to reproduce it.

``headline`` draws the figure (tone over time of one series, else releases per year) on a
``matplotlib.figure.Figure`` of its own, so the caller's pyplot state and backend are left alone;
``build_record`` gathers what ``manifest.json`` holds (corpus hash, parameters, versions, command);
``index_html`` lays the page out.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import platform
import shlex
from importlib import metadata
from pathlib import Path

import pandas as pd

from toolkit.nb import figure_html, period_for, summary
from toolkit.report.catalog import NOTEBOOKS
from toolkit.report.latest import latest_pair

__all__ = ["headline", "build_record", "index_html"]

_PACKAGES = (
    "pandas", "numpy", "pyarrow", "matplotlib", "nltk", "simplemma", "vaderSentiment",
    "wordcloud", "scipy", "papermill", "nbconvert", "nbclient", "ipykernel",
)


def _new_axes(figsize):
    """Axes on a new ``Figure`` (object API; saved through the Agg canvas): not registered with pyplot."""
    from matplotlib.figure import Figure

    return Figure(figsize=figsize).add_subplot()


def headline(docs: pd.DataFrame, tone: pd.DataFrame | None = None) -> str:
    """The index's headline figure as an ``<img>`` and a caption naming the latest two releases.

    Like with like: the figure is the tone over time of the series a reader follows (the one with
    the most releases, :func:`toolkit.series_of`; every document when there is one series), and the
    caption compares its latest two releases (:func:`toolkit.nb.pick_releases`) -- for FOMC the
    latest two statements, not the statement and the longer-run goals document after it -- and
    states each one's policy decision and dissents when it states one
    (:func:`toolkit.policy.describe_decision`). When the
    sentiment module does not work, releases per year are drawn instead. Drawn without pyplot: the
    caller's backend and open figures are not touched. ``tone``: :func:`toolkit.document_tone` of
    ``docs`` when the caller has it already (the rows of the shown documents are used), else scored here.
    """
    from toolkit.compare import series_of
    from toolkit.plots.corpus import plot_releases

    dated = docs.dropna(subset=["date"])
    pair = latest_pair(docs)
    several = series_of(dated).nunique() > 1
    shown = dated[series_of(dated) == pair[1].attrs["series"]] if pair and several else dated
    try:
        from toolkit import plots
        from toolkit.tone import document_tone, tone_over_time

        tone = document_tone(shown) if tone is None else tone[tone["doc_id"].isin(shown["doc_id"])]
        what = f": {pair[1].attrs['series']} releases" if pair and several else ""
        ax = plots.tone_timeline(tone_over_time(tone, freq=period_for(shown["date"]), series="all"),
                                 title=f"Outlook tone over time{what} (mean per period, 95% interval)",
                                 ax=_new_axes((10, 4)))
    except Exception as exc:  # the index must render even when the sentiment module cannot
        ax = plot_releases(dated, ax=_new_axes((8, 3)))
        note = f"Tone chart unavailable ({type(exc).__name__}: {exc}). "
        return figure_html(ax) + _caption(note + _latest_pair(pair, None, several))
    return figure_html(ax) + _caption(_latest_pair(pair, tone, several))


def _decision_of(release) -> str:
    """"; <the release's decision>" when its text states one, else ""."""
    from toolkit.policy import describe_decision, policy_decisions

    said = describe_decision(policy_decisions(release), release["doc_id"])
    return f"; {said}" if said else ""


def _latest_pair(pair, tone: pd.DataFrame | None, several: bool) -> str:
    """The caption's sentence: the latest two releases of one series, with their tone when known."""
    if pair is None:
        return "Fewer than two dated releases of one series: nothing to compare."
    old, new, old_label, new_label = pair

    def tone_of(release) -> str:
        decision = _decision_of(release)
        if tone is None:
            return f" ({decision[2:]})" if decision else ""
        value = tone.loc[tone["doc_id"].isin(release["doc_id"]), "tone"].mean()
        return f" (tone {value:+.2f}{decision})"

    series = f" in the series \u201c{new.attrs['series']}\u201d" if several else ""
    return f"Latest two releases{series}: {old_label}{tone_of(old)} → {new_label}{tone_of(new)}."


def _caption(text: str) -> str:
    return f"<figcaption>{html.escape(text)}</figcaption>" if text else ""


def _versions() -> dict:
    import toolkit

    out = {"toolkit": toolkit.__version__, "python": platform.python_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _command(corpus: Path, params: dict, no_input: bool) -> str:
    """The ``python -m toolkit report`` command line that renders this set again."""
    return " ".join(["python -m toolkit report", "--corpus", shlex.quote(str(corpus))]
                    + [f"--param {shlex.quote(f'{k}={v if isinstance(v, str) else json.dumps(v)}')}"
                       for k, v in params.items()]
                    + (["--no-input"] if no_input else []))


def build_record(corpus: Path, fingerprint: str, parameters: dict, params: dict, no_input: bool,
                 results: list[dict], seconds: float) -> dict:
    """What ``manifest.json`` holds and the index shows: corpus, its hash, parameters, versions, time, command."""
    return {
        "corpus": str(corpus.resolve()),
        "corpus_hash": fingerprint,
        "parameters": {k: v for k, v in parameters.items() if k != "interactive"},
        "versions": _versions(),
        "time": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "seconds": round(seconds, 1),
        "command": _command(corpus, params, no_input),
        "reports": [{k: r[k] for k in ("notebook", "html", "seconds")} for r in results],
    }


def _table(rows) -> str:
    return "<table>" + "".join(
        f"<tr><th scope=\"row\">{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows
    ) + "</table>"


def index_html(docs: pd.DataFrame, results: list[dict], record: dict, headline: str, *, changes: str = "") -> str:
    """The ``index.html`` page (an HTML template filled in; every value from the corpus is escaped).

    ``changes``: the "What changed" section and the tables list (:func:`toolkit.report.answers.what_changed`),
    shown first, before the corpus summary.
    """
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
.answer {{ font-size: 1.1rem; }} section.series {{ border-left: 3px solid #c33; padding-left: .8rem; margin: 1rem 0; }}
</style></head>
<body>
<h1>Reports: {esc(Path(record['corpus']).name)}</h1>
{changes}
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
