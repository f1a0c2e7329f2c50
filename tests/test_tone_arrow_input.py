"""document_tone takes an Arrow sentence column as it is when every text is plain, and falls back to
the per-text checks otherwise: the scores are the same either way."""
import numpy as np
import pandas as pd
import pytest

from toolkit.tone._arrays import _in_sorted, _plain_arrow
from toolkit.tone.score import _score_columns
from toolkit.tone.text import _SEP, MAX_CHARS

PLAIN = ["Sales rose strongly in March.", "Unemployment has moved up but remains low.",
         "Downward pressure on prices eased.", "The Committee decided to keep its target.", "Sales rose strongly in March."]


def arrow(texts, dtype="string[pyarrow]"):
    return pd.Series(texts, dtype=dtype)


@pytest.mark.parametrize("dtype", ["string[pyarrow]", pd.ArrowDtype(__import__("pyarrow").large_string())])
def test_a_plain_arrow_column_is_taken_as_it_is(dtype):
    assert _plain_arrow(arrow(PLAIN, dtype), MAX_CHARS, _SEP) is not None


@pytest.mark.parametrize("odd", ["Prix en hausse à Paris.", "", "   ", "x" * 50, "a\x00b", None])
def test_any_text_that_is_not_plain_sends_the_column_to_the_per_text_checks(odd):
    texts = arrow(PLAIN + [odd])
    assert _plain_arrow(texts, 40, _SEP) is None
    # and the scores are those of the same texts given as a list
    got, want = _score_columns(texts), _score_columns(texts.tolist())
    for name in want:
        assert np.array_equal(np.asarray(got[name], dtype=object), np.asarray(want[name], dtype=object)), name


def test_numpy_and_python_columns_are_never_taken_as_arrow():
    assert _plain_arrow(pd.Series(PLAIN, dtype=object), MAX_CHARS, _SEP) is None
    assert _plain_arrow(PLAIN, MAX_CHARS, _SEP) is None


def test_the_arrow_path_scores_like_the_list_path():
    texts = arrow(PLAIN * 3)
    got, want = _score_columns(texts), _score_columns(texts.tolist())
    for name in want:
        assert np.array_equal(np.asarray(got[name], dtype=object), np.asarray(want[name], dtype=object)), name


def test_in_sorted_is_isin_for_a_sorted_array():
    rng = np.random.default_rng(0)
    values, sorted_ = rng.integers(0, 50, 200), np.unique(rng.integers(0, 50, 20))
    assert np.array_equal(_in_sorted(values, sorted_), np.isin(values, sorted_))
    assert not _in_sorted(values, np.array([], dtype=np.int64)).any()
