"""Theme figures: reproducible word clouds, CJK fonts, comparison cloud, heatmap and trend."""
from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit.plots import alt_text
from toolkit.plots import themes as theme_plots

FREQ = {"demand": 9, "exports": 7, "new energy vehicles": 5, "photovoltaics": 4, "the": 20, "and": 15,
        "consumption": 3, "housing": 2}


def image(ax) -> np.ndarray:
    return np.asarray(ax.images[0].get_array())


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_wordcloud_is_identical_for_identical_input():
    first = image(toolkit.plots.wordcloud(FREQ))
    second = image(toolkit.plots.wordcloud(dict(reversed(list(FREQ.items())))))
    assert np.array_equal(first, second)


def test_wordcloud_layout_changes_with_random_state():
    assert not np.array_equal(image(toolkit.plots.wordcloud(FREQ)), image(toolkit.plots.wordcloud(FREQ, random_state=1)))


def test_wordcloud_drops_stopwords_and_keeps_phrases_whole():
    ax = toolkit.plots.wordcloud(FREQ)
    drawn = {word for (word, _), *_ in ax.wordcloud.layout_}
    assert {"the", "and"}.isdisjoint(drawn)
    assert "new energy vehicles" in drawn  # drawn as given, never split into collocations
    assert ax.wordcloud.collocations is False


def test_wordcloud_takes_a_top_terms_table():
    terms = pd.DataFrame({"term": ["demand", "exports", "demand"], "count": [3, 2, 1]})
    ax = toolkit.plots.wordcloud(terms)
    assert ax.wordcloud.words_["demand"] == 1.0  # the summed, most frequent word


def test_wordcloud_has_title_labels_and_alt_text():
    ax = toolkit.plots.wordcloud(FREQ, title="Seed article")
    assert ax.get_title() == "Seed article" and ax.get_xlabel() and ax.get_ylabel()
    assert "demand" in alt_text(ax)


def test_wordcloud_with_only_stopwords_warns_and_draws_an_empty_axes():
    with pytest.warns(UserWarning, match="no words left"):
        ax = toolkit.plots.wordcloud({"the": 3, "and": 2})
    assert not ax.images and "empty" in alt_text(ax)


def test_wordcloud_rejects_a_table_without_word_and_value_columns():
    with pytest.raises(ValueError, match="word column"):
        toolkit.plots.wordcloud(pd.DataFrame({"x": [1]}))


def test_cjk_words_warn_and_name_a_package_when_no_font_is_installed(monkeypatch):
    monkeypatch.setattr(theme_plots, "find_cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        toolkit.plots.wordcloud({"经济": 5, "增长": 3})


def test_cjk_words_use_the_cjk_font_found(monkeypatch):
    font = str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    monkeypatch.setattr(theme_plots, "find_cjk_font", lambda: font)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = toolkit.plots.wordcloud({"经济": 5, "增长": 3})
    assert ax.wordcloud.font_path == font


def test_latin_words_never_look_for_a_cjk_font(monkeypatch):
    def fail():
        raise AssertionError("looked for a CJK font")

    monkeypatch.setattr(theme_plots, "find_cjk_font", fail)
    toolkit.plots.wordcloud({"demand": 2})


def test_find_cjk_font_returns_an_existing_file_or_none():
    theme_plots.find_cjk_font.cache_clear()
    found = theme_plots.find_cjk_font()
    assert found is None or Path(found).is_file()


def test_comparison_cloud_colours_words_by_the_side_they_lean_to():
    ax = toolkit.plots.comparison_cloud({"demand": 8, "rates": 4}, {"exports": 8, "rates": 4}, labels=("Q1", "Q2"))
    colours = {word: colour for (word, _), _, _, _, colour in ax.wordcloud.layout_}
    assert set(colours) == {"demand", "exports"}  # "rates" is used evenly: no gap to draw
    assert colours["demand"] != colours["exports"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["leans to Q1", "leans to Q2"]
    assert "Leaning to Q1: demand" in alt_text(ax)


def test_comparison_cloud_is_reproducible():
    a, b = {"demand": 8, "rates": 3, "trade": 1}, {"exports": 8, "rates": 4, "housing": 2}
    assert np.array_equal(image(toolkit.plots.comparison_cloud(a, b)), image(toolkit.plots.comparison_cloud(a, b)))


@pytest.fixture
def theme_freq():
    texts = ["Exports and trade rose; new energy vehicles sold.", "Housing and property prices fell.",
             "The pandemic hit exports."]
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": texts,
                           "date": pd.to_datetime(["2020-01-15", "2020-07-15", "2021-03-01"])})
    return toolkit.theme_frequency(corpus)


def test_theme_heatmap_has_a_row_per_theme_and_a_column_per_release(theme_freq):
    ax = toolkit.plots.theme_heatmap(theme_freq)
    assert image(ax).shape == (18, 3)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2020-01-15", "2020-07-15", "2021-03-01"]
    assert ax.get_title() and ax.get_xlabel() == "release" and ax.get_ylabel() == "theme"
    assert "18 themes across 3 releases" in alt_text(ax)


def test_theme_heatmap_by_period_averages_the_releases(theme_freq):
    ax = toolkit.plots.theme_heatmap(theme_freq, value="count", freq="Y")
    grid = image(ax)
    assert grid.shape == (18, 2)
    row = list(toolkit.load_themes()).index("exports and trade")
    assert grid[row, 0] == pytest.approx(theme_freq.query("theme == 'exports and trade' and doc_id != 'c'")["count"].mean())


def test_theme_trend_draws_one_line_per_theme(theme_freq):
    ax = toolkit.plots.theme_trend(theme_freq, ["exports and trade", "pandemic and public health"])
    assert len(ax.get_lines()) == 2
    assert ax.get_xlabel() == "date" and ax.get_ylabel() == "matches per 1,000 words"
    assert "pandemic and public health peaks" in alt_text(ax)


def test_theme_trend_names_unknown_themes(theme_freq):
    with pytest.raises(ValueError, match="'tarrifs'"):
        toolkit.plots.theme_trend(theme_freq, ["tarrifs"])


def test_theme_plots_refuse_a_table_that_is_not_theme_frequency():
    with pytest.raises(ValueError, match="theme_frequency"):
        toolkit.plots.theme_heatmap(pd.DataFrame({"doc_id": ["a"]}))
