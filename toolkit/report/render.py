"""``render_report``: check the inputs, run the notebooks, write the index, move the set into place.

Each step lives in its own module of ``toolkit.report``: ``checks`` (corpus, parameters, output
folder), ``execute`` (papermill + nbconvert in worker processes), ``index`` (the index page and
``manifest.json``), ``answers`` (what changed per series, the CSV tables), ``swap`` (the staging
folder and the atomic move).
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import pandas as pd

from toolkit.nb import load
from toolkit.report.catalog import PARAMETERS, resolve_notebooks
from toolkit.report.checks import check_corpus, check_out, check_params, corpus_hash
from toolkit.report.execute import kernel_dir, run_notebooks
from toolkit.report.index import build_record, headline, index_html
from toolkit.report.answers import what_changed
from toolkit.report.swap import _recover, make_staging, swap_into_place

__all__ = ["render_report"]


def _first_answers(docs: pd.DataFrame, tables_dir):
    """(headline figure, what changed): the index's answers, the corpus scored once for both."""
    changed = what_changed(docs, tables_dir)
    return headline(docs, tone=changed["tone"]), changed


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
    t0 = time.perf_counter()
    corpus = Path(corpus).expanduser()
    docs = check_corpus(corpus)
    if progress:
        for message in docs.attrs.get("warnings", []):
            print(f"note: {message}", file=sys.stderr)
    params = check_params(params)
    selected = load(docs, params.get("start"), params.get("end"), params.get("source"))
    paths = resolve_notebooks(notebooks)
    parameters = {**dict.fromkeys(PARAMETERS), "corpus": str(corpus.resolve()), **params, "interactive": False}
    out = check_out(out, corpus)
    out.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = corpus_hash(corpus)
    _recover(out)
    staging = make_staging(out)
    kernels = kernel_dir()
    try:
        results, (figure, changed) = run_notebooks(
            paths, staging, parameters, no_input=no_input, jobs=jobs, progress=progress, kernels=kernels, out=out,
            meanwhile=lambda: _first_answers(selected, staging / "tables"))
        record = build_record(corpus, fingerprint, parameters, params, no_input, results, time.perf_counter() - t0)
        record["tables"] = changed["tables"]
        page = index_html(selected, results, record, figure, changes=changed["render"](results))
        (staging / "index.html").write_text(page, encoding="utf-8")
        (staging / "manifest.json").write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
        swap_into_place(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(kernels, ignore_errors=True)
    table = pd.DataFrame(results, columns=["notebook", "html", "seconds"])
    table["html"] = [str(out / h) for h in table["html"]]
    table.attrs["seconds"] = time.perf_counter() - t0
    table.attrs["out"] = str(out)
    return table
