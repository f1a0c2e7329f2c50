"""A movement said of a forecast is a movement of what is forecast: "the inflation forecast for 2022 is
revised upwards" is expected inflation going up (bad news), "the latest outlook for inflation shows a
lower path" expected inflation going down (good news), "the growth forecast was lowered" bad news
(guidelines rule 10: forecast revisions count as forecasts). A forecast noun (lexicon kind ``good``
of value 0: outlook, forecast) that takes a movement hands it to the quantity right before it ("the
inflation forecast") or in its "for" / "of" phrase ("the outlook for inflation"); such a compound that
is a worry's topic ("uncertainty over the trade outlook has subsided") hands it on to the worry (round
14). And a forecast after a
comparison is the benchmark, not what moves: "inflation was significantly below the forecast",
"output came in higher than the forecast" move the quantity before the comparison word (round 11;
"below" is no shortfall of prices under a target since round 14, so the prices it moves keep their
tone).

:func:`_forecast_topics` is a step of :func:`toolkit.tone.pairing._pair_movements`, after the head
nouns; it hands nothing to a level ("the outlook for yields", "yield projections": the forecast keeps
it); it only changes pairs whose quantity is a forecast noun, so a forecast noun with no movement
(the topic of "uncertainty surrounding the outlook for growth") is left to
:mod:`toolkit.tone.topics`. Position arrays only.
"""
from __future__ import annotations

import numpy as np

from toolkit.tone.lexicon import LEVEL
from toolkit.tone.risk_heads import CONCERN_HEADS, _head_prep
from toolkit.tone.rules import HEAD_GAP, WINDOW

__all__: list[str] = []  # internal: toolkit.tone.pairing calls _forecast_topics

#: the forecast nouns whose movement is that of what they forecast
FORECAST_NOUNS = ("outlook", "forecast", "forecasts", "projections", "inflation outlook", "price outlook", "expectations")
#: the words that open a forecast's own phrase
TOPIC_PREPS = ("for", "of")
#: "uncertainty over the trade outlook": a worry head at most this far before the compound's first word
WORRY_GAP = 3
#: the words that may stand between a comparison and its benchmark ("below the forecast", "than forecast")
BENCHMARK_FILL = ("the", "than", "its", "their", "that")
#: the comparison words that take a forecast as their benchmark without a "than" ("below the forecast")
BENCHMARK_WORDS = ("below", "above", "under", "over", "exceeded", "exceeds", "exceed", "surpassed")


def _forecast_topics(t, w) -> np.ndarray:
    """Per movement word of ``w`` (a :class:`toolkit.tone.pairing._Words`), its quantity index with the
    movements of forecast nouns handed to what they forecast (see the module).

    >>> from toolkit.tone import score_texts
    >>> float(score_texts(["The forecast for unemployment was revised up."]).loc[0, "score"]) < 0
    True
    """
    lex, qi = t.lex, w.qi.copy()
    fc = lex.word_mask(lex.term_ids(FORECAST_NOUNS))[w.qid]
    k = np.flatnonzero((qi >= 0) & fc[np.maximum(qi, 0)])
    if not len(k):
        return qi
    f = qi[k]
    bench = _benchmark(t, w, k, f)
    qi[k[bench]] = f[bench] - 1
    k, f = k[~bench], f[~bench]
    before = (f >= 1) & (w.qpos[f] == w.qlast[np.maximum(f - 1, 0)] + 1)  # "the inflation forecast"
    nxt = np.minimum(f + 1, len(w.qpos) - 1)
    prep = lex.word_mask(TOPIC_PREPS)[t.ids[np.minimum(w.qlast[f] + 1, t.n - 1)]]
    after = ~before & prep & (f + 1 < len(w.qpos)) & (w.qpos[nxt] - w.qlast[f] <= HEAD_GAP)
    after &= (t.seg(w.qpos[nxt]) == t.seg(w.qpos[f])) & (t.com(w.qpos[nxt]) == t.com(w.qpos[f]))
    after &= ~fc[nxt] & (lex.qcode[w.qid[nxt]] != LEVEL)  # "the outlook for yields": a level says nothing
    before &= lex.qcode[w.qid[np.maximum(f - 1, 0)]] != LEVEL
    qi[k[before]] = f[before] - 1
    # "uncertainty over the trade outlook has subsided": the compound is a worry's topic, the worry
    # moves (round 14)
    kb, topic = k[before], f[before] - 1
    head = np.maximum(topic - 1, 0)
    worry = (topic >= 1) & lex.word_mask(CONCERN_HEADS)[w.qid[head]]
    worry &= _head_prep(lex, w.qid[head], t.ids[np.minimum(w.qlast[head] + 1, t.n - 1)])
    worry &= (w.qpos[topic] - w.qlast[head] <= WORRY_GAP) & (t.seg(w.qpos[head]) == t.seg(w.qpos[topic]))
    worry &= t.com(w.qpos[head]) == t.com(w.qpos[topic])
    qi[kb[worry]] = head[worry]
    qi[k[after]] = nxt[after]
    return qi


def _benchmark(t, w, k: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Per pair (movement ``k``, forecast noun ``f`` after it), whether the forecast is the benchmark of a
    comparison said of the quantity before the movement: a "than" between them or a comparison word of
    ``BENCHMARK_WORDS`` ("below the forecast"), only ``BENCHMARK_FILL`` words between them, no
    determiner right before the movement ("a lower forecast" is the forecast's), and a quantity before
    the movement within ``WINDOW`` tokens in the same comma clause."""
    lex = t.lex
    ahead = (w.qpos[f] > w.mpos[k]) & (f >= 1)
    fill = lex.word_mask(BENCHMARK_FILL)
    gap = w.qpos[f] - w.mlast[k] - 1
    ok = ahead & (gap <= 2)
    than = np.zeros(len(k), dtype=bool)
    for d in (1, 2):
        at = t.ids[np.minimum(w.mlast[k] + d, t.n - 1)]
        ok &= (d > gap) | fill[at]
        than |= (d <= gap) & (at == lex.ids.get("than", -1))
    ok &= than | lex.word_mask(BENCHMARK_WORDS)[w.mid[k]]  # a comparison, not "dampen the outlook"
    ok &= ~lex.determiner_mask[t.ids[np.maximum(w.mpos[k] - 1, 0)]]
    prev = np.maximum(f - 1, 0)
    ok &= (w.qlast[prev] < w.mpos[k]) & (w.mpos[k] - w.qlast[prev] <= WINDOW)
    ok &= (t.seg(w.qpos[prev]) == t.seg(w.mpos[k])) & (t.com(w.qpos[prev]) == t.com(w.mpos[k]))
    return ok
