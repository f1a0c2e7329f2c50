"""Every docstring example in the package runs and prints what it shows (the docstrings are the users'
first manual: an example that no longer holds misleads). One test per module, so a failure names it."""
from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import toolkit

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.walk_packages(toolkit.__path__, "toolkit.")
                 if m.name != "toolkit.__main__")


def test_every_module_is_found():
    assert {"toolkit.tone.engine", "toolkit.corpus", "toolkit.compare.timeline"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name, monkeypatch):
    monkeypatch.chdir(ROOT)  # examples read the bundled sample as "data/"
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS,
                             report=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail: run " \
                               f"python -m pytest --doctest-modules {module.__file__} to see them"
