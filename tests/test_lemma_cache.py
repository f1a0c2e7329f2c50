"""Lemmas through a form -> lemma table in the cache folder: a fresh process whose forms are all in
the table never loads simplemma; a corrupt table is rebuilt with a warning; an unwritable cache folder
costs only speed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from importlib import metadata

import pytest

from toolkit.tokenizing import _lemmas, tokens

from conftest import ROOT

TEXT = "Prices were rising while the Fed bought goods and loans."
LEMMAS = ["price", "be", "rise", "while", "the", "fed", "buy", "goods", "and", "loan", "."]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache folder, and this process forgetting every lemma it knew."""
    import importlib

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    _lemmas._reset()
    importlib.import_module("toolkit.tokenizing.tokens")._LEMMA_CACHE.clear()
    yield tmp_path / "cache"
    _lemmas._reset()
    importlib.import_module("toolkit.tokenizing.tokens")._LEMMA_CACHE.clear()


def run_fresh(cache_dir, code: str) -> str:
    """Run ``code`` in a new Python process on this checkout with ``cache_dir`` as the cache folder."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TOOLKIT_CACHE_DIR": str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_table_is_written_in_the_cache_folder_keyed_on_simplemmas_version(cache):
    assert tokens([TEXT])["lemma"].astype(str).tolist() == LEMMAS
    path = cache / f"simplemma-{metadata.version('simplemma')}-en.json"
    table = json.loads(path.read_text())
    assert table["lemma"]["rising"] == "rise" and table["lemma"]["bought"] == "buy"
    assert "fed" not in table["lemma"]  # the toolkit's own exceptions are applied on top, not stored
    assert not any(cache.glob(".tmp-*"))


PROBE = (
    "import sys, toolkit\n"
    "toks = toolkit.tokens([{text!r}])\n"
    "tf = toolkit.theme_frequency(['Exports of new energy vehicles rose.'])\n"
    "print('simplemma' in sys.modules, '|'.join(toks['lemma'].astype(str)), int(tf['count'].sum()))\n"
)


def test_a_fresh_process_with_known_forms_does_not_load_simplemma(tmp_path):
    first = run_fresh(tmp_path, PROBE.format(text=TEXT))
    second = run_fresh(tmp_path, PROBE.format(text=TEXT))
    assert first == f"True {'|'.join(LEMMAS)} 2"
    assert second == f"False {'|'.join(LEMMAS)} 2"


def test_a_fresh_process_with_a_new_form_asks_simplemma_for_it(tmp_path):
    run_fresh(tmp_path, PROBE.format(text=TEXT))
    out = run_fresh(tmp_path, PROBE.format(text="Mortgages were refinanced."))
    assert out.startswith("True mortgage|be|refinance|.")


def test_a_corrupt_table_is_rebuilt_with_a_warning(cache):
    path = cache / f"simplemma-{metadata.version('simplemma')}-en.json"
    cache.mkdir()
    path.write_text('{"format": 1, "lemma": {"prices": ')  # truncated
    with pytest.warns(UserWarning, match="rebuilt"):
        out = tokens([TEXT])
    assert out["lemma"].astype(str).tolist() == LEMMAS
    assert json.loads(path.read_text())["lemma"]["prices"] == "price"


def test_a_table_of_another_layout_is_rebuilt_too(cache):
    path = cache / f"simplemma-{metadata.version('simplemma')}-en.json"
    cache.mkdir()
    path.write_text(json.dumps(["prices", "price"]))
    with pytest.warns(UserWarning, match="rebuilt"):
        assert tokens([TEXT])["lemma"].astype(str).tolist() == LEMMAS


def test_the_table_is_what_answers_and_another_versions_table_is_not_read(cache):
    cache.mkdir()
    version = metadata.version("simplemma")
    (cache / "simplemma-0.0.1-en.json").write_text(json.dumps({"format": 1, "lemma": {"loans": "x"}, "known": {}}))
    (cache / f"simplemma-{version}-en.json").write_text(
        json.dumps({"format": 1, "lemma": {"prices": "pricey"}, "known": {}}))
    lemma = tokens([TEXT])["lemma"].astype(str).tolist()
    assert lemma[0] == "pricey"  # read from the table (planted here to show it is used)
    assert lemma[-2] == "loan"  # not from another version's table


def test_an_unwritable_cache_folder_warns_once_and_lemmas_stay_right(tmp_path, monkeypatch, cache):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker / "cache"))
    with pytest.warns(UserWarning, match="cannot be written") as seen:
        assert tokens([TEXT])["lemma"].astype(str).tolist() == LEMMAS
        assert tokens(["Mortgages were refinanced."])["lemma"].astype(str).tolist()[0] == "mortgage"
        _lemmas.flush()
    assert sum("cannot be written" in str(w.message) for w in seen) == 1


def test_plural_forms_of_themes_are_the_same_through_the_table(cache):
    from toolkit.themes.dictionary import _plurals

    _plurals.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cold = [_plurals(w) for w in ("crisis", "enterprise", "new", "sme", "policy")]
    _plurals.cache_clear()
    _lemmas._reset()
    warm = [_plurals(w) for w in ("crisis", "enterprise", "new", "sme", "policy")]
    assert cold == warm
    assert "crises" in cold[0] and cold[1:] == [("enterprises",), (), ("smes",), ("policies",)]


def _lemmas_in_worker(text):
    return tokens([text])["lemma"].astype(str).tolist()


def test_a_forked_pool_worker_writes_the_forms_it_learns(cache):
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("needs the fork start method")
    tokens(["Prices rose."])  # the parent has written the table already
    with mp.get_context("fork").Pool(1) as pool:
        assert pool.map(_lemmas_in_worker, ["Mortgages were refinanced."]) == [["mortgage", "be", "refinance", "."]]
    table = json.loads(_lemmas.table_path().read_text())
    assert table["lemma"]["mortgages"] == "mortgage" and table["lemma"]["prices"] == "price"
