"""Comparison figures: each returns an Axes with a title, axis labels and alt text."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import toolkit
from toolkit import plots
from toolkit.plots import alt_text


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def timeline():
    return pd.DataFrame({
        "release": ["2008-10-29", "2008-12-16", "2009-01-28"],
        "date": pd.to_datetime(["2008-10-29", "2008-12-16", "2009-01-28"]),
        "tone": [-0.20, -0.35, -0.30], "ci_low": [-0.3, -0.45, -0.4], "ci_high": [-0.1, -0.25, -0.2],
        "similarity_prev": [float("nan"), 0.62, 0.55],
        "share_inflation": [0.40, 0.30, 0.25], "share_labour": [0.60, 0.70, 0.75],
    })


def _labelled(ax):
    return ax.get_title() and ax.get_xlabel() and ax.get_ylabel() and alt_text(ax)


def test_tone_timeline_draws_the_interval_and_shades_recessions(timeline):
    ax = plots.tone_timeline(timeline, shade=[("2007-12-01", "2009-06-30", "recession")])
    assert _labelled(ax)
    assert len(ax.patches) == 1  # the shaded recession
    assert "1 period(s) shaded" in alt_text(ax)
    assert "2008-12-16" in alt_text(ax)  # the lowest point is named


def test_tone_timeline_accepts_tone_over_time_periods():
    ax = plots.tone_timeline(pd.DataFrame({"period": ["2020Q1", "2020Q2"], "tone": [0.1, -0.2]}))
    assert len(ax.get_lines()[0].get_xdata()) == 2


def test_tone_timeline_rejects_a_table_without_tone():
    with pytest.raises(ValueError, match="'tone' column"):
        plots.tone_timeline(pd.DataFrame({"date": ["2020-01-01"]}))


def test_word_shift_draws_the_largest_terms_first():
    words = pd.DataFrame({"term": ["weak", "strong", "solid", "slowed"], "rule": ["", "negated", "", ""],
                          "shift": [-0.05, 0.01, 0.03, -0.001]})
    ax = plots.word_shift(words, n=3)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["weak", "solid", "strong (negated)"]  # largest first, rule named
    assert len(ax.patches) == 3
    assert _labelled(ax) and "weak" in alt_text(ax)


def test_keyness_bars_point_each_side_its_own_way():
    k = toolkit.keyness("rates rose rates rose again", "rates fell fell growth", ngram=1, min_count=1,
                        stopwords=False)
    ax = plots.keyness_bars(k, labels=("October", "December"))
    widths = {t.get_text(): p.get_width() for t, p in zip(ax.get_yticklabels(), ax.patches)}
    assert widths["rose"] > 0 and widths["fell"] < 0
    assert _labelled(ax) and "October" in ax.get_title()


def test_keyness_bars_rejects_an_unknown_measure():
    with pytest.raises(ValueError, match="measure"):
        plots.keyness_bars(pd.DataFrame({"term": [], "key_for": [], "g2": []}), measure="chi2")


def test_similarity_line_names_the_most_rewritten_release(timeline):
    ax = plots.similarity_line(timeline)
    assert _labelled(ax)
    assert "2009-01-28" in alt_text(ax)


def test_theme_share_change_between_the_last_two_releases(timeline):
    ax = plots.theme_share_change(timeline)
    assert _labelled(ax)
    assert sorted(round(p.get_width(), 6) for p in ax.patches) == [-5.0, 5.0]
    assert "2008-12-16 → 2009-01-28" in ax.get_title()


def test_theme_share_change_names_the_releases_available_when_one_is_missing(timeline):
    with pytest.raises(ValueError, match="2008-10-29"):
        plots.theme_share_change(timeline, old="1999-01-01")


def test_figures_draw_straight_from_the_compare_verbs():
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": "FOMC",
                           "date": pd.to_datetime(["2020-01-29", "2020-03-03", "2020-03-15"]),
                           "text": ["Growth was solid. Inflation was steady.", "Risks to growth rose. Output fell.",
                                    "Output fell sharply. Unemployment rose. Inflation fell."]})
    t = toolkit.timeline(corpus, progress=False)
    assert _labelled(plots.tone_timeline(t, shade=pd.DataFrame({"start": ["2020-02-01"], "end": ["2020-04-30"]})))
    assert _labelled(plots.similarity_line(t))
    assert _labelled(plots.theme_share_change(t))
    shift = toolkit.tone_shift(corpus.iloc[[0]], corpus.iloc[[2]])
    ax = plots.word_shift(shift)
    assert _labelled(ax) and f"{shift.change:+.3f}" in ax.get_title()


def test_tone_timeline_draws_one_line_per_series_and_never_joins_two():
    t = pd.DataFrame({"date": pd.to_datetime(["2024-01-31", "2024-02-01", "2024-03-20", "2024-04-01"]),
                      "series": ["statement", "goals", "statement", "goals"],
                      "tone": [0.2, 0.9, 0.1, 0.8]})
    ax = plots.tone_timeline(t)
    lines = [line for line in ax.get_lines() if line.get_label().startswith("tone")]
    assert sorted(line.get_label() for line in lines) == ["tone (goals)", "tone (statement)"]
    assert {tuple(line.get_ydata()) for line in lines} == {(0.2, 0.1), (0.9, 0.8)}
    assert "one line per series" in alt_text(ax)


def test_tone_timeline_with_one_series_draws_one_line():
    t = pd.DataFrame({"date": pd.to_datetime(["2024-01-31", "2024-03-20"]), "series": "statement", "tone": [0.2, 0.1]})
    ax = plots.tone_timeline(t)
    assert [line.get_label() for line in ax.get_lines() if line.get_label().startswith("tone")] == ["tone"]
