"""annotator_agreement: agreement, Cohen's kappa and F1 of two annotations, nothing left out silently."""
import numpy as np
import pandas as pd
import pytest

from toolkit.evaluation import annotator_agreement


def frame(ids, labels, **flags):
    return pd.DataFrame({"id": ids, "label": labels, **flags})


def test_kappa_and_agreement_by_hand():
    # 10 rows: 7 agree; first has 5 neutral 3 pos 2 neg, second 4 neutral 4 pos 2 neg
    a = frame([f"s{i}" for i in range(10)], ["0", "0", "0", "0", "0", "1", "1", "1", "-1", "-1"])
    b = frame([f"s{i}" for i in range(10)], ["0", "0", "0", "1", "1", "1", "1", "0", "-1", "-1"])
    row = annotator_agreement(a, b).set_index("measure").loc["label"]
    chance = 0.5 * 0.4 + 0.3 * 0.4 + 0.2 * 0.2
    assert row["n"] == 10
    assert row["agreement"] == pytest.approx(0.7)
    assert row["kappa"] == pytest.approx((0.7 - chance) / (1 - chance))
    # per-class F1: neutral 2*3/9, positive 2*2/7, negative 1
    assert row["macro_f1"] == pytest.approx(np.mean([6 / 9, 4 / 7, 1.0]))
    assert np.isnan(row["f1"])


def test_symmetric_in_the_two_annotations():
    a = frame(list("abcdef"), ["1", "0", "-1", "0", "1", "0"], certainty=["certain"] * 3 + ["uncertain"] * 3)
    b = frame(list("abcdef"), ["1", "1", "-1", "-1", "0", "0"],
              certainty=["certain", "uncertain", "certain", "uncertain", "certain", "uncertain"])
    one = annotator_agreement(a, b).set_index("measure")
    two = annotator_agreement(b, a).set_index("measure")
    pd.testing.assert_frame_equal(one, two)


def test_flag_f1_is_the_positive_class():
    a = frame(list("abcd"), ["0"] * 4, forward_looking=["yes", "yes", "no", "no"])
    b = frame(list("abcd"), ["0"] * 4, forward_looking=["yes", "no", "no", "no"])
    row = annotator_agreement(a, b).set_index("measure").loc["forward_looking"]
    assert row["f1"] == pytest.approx(2 * 1 / (2 + 1))
    assert row["agreement"] == pytest.approx(0.75)


def test_dropped_and_one_sided_rows_are_counted_not_compared():
    a = frame(["a", "b", "c", "d"], ["1", "drop", "0", "0"])
    b = frame(["a", "b", "c", "e"], ["1", "1", "drop", "0"])
    row = annotator_agreement(a, b).iloc[0]
    assert (row["n"], row["n_dropped"], row["n_first_only"], row["n_second_only"]) == (1, 2, 1, 1)
    assert row["agreement"] == 1.0


def test_labels_as_numbers_or_words_compare_equal():
    a = frame(["a", "b", "c"], [1, 0, -1])
    b = frame(["a", "b", "c"], ["positive", "Neutral", "-1"])
    assert annotator_agreement(a, b).iloc[0]["agreement"] == 1.0


def test_by_group_adds_one_row_per_group():
    a = frame(list("abcd"), ["1", "0", "1", "0"]).assign(split=["dev", "dev", "test", "test"])
    b = frame(list("abcd"), ["1", "0", "0", "0"])
    t = annotator_agreement(a, b, by="split").set_index("split")
    assert t.loc["all", "agreement"] == pytest.approx(0.75)
    assert t.loc["dev", "agreement"] == 1.0 and t.loc["test", "agreement"] == 0.5


@pytest.mark.parametrize("second, message", [
    (frame(["a", "a"], ["1", "0"]), "twice"),
    (frame(["a"], ["maybe"]), "outside"),
    (pd.DataFrame({"key": ["a"], "label": ["1"]}), "no 'id' column"),
    (pd.DataFrame({"id": ["a"], "tone": ["1"]}), "share none"),
])
def test_bad_input_is_a_clear_error(second, message):
    with pytest.raises(ValueError, match=message):
        annotator_agreement(frame(["a"], ["1"]), second)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="second annotation"):
        annotator_agreement(frame(["a"], ["1"]), tmp_path / "nope.csv")


@pytest.mark.parametrize("name", ["toolkit.agreement", "toolkit.evaluation"])
def test_docstring_examples(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
