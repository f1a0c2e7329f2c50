"""The public API is one list: the stages' ``__all__``; the top level and the README's verb table follow it."""
from __future__ import annotations

import importlib
import inspect
import re

import pytest

import toolkit
from conftest import ROOT


def readme_table() -> dict[str, list[str]]:
    """The README's verb table: module -> the verbs listed for it (parenthesised notes left out)."""
    rows = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"`toolkit\.\w+`", cells[1]):
            verbs = re.sub(r"\([^)]*\)", "", cells[2])
            rows[cells[1].strip("`")] = re.findall(r"`(\w+)`", verbs)
    return rows


def public_functions(module) -> set[str]:
    return {name for name in module.__all__ if inspect.isfunction(getattr(module, name))}


def test_readme_lists_every_stage_with_a_verb_table_row():
    table = readme_table()
    for stage in toolkit.STAGES:
        if public_functions(importlib.import_module(f"toolkit.{stage}")) and stage != "report":
            assert f"toolkit.{stage}" in table, f"README's verb table has no row for toolkit.{stage}"


@pytest.mark.parametrize("module_name", sorted(readme_table()))
def test_readme_verb_table_matches_the_modules_all(module_name):
    module = importlib.import_module(module_name)
    listed = readme_table()[module_name]
    assert len(listed) == len(set(listed)), f"{module_name} lists a verb twice in the README"
    assert set(listed) == public_functions(module), (
        f"README's row for {module_name} and its __all__ disagree: "
        f"only in README {sorted(set(listed) - public_functions(module))}, "
        f"only in __all__ {sorted(public_functions(module) - set(listed))}"
    )


def test_every_package_declares_all_and_says_what_it_holds():
    for name in toolkit.STAGES + ("plots", "nb", "cache"):
        module = importlib.import_module(f"toolkit.{name}")
        assert module.__doc__ and len(module.__doc__.split()) >= 8, f"toolkit.{name} needs a docstring"
        assert module.__all__, f"toolkit.{name} has no __all__"
        missing = [n for n in module.__all__ if not hasattr(module, n)]
        assert not missing, f"toolkit.{name}.__all__ names what it does not define: {missing}"


def test_top_level_names_are_the_stages_all_and_nothing_else():
    owners: dict[str, str] = {}
    for stage in toolkit.STAGES:
        for name in importlib.import_module(f"toolkit.{stage}").__all__:
            assert name not in owners, f"{name} is exported by both toolkit.{owners[name]} and toolkit.{stage}"
            owners[name] = stage
    assert set(toolkit.__all__) == set(owners) | set(toolkit.STAGES)
    for name, stage in owners.items():
        assert getattr(toolkit, name) is getattr(importlib.import_module(f"toolkit.{stage}"), name)


def test_tokens_is_the_verb_and_old_module_paths_still_import():
    assert callable(toolkit.tokens) and inspect.isfunction(toolkit.tokens)
    from toolkit.sentiment import document_tone, score_texts  # noqa: F401  (old path: re-export)
    import toolkit.tokenizing as tk
    from toolkit import compare

    assert score_texts is toolkit.score_texts
    assert tk.tokens is toolkit.tokens and compare.redline is toolkit.redline


def test_an_unknown_name_raises_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'not_a_verb'"):
        toolkit.not_a_verb
