"""Text statistics: top terms, collocations and tf-idf terms, as a user calls them on small releases."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit.textstats import collocations, tfidf_terms, top_terms

from conftest import RELEASES  # noqa: E402  (three small releases shared with the other text tests)


def test_top_terms_counts_content_words_per_group():
    top = top_terms(RELEASES, by="doc_id", n=2)
    assert list(top.columns) == ["doc_id", "term", "count", "share", "rank"]
    assert top.groupby("doc_id").size().max() == 2
    q2 = top[top["doc_id"] == "q2"].set_index("term")["count"].to_dict()
    assert q2 == {"housing": 2, "weakened": 2}
    assert "and" not in set(top_terms(RELEASES, n=50)["term"])


def test_top_terms_by_period_of_the_release_date():
    top = top_terms(RELEASES, freq="Y", n=1)
    assert top["period"].tolist() == ["2023", "2024"]
    row_2024 = top[top["period"] == "2024"].iloc[0]
    assert (row_2024["term"], row_2024["count"]) == ("exports", 2)  # ties with "rose": alphabetical


def test_top_terms_names_a_missing_group_column():
    with pytest.raises(ValueError, match="'quarter'"):
        top_terms(RELEASES, by="quarter")


def test_collocations_find_repeated_phrases_within_sentences():
    col = collocations(RELEASES, n=10)
    assert {"new energy", "solar panels"} <= set(col["collocation"])
    assert list(col.columns) == ["collocation", "size", "count", "score"]
    assert col["score"].is_monotonic_decreasing


def test_collocations_never_cross_a_sentence_boundary():
    text = ["Prices rose. Demand fell. Prices rose. Demand fell. Prices rose. Demand fell."]
    pairs = set(collocations(text, n=50, min_count=1)["collocation"])
    assert "prices rose" in pairs and "rose demand" not in pairs


def test_trigrams_may_hold_a_stopword_inside_but_not_at_the_ends():
    text = ["Small and medium enterprises grew. Small and medium enterprises hired. The small and medium firms."]
    tri = set(collocations(text, size=3, n=50, min_count=2)["collocation"])
    assert "small and medium" in tri
    assert not any(t.split()[0] in {"the", "and"} or t.split()[-1] in {"the", "and"} for t in tri)


def test_collocations_refuse_an_unknown_measure():
    with pytest.raises(ValueError, match="likelihood_ratio"):
        collocations(RELEASES, measure="likelyhood")


def test_tfidf_terms_rank_words_distinctive_of_each_release():
    tfidf = tfidf_terms(RELEASES, by="doc_id", n=3)
    q2 = tfidf[tfidf["doc_id"] == "q2"]
    assert q2["term"].iloc[0] in {"housing", "weakened"}
    assert "exports" not in set(q2["term"])
    shared = tfidf[tfidf["term"] == "rose"]  # in two of three releases: lower idf than a one-release word
    assert (shared["idf"] < np.log(3)).all()


def test_old_import_paths_give_the_same_verbs():
    import toolkit.themes

    for name in ("top_terms", "collocations", "tfidf_terms"):
        verb = getattr(toolkit.textstats, name)
        assert getattr(toolkit.themes, name) is verb and getattr(toolkit, name) is verb


def test_docstring_examples_run():
    import doctest
    import importlib
    import pkgutil

    import toolkit.textstats as package

    names = [package.__name__] + [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    results = [doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE) for name in names]
    assert sum(r.attempted for r in results) >= 7 and sum(r.failed for r in results) == 0
