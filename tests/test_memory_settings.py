"""toolkit._memory.lean_memory: numpy's huge-page advice off and pyarrow on its system pool inside a
verb, both as they were after it."""
from __future__ import annotations

import pyarrow as pa
import pytest

import toolkit
from toolkit import _memory


def advice() -> bool:
    """numpy's current advice (reading it means setting it: set it back at once)."""
    now = _memory._SET(True)
    _memory._SET(now)
    return now


@pytest.fixture
def as_they_come(monkeypatch):
    monkeypatch.delenv("NUMPY_MADVISE_HUGEPAGE", raising=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    start_advice, start_pool = _memory._SET(True), pa.default_memory_pool()
    yield start_pool
    _memory._SET(start_advice)
    pa.set_memory_pool(start_pool)


@pytest.mark.skipif(_memory._SET is None, reason="this numpy has no _set_madvise_hugepage switch")
@pytest.mark.parametrize("before", [True, False])
def test_inside_small_pages_and_the_system_pool_after_as_before(as_they_come, before):
    _memory._SET(before)
    with _memory.lean_memory():
        assert advice() is False
        assert pa.default_memory_pool().backend_name == "system"
        with _memory.lean_memory():  # nested: the inner block restores what the outer set
            pass
        assert advice() is False and pa.default_memory_pool().backend_name == "system"
    assert advice() is before
    assert pa.default_memory_pool().backend_name == as_they_come.backend_name
    with pytest.raises(KeyError), _memory.lean_memory():
        raise KeyError("a verb that fails")
    assert advice() is before


def test_a_verb_runs_inside_and_sets_them_back(as_they_come, monkeypatch):
    import importlib

    sentences_module = importlib.import_module("toolkit.tokenizing.sentences")
    seen = []
    real = sentences_module._sentence_table

    def watching(*args):
        seen.append(pa.default_memory_pool().backend_name)
        return real(*args)

    monkeypatch.setattr(sentences_module, "_sentence_table", watching)
    toolkit.sentences(["Rates rose. Growth slowed."])
    assert seen == ["system"]
    assert pa.default_memory_pool().backend_name == as_they_come.backend_name


def test_a_choice_in_the_environment_is_left_alone(as_they_come, monkeypatch):
    monkeypatch.setenv("NUMPY_MADVISE_HUGEPAGE", "1")
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
    with _memory.lean_memory():
        assert advice() is True
        assert pa.default_memory_pool().backend_name == as_they_come.backend_name
