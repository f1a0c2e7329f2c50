"""benchmarks/learned_layer.py (issue 13, item 5): its features and its regression do what it says, so
its verdict (a learned layer over the rules' term features loses on unread rows) can be trusted."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import ROOT
from toolkit.tone import score_texts


@pytest.fixture(scope="module")
def layer():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import learned_layer
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return learned_layer


def test_features_sum_the_terms_by_kind_and_sign(layer):
    scored = score_texts(["Growth slowed, although hiring picked up modestly.", "The Bank met today."])
    features = layer.term_features(scored)
    first = scored.loc[0, "terms"]
    assert features.loc[0, "n_terms"] == len(first) == 2
    assert features.loc[0, "direction-"] == pytest.approx(1.0)
    assert features.loc[0, "direction+"] == pytest.approx(sum(t.contribution for t in first if t.contribution > 0))
    assert features.loc[0, "with concession"] == 1
    assert features.loc[1, ["n_terms", "direction+", "direction-"]].tolist() == [0, 0, 0]


def test_the_columns_are_fixed_by_the_training_rows(layer):
    scored = score_texts(["Prices may rise."])
    features = layer.term_features(scored, kinds=["direction", "state"], modifiers=["negation"])
    assert {"direction+", "state-", "with negation"} <= set(features.columns)
    assert not any(c.startswith("hedge") for c in features.columns)


def test_the_regression_separates_three_classes(layer):
    rng = np.random.default_rng(0)
    y = np.repeat([0, 1, 2], 40)
    X = np.column_stack([y - 1 + rng.normal(0, 0.2, y.size), rng.normal(0, 1, y.size)])
    W = layer.fit_softmax(X, y, lam=0.1)
    assert ((X @ W[:-1] + W[-1]).argmax(1) == y).mean() > 0.95


def test_the_band_labels_a_score_by_its_threshold(layer):
    assert layer.band_labels(np.array([-0.5, -0.1, 0.0, 0.1, 0.2]), 0.1).tolist() == [0, 1, 1, 1, 2]
