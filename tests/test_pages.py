"""toolkit._pages.small_pages: numpy's huge-page advice off inside the block, as it was after it."""
from __future__ import annotations

import pytest

from toolkit import _pages

pytestmark = pytest.mark.skipif(_pages._SET is None, reason="this numpy has no _set_madvise_hugepage switch")


def advice() -> bool:
    """numpy's current advice (reading it means setting it: set it back at once)."""
    now = _pages._SET(True)
    _pages._SET(now)
    return now


@pytest.mark.parametrize("before", [True, False])
def test_the_advice_is_off_inside_and_as_it_was_after(monkeypatch, before):
    monkeypatch.delenv("NUMPY_MADVISE_HUGEPAGE", raising=False)
    start = _pages._SET(before)
    try:
        with _pages.small_pages():
            assert advice() is False
        assert advice() is before
        with pytest.raises(KeyError), _pages.small_pages():
            raise KeyError("a verb that fails")
        assert advice() is before
    finally:
        _pages._SET(start)


def test_a_choice_in_the_environment_is_left_alone(monkeypatch):
    monkeypatch.setenv("NUMPY_MADVISE_HUGEPAGE", "1")
    start = _pages._SET(True)
    try:
        with _pages.small_pages():
            assert advice() is True
    finally:
        _pages._SET(start)
