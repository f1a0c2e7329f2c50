"""Themes: how a user counts what releases talk about, on small texts and on the real corpora."""
from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.themes import FREQUENCY_COLUMNS, term_forms

NEV = {"nev": ["new energy vehicle"], "energy": ["energy"], "sme": ["small and medium enterprise"]}


def counts(tf: pd.DataFrame) -> dict:
    return {(r.doc_id, r.theme): r.count for r in tf.itertuples()}


# --- the dictionary ---------------------------------------------------------------------------


def test_bundled_dictionary_has_the_eighteen_domain_themes():
    themes = toolkit.load_themes()
    assert len(themes) == 18
    for name in ["new energy vehicles", "photovoltaics and new energy", "consumer electronics",
                 "small, medium and private enterprises", "pandemic and public health", "property and housing"]:
        assert themes[name], name


def test_bundled_dictionary_loads_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        toolkit.load_themes()
        toolkit.theme_frequency(["warm-up"])


def test_theme_file_path_is_read(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('pandemic = ["pandemic", "COVID-19"]\n"real estate" = ["property market"]\n')
    assert toolkit.load_themes(path) == {"pandemic": ["pandemic", "COVID-19"], "real estate": ["property market"]}


def test_unknown_theme_file_names_the_path(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(FileNotFoundError, match="nope.toml"):
        toolkit.load_themes(missing)


def test_malformed_toml_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('ok = ["a"]\nbroken = ["b"\nalso = ["c"]\n')
    with pytest.raises(ValueError, match=r"bad\.toml.*line 3"):
        toolkit.load_themes(path)


def test_theme_with_no_terms_warns():
    with pytest.warns(UserWarning, match="no terms.*'empty'"):
        themes = toolkit.load_themes({"empty": [], "trade": ["export"]})
    assert themes["empty"] == []


def test_term_in_two_themes_warns_and_counts_for_the_first():
    with pytest.warns(UserWarning, match="'export'.*'trade' and 'demand'"):
        tf = toolkit.theme_frequency(["Exports rose."], {"trade": ["export"], "demand": ["export", "demand"]})
    assert counts(tf) == {("0", "trade"): 1, ("0", "demand"): 0}


def test_a_theme_that_is_not_a_list_of_strings_is_an_error():
    with pytest.raises(ValueError, match="'trade'.*list of strings"):
        toolkit.load_themes({"trade": [1, 2]})


# --- matching rules ---------------------------------------------------------------------------


def test_longer_phrase_wins_over_a_term_inside_it():
    tf = toolkit.theme_frequency(["New energy vehicles use energy."], NEV)
    assert counts(tf)[("0", "nev")] == 1
    assert counts(tf)[("0", "energy")] == 1  # only the free-standing "energy"


def test_matching_ignores_case_and_crosses_line_breaks():
    text = "NEW ENERGY\nVEHICLES grew; small and\n   medium\tenterprises too."
    tf = toolkit.theme_frequency([text], NEV)
    assert counts(tf)[("0", "nev")] == 1
    assert counts(tf)[("0", "sme")] == 1


def test_terms_match_whole_words_only():
    tf = toolkit.theme_frequency(["Energetic synergy, bioenergy and energy-related news."], NEV)
    assert counts(tf)[("0", "energy")] == 1  # "energy-related": the hyphen is a word boundary


def test_plural_matches_through_lemmas_but_not_other_words():
    assert term_forms("enterprise") == ["enterprise", "enterprises"]
    assert term_forms("industry") == ["industry", "industries"]
    assert "crises" in term_forms("crisis")
    assert term_forms("new") == ["new"]  # "news" is its own lemma
    tf = toolkit.theme_frequency(["Industries and news, crises."], {"i": ["industry"], "n": ["new"], "c": ["crisis"]})
    assert counts(tf) == {("0", "i"): 1, ("0", "n"): 0, ("0", "c"): 1}


def test_inflect_false_matches_exact_terms_only():
    tf = toolkit.theme_frequency(["enterprise enterprises"], {"e": ["enterprise"]}, inflect=False)
    assert counts(tf)[("0", "e")] == 1


def test_per_1k_words_and_share_follow_from_the_counts():
    tf = toolkit.theme_frequency(["energy " * 3 + "other " * 7 + "new energy vehicle"], NEV)
    row = tf.set_index("theme").loc["energy"]
    assert row["count"] == 3
    assert row["per_1k_words"] == pytest.approx(3 / 13 * 1000)
    assert row["share"] == pytest.approx(3 / 4)


def test_every_document_and_theme_gets_a_row_zeros_included():
    tf = toolkit.theme_frequency(["energy", "", "nothing here"], NEV)
    assert list(tf.columns) == FREQUENCY_COLUMNS
    assert len(tf) == 3 * 3
    empty_doc = tf[tf["doc_id"] == "1"]
    assert (empty_doc[["count", "per_1k_words", "share"]] == 0).all().all()


def test_corpus_with_no_text_gives_an_empty_table_with_the_columns():
    empty = pd.DataFrame({"doc_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)})
    tf = toolkit.theme_frequency(empty)
    assert tf.empty and list(tf.columns) == FREQUENCY_COLUMNS
    assert tf["date"].dtype == "datetime64[ns]"


def test_a_single_string_is_refused_with_advice():
    with pytest.raises(TypeError, match=r"wrap one text in a list"):
        toolkit.theme_frequency("energy")


# --- real corpora -----------------------------------------------------------------------------


@pytest.fixture
def pboc_corpus(pboc):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(pboc)


USER_THEMES = """\
# a user's own theme file
pandemic = ["pandemic", "COVID-19"]
rates = ["interest rate", "loan prime rate"]
property = ["real estate", "housing"]
smes = ["small and medium-sized enterprises", "micro and small business"]
"""


def plain_regex_count(term: str, text: str, suffix: str = "") -> int:
    words = r"\s+".join(re.escape(w) for w in term.split())
    return len(re.findall(r"\b" + words + suffix + r"\b", text, flags=re.I))


# the regular plural of each user term, written out by hand ("enterprises" is already plural)
PLURAL = {"interest rate": "s?", "loan prime rate": "s?", "real estate": "s?", "housing": "s?",
          "micro and small business": "(?:es)?", "pandemic": "s?"}


def test_exact_term_counts_agree_with_plain_regex_on_pboc(pboc_corpus, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(USER_THEMES)
    tf = toolkit.theme_frequency(pboc_corpus, path, inflect=False)
    themes = toolkit.load_themes(path)
    for doc_id, text in zip(pboc_corpus["doc_id"], pboc_corpus["text"]):
        for theme, terms in themes.items():
            expected = sum(plain_regex_count(t, text) for t in terms)
            assert counts(tf)[(doc_id, theme)] == expected, (doc_id, theme)
    assert tf.groupby("theme")["count"].sum().gt(0).all()


def test_inflected_counts_agree_with_a_plural_regex_on_pboc(pboc_corpus, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(USER_THEMES)
    tf = toolkit.theme_frequency(pboc_corpus, path)
    themes = toolkit.load_themes(path)
    for doc_id, text in zip(pboc_corpus["doc_id"], pboc_corpus["text"]):
        for theme, terms in themes.items():
            expected = sum(plain_regex_count(t, text, PLURAL.get(t, "")) for t in terms)
            assert counts(tf)[(doc_id, theme)] == expected, (doc_id, theme)


def test_pboc_pandemic_theme_is_absent_before_2019_and_present_2020_to_2022(pboc_corpus):
    tf = toolkit.theme_frequency(pboc_corpus, {"pandemic": ["pandemic", "COVID-19", "coronavirus"]})
    years = tf["date"].dt.year
    assert (tf.loc[years < 2019, "count"] == 0).all()
    assert (tf.loc[years.between(2020, 2022), "count"] > 0).all()


def test_pboc_bundled_health_theme_before_2019_only_where_sars_is_named(pboc_corpus):
    tf = toolkit.theme_frequency(pboc_corpus)
    health = tf[tf["theme"] == "pandemic and public health"].merge(pboc_corpus[["doc_id", "text"]], on="doc_id")
    early = health[health["date"].dt.year < 2019]
    assert (early.loc[early["count"] > 0, "text"].str.contains("SARS")).all()
    assert (health.loc[health["date"].dt.year.between(2020, 2022), "count"] > 0).all()


def test_seed_article_themes_include_the_industries_it_names(seed_path):
    seed = toolkit.load_corpus(seed_path)
    tf = toolkit.theme_frequency(seed)
    found = set(tf.loc[tf["count"] > 0, "theme"])
    assert {"new energy vehicles", "photovoltaics and new energy", "consumer electronics",
            "small, medium and private enterprises"} <= found


# --- coverage (top terms, collocations, tf-idf: tests/test_textstats.py) ----------------------


from conftest import RELEASES  # noqa: E402  (three small releases shared with the other text tests)


def test_theme_coverage_reports_share_and_what_no_theme_covers():
    cov = toolkit.theme_coverage(RELEASES, {"nev": ["new energy vehicle"], "trade": ["export"]})
    assert 0 < cov.share < 1
    assert list(cov.by_doc.columns) == ["doc_id", "date", "content_tokens", "covered_tokens", "coverage"]
    words = set(cov.words["word"])
    assert "solar" in words and "exports" not in words and "vehicles" not in words
    assert "solar panels" in set(cov.collocations["collocation"])
    assert "new energy" not in set(cov.collocations["collocation"])


def test_docstring_examples_run():
    import doctest
    import importlib
    import pkgutil

    import toolkit.themes as package

    names = [package.__name__] + [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    results = [doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE) for name in names]
    assert sum(r.attempted for r in results) > 10 and sum(r.failed for r in results) == 0
