"""theme_tone: tone of the sentences that mention each theme, per release."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .align import _split
from .redline import _sentence_scores
from .releases import _label_of, _release_keys, _release_text, _usable
from .weights import _evidence, _weights

__all__ = ["theme_tone"]


def _theme_hits(sentences: list[str], themes) -> list[set[str]]:
    """The themes each sentence mentions (toolkit.themes matching rules)."""
    from toolkit.themes import theme_matches

    hits: list[set[str]] = [set() for _ in sentences]
    if not sentences:
        return hits
    m = theme_matches(list(sentences), themes)
    for doc, theme in zip(m["doc_id"].astype(int), m["theme"]):
        hits[doc].add(theme)
    return hits


def _theme_stats(hits: list[set[str]], pos, neg, weights, names: list[str]) -> pd.DataFrame:
    from toolkit.tone import aggregate_tone

    rows = []
    for theme in names:
        idx = [i for i, h in enumerate(hits) if theme in h]
        rows.append({
            "theme": theme, "n_sentences": len(idx),
            "tone": aggregate_tone(pos[idx], neg[idx]) if idx else math.nan,
            "contribution": float(np.sum(weights[idx])) if idx else 0.0,
            "sentence_share": len(idx) / len(hits) if hits else 0.0,
        })
    return pd.DataFrame(rows, columns=["theme", "n_sentences", "tone", "contribution", "sentence_share"])


def _theme_shift(old_s, new_s, sc_old, sc_new, w_old, w_new, themes) -> pd.DataFrame:
    from toolkit.themes import load_themes

    names = list(load_themes(themes))
    p_old, n_old = _evidence(sc_old, len(old_s))
    p_new, n_new = _evidence(sc_new, len(new_s))
    a = _theme_stats(_theme_hits(old_s, themes), p_old, n_old, w_old, names)
    b = _theme_stats(_theme_hits(new_s, themes), p_new, n_new, w_new, names)
    out = a.merge(b, on="theme", suffixes=("_old", "_new"))
    out["tone_change"] = out["tone_new"] - out["tone_old"]
    out["contribution_change"] = out["contribution_new"] - out["contribution_old"]
    out["share_change"] = out["sentence_share_new"] - out["sentence_share_old"]
    out = out[(out["n_sentences_old"] + out["n_sentences_new"]) > 0]
    order = out["contribution_change"].abs() + out["tone_change"].abs().fillna(0) * 1e-6
    return out.assign(_o=order).sort_values(["_o", "theme"], ascending=[False, True]).drop(columns="_o").reset_index(drop=True)


def theme_tone(corpus, themes=None, *, by: str = "doc", method: str = "outlook") -> pd.DataFrame:
    """Tone of the sentences that mention each theme, per release.

    A sentence counts for every theme it mentions (``toolkit.themes`` matching). Per release and
    theme: ``n_sentences``, ``tone`` (the ``document_tone`` rule over those sentences only; NaN
    when none), ``contribution`` (what those sentences add to the release's tone) and
    ``sentence_share`` (share of the release's sentences mentioning the theme). ``by`` groups
    documents into releases as in :func:`timeline` ("doc", "date" or a period alias such as "Q").
    ``corpus`` may be a corpus DataFrame, a selected release, or a text.

    >>> t = theme_tone("Inflation rose. Unemployment fell. Employment rose.",
    ...                {"labour": ["unemployment", "employment"], "prices": ["inflation"]})
    >>> t[["theme", "n_sentences", "tone"]].round(2).values.tolist()
    [['labour', 2, 0.67], ['prices', 1, -0.33]]
    """
    from toolkit.themes import load_themes

    if isinstance(corpus, str):
        corpus = pd.DataFrame({"doc_id": ["text"], "date": [pd.NaT], "text": [corpus]})
    docs, _ = _usable(corpus, need_date=by not in ("doc",), verb="theme_tone")
    keys = _release_keys(docs, by)
    names = list(load_themes(themes))
    frames = []
    for key, group in docs.groupby(keys, sort=False):
        sents = _split(_release_text(group))
        sc = _sentence_scores(sents, method)
        pos, neg = _evidence(sc, len(sents))
        weights, _ = _weights(pos, neg)
        stats = _theme_stats(_theme_hits(sents, themes), pos, neg, weights, names)
        stats.insert(0, "release", _label_of(group, by, key))
        stats.insert(1, "date", group["date"].min() if "date" in group.columns else pd.NaT)
        frames.append(stats)
    return pd.concat(frames, ignore_index=True)


