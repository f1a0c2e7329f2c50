"""redline_html: a :func:`~toolkit.compare.redline` table as escaped HTML with ``<ins>``/``<del>``."""
from __future__ import annotations

import html
import math

import pandas as pd

from .redline import _marked
from .releases import _require_columns

__all__ = ["redline_html"]


_CSS = (
    ".redline{font-family:Georgia,serif;line-height:1.5;max-width:48em}"
    ".redline ins{background:#d4f7d4;text-decoration:none}"
    ".redline del{background:#fbd5d5;color:#7a1f1f}"
    ".redline .moved{border-left:3px solid #6a8fd8;padding-left:.4em}"
    ".redline .tone{color:#555;font-size:.8em}"
)


def redline_html(r: pd.DataFrame, *, tone: bool = True, standalone: bool = False) -> str:
    """Render a :func:`redline` table as HTML: insertions in ``<ins>``, deletions in ``<del>``.

    Every piece of text is HTML-escaped, so a statement containing markup cannot inject any.
    Each sentence is a ``<span class="status">``; ``tone=True`` appends the sentence's tone
    change when it moved (its contribution to the document's tone change for the
    ``sentences`` table of :func:`tone_shift`). ``standalone=True`` wraps the result in a full HTML page.

    >>> from toolkit.compare import redline
    >>> r = redline("Rates <held>.", "Rates rose.", method=None)
    >>> print(redline_html(r))  # doctest: +NORMALIZE_WHITESPACE
    <div class="redline"><p><span class="edited" title="edited, similarity 0.50">Rates
    <del>&lt;held&gt;.</del><ins>rose.</ins></span></p></div>
    """
    _require_columns(r, ["status", "diff_ops"], "redline_html (a table from toolkit.redline)")
    esc = html.escape
    parts = []
    last_old = last_new = None
    which, what = ("contribution", "tone contribution") if "contribution" in r.columns else ("tone_change", "tone")
    for rec in r.itertuples(index=False):
        o_par = getattr(rec, "old_par", None)
        n_par = getattr(rec, "new_par", None)
        o_par, n_par = (None if pd.isna(o_par) else o_par), (None if pd.isna(n_par) else n_par)
        if parts and ((n_par is not None and last_new is not None and n_par != last_new)
                      or (n_par is None and o_par is not None and last_old is not None and o_par != last_old)):
            parts.append("</p><p>")
        last_old = o_par if o_par is not None else last_old
        last_new = n_par if n_par is not None else last_new
        inner = []
        for op, core, tail in _marked(rec.diff_ops):
            if op == "=":
                inner.append(esc(core))
            elif op == "-":
                inner.append(f"<del>{esc(core)}</del>{esc(tail)}")
            else:
                inner.append(f"<ins>{esc(core)}</ins>{esc(tail)}")
        note = ""
        change = getattr(rec, which, math.nan)
        if tone and change is not None and not pd.isna(change) and abs(change) > 5e-4:
            note = f' <span class="tone">({what} {change:+.3f})</span>'
        status = esc(str(rec.status))
        title = esc(f"{rec.status}, similarity {float(rec.similarity):.2f}")
        parts.append(f'<span class="{status}" title="{title}">{"".join(inner).strip()}</span>{note}')
    body = ('<div class="redline"><p>' + " ".join(parts) + "</p></div>").replace(" </p><p> ", "</p>\n<p>")
    if standalone:
        title = esc(f"Redline: {r.attrs.get('old', 'old')} → {r.attrs.get('new', 'new')}")
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
                f"<style>{_CSS}</style></head><body><h1>{title}</h1>{body}</body></html>")
    return body


