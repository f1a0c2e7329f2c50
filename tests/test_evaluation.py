"""toolkit.evaluate: scorers side by side on labelled sentences, and the outlook development set."""
from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.evaluation import (
    DEV_SET,
    confusion,
    confusion_matrix,
    evaluate,
    label_metrics,
    parse_labels,
)

ROOT = Path(__file__).resolve().parents[1]
DEV = DEV_SET


def fake_scorer(predictions: dict):
    """A scorer that answers from a dict text -> label word, and records what it was called with."""
    calls = []

    def score_texts(texts, method="outlook", **kwargs):
        calls.append((method, kwargs))
        return pd.DataFrame({"score": 0.0, "label": [predictions[t] for t in texts]})

    score_texts.calls = calls
    return score_texts


# ------------------------------------------------------------------------ metrics by hand

# true:      pos pos pos neu neu neg neg neg
# predicted: pos neu pos neu neg neg pos neg
# confusion (rows true neg/neu/pos, columns predicted): [[2,0,1],[1,1,0],[0,1,2]]
TRUE_8 = [1, 1, 1, 0, 0, -1, -1, -1]
PRED_8 = [1, 0, 1, 0, -1, -1, 1, -1]


def test_confusion_matrix_counts_true_rows_against_predicted_columns():
    cm = confusion_matrix(TRUE_8, PRED_8)
    assert list(cm.index) == ["negative", "neutral", "positive"]
    assert list(cm.columns) == ["negative", "neutral", "positive"]
    assert cm.to_numpy().tolist() == [[2, 0, 1], [1, 1, 0], [0, 1, 2]]


def test_accuracy_and_macro_f1_match_a_hand_computed_example():
    m = label_metrics(TRUE_8, PRED_8)
    assert m["accuracy"] == pytest.approx(5 / 8)
    assert m["f1_negative"] == pytest.approx(2 / 3)
    assert m["f1_neutral"] == pytest.approx(1 / 2)
    assert m["f1_positive"] == pytest.approx(2 / 3)
    assert m["macro_f1"] == pytest.approx(11 / 18)
    assert (m["support_negative"], m["support_neutral"], m["support_positive"]) == (3, 2, 3)


def test_precision_and_recall_differ_when_a_class_is_over_predicted():
    # 4 true positives of which 2 found, 1 true negative predicted positive, 2 positives predicted neutral
    m = label_metrics(["positive"] * 4 + ["negative"], [1, 1, 0, 0, 1])
    assert m["precision_positive"] == pytest.approx(2 / 3)
    assert m["recall_positive"] == pytest.approx(1 / 2)
    assert m["f1_positive"] == pytest.approx(4 / 7)
    assert m["precision_neutral"] == 0.0 and m["recall_neutral"] == 0.0  # predicted, never true
    assert m["precision_negative"] == 0.0 and m["f1_negative"] == 0.0  # true, never predicted
    assert m["macro_f1"] == pytest.approx((4 / 7) / 3)
    assert m["accuracy"] == pytest.approx(2 / 5)


def test_a_class_absent_from_truth_and_predictions_is_left_out_of_macro_f1():
    m = label_metrics([1, -1, -1], [1, -1, -1])
    assert math.isnan(m["f1_neutral"])
    assert m["macro_f1"] == 1.0


def test_label_metrics_refuses_sequences_of_different_length():
    with pytest.raises(ValueError, match="pair up"):
        label_metrics([1, 0], [1])


# ------------------------------------------------------------------------ label parsing


def test_labels_may_be_numbers_text_numbers_or_words_in_any_case():
    got = parse_labels([-1, 0, 1, "1", "-1.0", 1.0, "+1", "Positive", " NEUTRAL", "negative"]).tolist()
    assert got == ["negative", "neutral", "positive", "positive", "negative", "positive", "positive",
                   "positive", "neutral", "negative"]


def test_bad_labels_are_listed_with_their_row_numbers():
    with pytest.raises(ValueError) as err:
        parse_labels([1, "good", 0, 2, None], name="value")
    msg = str(err.value)
    assert "'value'" in msg and "3 value(s)" in msg
    assert "row 1: 'good'" in msg and "row 3: 2" in msg and "row 4: None" in msg
    assert "-1/0/1" in msg


def test_missing_labels_are_not_silently_dropped():
    with pytest.raises(ValueError, match="row 1: nan"):
        parse_labels(pd.Series([1.0, float("nan")]))


# ------------------------------------------------------------------------ evaluate()

GOLD = pd.DataFrame(
    {
        "text": ["Growth picked up.", "Exports fell.", "The meeting was held.", "Losses narrowed.",
                 "Unemployment rose.", "Rates were unchanged."],
        "label": [1, -1, 0, 1, -1, 0],
        "source": ["fomc", "fomc", "fomc", "trade", "trade", "trade"],
    }
)
RIGHT = dict(zip(GOLD["text"], ["positive", "negative", "neutral", "positive", "negative", "neutral"]))
NAIVE = dict(zip(GOLD["text"], ["positive", "negative", "neutral", "negative", "positive", "neutral"]))


def two_method_scorer():
    right, naive = fake_scorer(RIGHT), fake_scorer(NAIVE)

    def score_texts(texts, method="outlook", **kwargs):
        return (right if method == "good" else naive)(texts, method=method, **kwargs)

    return score_texts


def test_evaluate_gives_one_row_per_method_side_by_side():
    table = evaluate(GOLD, methods=["good", "naive"], scorer=two_method_scorer())
    assert table["method"].tolist() == ["good", "naive"]
    assert table["n"].tolist() == [6, 6]
    assert table["accuracy"].tolist() == [1.0, pytest.approx(4 / 6)]
    for col in ["macro_f1", "f1_negative", "f1_neutral", "f1_positive", "precision_positive",
                "recall_negative", "support_neutral", "seconds", "note"]:
        assert col in table.columns


def test_evaluate_metrics_equal_label_metrics_on_the_same_predictions():
    table = evaluate(GOLD, methods=["naive"], scorer=two_method_scorer())
    expected = label_metrics(GOLD["label"], [NAIVE[t] for t in GOLD["text"]])
    for key in ["macro_f1", "f1_negative", "f1_positive", "recall_positive"]:
        assert table.loc[0, key] == pytest.approx(expected[key])


def test_evaluate_keeps_each_confusion_matrix_in_attrs():
    table = evaluate(GOLD, methods=["good", "naive"], scorer=two_method_scorer())
    cm = table.attrs["confusion"]["naive"]
    assert cm.loc["positive", "negative"] == 1 and cm.loc["negative", "positive"] == 1
    assert int(cm.to_numpy().sum()) == 6


def test_confusion_scores_one_method_with_true_rows_and_predicted_columns():
    cm = confusion(GOLD, method="naive", scorer=two_method_scorer())
    assert cm.index.name == "true" and cm.columns.name == "predicted"
    assert cm.to_numpy().tolist() == [[1, 0, 1], [0, 2, 0], [1, 0, 1]]


def test_a_method_that_cannot_run_gets_nan_metrics_and_a_note():
    right = fake_scorer(RIGHT)

    def score_texts(texts, method="outlook", **kwargs):
        if method == "lm":
            raise FileNotFoundError("Loughran-McDonald dictionary not found; pass lm_path=")
        return right(texts, method=method)

    with pytest.warns(UserWarning, match="'lm' could not run"):
        table = evaluate(GOLD, methods=["good", "lm"], scorer=score_texts)
    lm = table.set_index("method").loc["lm"]
    assert math.isnan(lm["accuracy"]) and math.isnan(lm["macro_f1"])
    assert "FileNotFoundError" in lm["note"] and "lm_path" in lm["note"]
    assert table.set_index("method").loc["good", "accuracy"] == 1.0


def test_score_options_are_passed_to_the_scorer():
    scorer = fake_scorer(RIGHT)
    evaluate(GOLD, methods=["lm"], scorer=scorer, lm_path="/tmp/lm.csv")
    assert scorer.calls == [("lm", {"lm_path": "/tmp/lm.csv"})]


def test_evaluate_reads_a_csv_with_word_labels_and_other_column_names(tmp_path):
    path = tmp_path / "gold.csv"
    GOLD.assign(value=["Positive", "NEGATIVE", "neutral", "positive", "negative", "Neutral"]).rename(
        columns={"text": "translation"}
    ).to_csv(path, index=False)
    table = evaluate(path, text="translation", label="value", methods=["good"], scorer=two_method_scorer())
    assert table.loc[0, "accuracy"] == 1.0


def test_evaluate_by_group_adds_one_row_per_group_and_method():
    table = evaluate(GOLD, methods=["naive"], by="source", scorer=two_method_scorer())
    assert table["source"].tolist() == ["all", "fomc", "trade"]
    assert table.set_index("source")["accuracy"].to_dict() == {"all": pytest.approx(4 / 6), "fomc": 1.0,
                                                               "trade": pytest.approx(1 / 3)}


def test_missing_text_column_is_named_and_columns_listed():
    with pytest.raises(ValueError, match=r"no column 'sentence'.*\['text', 'label', 'source'\]"):
        evaluate(GOLD, text="sentence", scorer=two_method_scorer())


def test_missing_label_column_is_named():
    with pytest.raises(ValueError, match="no column 'value'"):
        evaluate(GOLD, label="value", scorer=two_method_scorer())


def test_bad_labels_in_the_data_stop_evaluate_with_row_numbers():
    bad = GOLD.assign(label=[1, -1, 0, "up", -1, 0])
    with pytest.raises(ValueError, match="row 3: 'up'"):
        evaluate(bad, methods=["good"], scorer=two_method_scorer())


def test_a_missing_file_raises_file_not_found():
    with pytest.raises(FileNotFoundError, match="no labelled file"):
        evaluate("no/such/file.csv", scorer=two_method_scorer())


# ------------------------------------------------------------------------ the development set


@pytest.fixture(scope="module")
def dev() -> pd.DataFrame:
    return pd.read_csv(DEV, dtype={"label": "Int64"}, keep_default_na=False, na_values={"label": [""]})


def test_dev_set_has_at_least_300_rows_with_the_documented_columns(dev):
    assert len(dev) >= 300
    assert list(dev.columns) == ["id", "text", "label", "source", "doc", "date", "origin", "note"]


def test_dev_set_labels_are_minus_one_zero_or_one(dev):
    assert set(dev["label"].tolist()) <= {-1, 0, 1}
    assert dev["label"].notna().all()


def test_dev_set_has_no_duplicate_texts_or_ids(dev):
    assert not dev["text"].str.strip().str.lower().duplicated().any()
    assert dev["id"].is_unique


def test_dev_set_is_mostly_real_sentences_from_every_source(dev):
    assert (dev["origin"] == "corpus").sum() >= 250
    assert set(dev["origin"]) <= {"corpus", "seed", "written"}
    assert set(dev["source"]) == {"fomc", "pboc", "beige", "trade"}
    real = dev[dev["origin"] != "written"]
    assert real["date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_seed_sentence_occurs_in_the_seed_article(dev, seed_path):
    article = _normalise(seed_path.read_text(encoding="utf-8"))
    seed = dev[dev["origin"] == "seed"]
    assert len(seed) > 0
    missing = [t for t in seed["text"] if _normalise(t) not in article]
    assert missing == []


def test_every_corpus_sentence_occurs_in_the_file_it_names(dev, fomc_1994, fomc_2006, pboc, beige):
    corpora = pboc.parent
    cache: dict[str, str] = {}
    missing = []
    for row in dev[dev["origin"] == "corpus"].itertuples():
        path = corpora / row.doc
        if row.doc not in cache:
            cache[row.doc] = _normalise(path.read_text(encoding="utf-8", errors="replace")) if path.is_file() else ""
        if _normalise(row.text) not in cache[row.doc]:
            missing.append((row.id, row.doc))
    assert missing == []


# ------------------------------------------------------------------------ real scorers


@pytest.fixture
def real_sentiment():
    import toolkit.tone

    return toolkit.tone


def test_outlook_and_vader_run_on_the_dev_set_side_by_side(real_sentiment):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a method that fails would warn: make it fail the test
        table = evaluate(DEV, methods=("outlook", "vader"))
    assert table["method"].tolist() == ["outlook", "vader"]
    assert (table["n"] == len(pd.read_csv(DEV))).all()
    assert table["note"].eq("").all()
    assert table["accuracy"].between(0, 1).all() and table["macro_f1"].between(0, 1).all()
    for method in ("outlook", "vader"):
        assert int(table.attrs["confusion"][method].to_numpy().sum()) == table["n"].iloc[0]


def test_lm_without_a_dictionary_is_a_row_with_a_note_not_a_crash(real_sentiment, monkeypatch):
    monkeypatch.delenv("TOOLKIT_LM_PATH", raising=False)
    with pytest.warns(UserWarning, match="'lm' could not run"):
        table = evaluate(GOLD, methods=["vader", "lm"])
    lm = table.set_index("method").loc["lm"]
    assert math.isnan(lm["macro_f1"]) and "Loughran-McDonald" in lm["note"]
    assert not math.isnan(table.set_index("method").loc["vader", "macro_f1"])


def test_flag_agreement_counts_hits_and_misses_of_forward_looking_and_uncertainty():
    from toolkit.evaluation import flag_agreement

    labelled = pd.DataFrame({
        "text": ["Growth will pick up next year.", "Output fell in March.", "Inflation may rise.",
                 "Exports grew strongly.", "Hiring was solid."],
        "forward_looking": ["yes", "no", "yes", "no", "yes"],        # the last one is a deliberate miss
        "certainty": ["certain", "certain", "uncertain", "uncertain", "certain"],
        "group": ["a", "a", "b", "b", "b"],
    })
    table = flag_agreement(labelled, by="group").set_index(["group", "measure"])
    fwd = table.loc[("all", "forward_looking")]
    assert (fwd["n"], fwd["n_true"]) == (5, 3)
    assert fwd["precision"] == 1.0 and fwd["recall"] == pytest.approx(2 / 3)
    unc = table.loc[("all", "uncertain")]
    assert unc["precision"] == 1.0 and unc["recall"] == 0.5
    assert table.loc[("a", "forward_looking"), "n"] == 2


def test_flag_agreement_says_which_columns_it_needs():
    from toolkit.evaluation import flag_agreement

    with pytest.raises(ValueError, match="forward_looking"):
        flag_agreement(pd.DataFrame({"text": ["Growth slowed."], "label": [-1]}))


def test_flag_agreement_checks_other_predictions_when_given():
    from toolkit.evaluation import flag_agreement

    labelled = pd.DataFrame({"text": ["a", "b", "c"], "forward_looking": ["yes", "no", "yes"],
                             "certainty": ["uncertain", "certain", "certain"]})
    guesses = pd.DataFrame({"forward_looking": [True, True, False], "uncertainty": [1, 0, 0]})
    table = flag_agreement(labelled, scored=guesses).set_index("measure")
    assert table.loc["forward_looking", "precision"] == 0.5 and table.loc["forward_looking", "recall"] == 0.5
    assert table.loc["uncertain", "f1"] == 1.0
    with pytest.raises(ValueError, match="2 rows for 3"):
        flag_agreement(labelled, scored=guesses.iloc[:2])
