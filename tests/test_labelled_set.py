"""The bundled labelled outlook set (toolkit.evaluation.LABELLED_SET): schema, values, size, split by document.

The set is made by docs/labelling/sample_labelled.py (sample) and docs/labelling/assemble.py (labels);
these tests check the file a user loads, and that assemble.py refuses bad parts.
"""
from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from conftest import ROOT, SHARED, need
from toolkit.evaluation import DEV_SET, LABELLED_SET, SECOND_ANNOTATION, annotator_agreement

COLUMNS = ["id", "source", "kind", "doc_id", "date", "split", "text", "label", "forward_looking",
           "certainty", "origin"]


SECOND_DRAW = "L2001"   # ids from here are the second draw (sample_labelled.py --extend), all in dev


@pytest.fixture(scope="module")
def labelled() -> pd.DataFrame:
    return pd.read_csv(LABELLED_SET, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def first_draw(labelled) -> pd.DataFrame:
    return labelled[labelled["id"] < SECOND_DRAW]


def load_assemble():
    spec = importlib.util.spec_from_file_location("assemble", ROOT / "docs" / "labelling" / "assemble.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labelled_set_has_the_documented_columns(labelled):
    assert list(labelled.columns) == COLUMNS


def test_labels_take_only_the_guideline_values(labelled):
    assert set(labelled["label"]) <= {"-1", "0", "1"}
    assert set(labelled["forward_looking"]) == {"yes", "no"}
    assert set(labelled["certainty"]) == {"certain", "uncertain"}
    assert set(labelled["split"]) == {"dev", "test"}


def test_every_tone_class_is_present_in_both_splits(labelled):
    assert (pd.crosstab(labelled["label"], labelled["split"]) > 50).all().all()


def test_labelled_set_holds_at_least_1500_sentences(labelled):
    assert len(labelled) >= 1500


def test_labelled_set_covers_at_least_8_kinds_of_release_and_10_central_banks(labelled):
    assert labelled["kind"].nunique() >= 8
    banks = {s for s in labelled["source"] if s.startswith(("bank_", "central_bank_", "monetary_", "national_"))}
    assert len(banks) == 10
    assert {"fomc", "pboc", "beige", "trade"} <= set(labelled["source"])


def test_no_document_is_in_both_splits(labelled):
    splits_per_doc = labelled.groupby("doc_id")["split"].nunique()
    assert splits_per_doc.max() == 1, list(splits_per_doc[splits_per_doc > 1].index[:5])


def test_first_draw_splits_are_about_half_and_half_for_every_source(first_draw):
    share = first_draw.groupby("source")["split"].apply(lambda s: (s == "dev").mean())
    assert share.between(0.3, 0.7).all(), share.to_dict()


def test_second_draw_is_dev_only_and_shares_no_document_with_the_first(labelled, first_draw):
    second = labelled[labelled["id"] >= SECOND_DRAW]
    assert len(second) > 1000 and set(second["split"]) == {"dev"}
    assert not set(second["doc_id"]) & set(first_draw["doc_id"])
    assert (labelled["split"] == "test").sum() == (first_draw["split"] == "test").sum()


def test_no_sentence_appears_twice(labelled):
    assert labelled["id"].is_unique
    assert not labelled["text"].str.lower().duplicated().any()


def test_no_sentence_of_the_development_set_is_reused(labelled):
    dev = set(pd.read_csv(DEV_SET)["text"].str.lower())
    assert not set(labelled["text"].str.lower()) & dev


def test_written_sentences_are_flagged_and_only_trade_press(labelled):
    written = labelled[labelled["origin"] == "written"]
    assert len(written) > 0 and set(written["source"]) == {"trade"}
    assert (written["date"] == "").all()


def test_corpus_sentences_are_verbatim_in_their_origin_file(labelled):
    """Every real sentence is found (white space collapsed, ** removed) in the file it names."""
    real = labelled[labelled["origin"] != "written"].sample(40, random_state=0)
    for origin, text in zip(real["origin"], real["text"]):
        path = need(SHARED / origin)
        body = " ".join(path.read_text(encoding="utf-8", errors="replace").replace("**", "").split())
        assert text[:60] in body, (origin, text[:60])


def test_dates_are_iso_or_empty(labelled):
    dated = labelled.loc[labelled["date"] != "", "date"]
    assert pd.to_datetime(dated, format="%Y-%m-%d", errors="coerce").notna().all()


def write_sample_and_part(tmp_path, part_rows):
    pd.DataFrame([{"id": "L1", "source": "fomc", "kind": "policy_statement", "doc_id": "d1", "date": "",
                   "split": "dev", "text": "Growth rose.", "origin": "x"},
                  {"id": "L2", "source": "fomc", "kind": "policy_statement", "doc_id": "d1", "date": "",
                   "split": "dev", "text": "Growth fell.", "origin": "x"}]).to_csv(tmp_path / "sample.csv", index=False)
    pd.DataFrame(part_rows, columns=["id", "label", "forward_looking", "certainty", "note"]).to_csv(
        tmp_path / "part0.csv", index=False)


def test_second_annotation_labels_every_row_of_the_first_draw_once(first_draw):
    second = pd.read_csv(SECOND_ANNOTATION, dtype=str, keep_default_na=False)
    assert list(second.columns) == ["id", "label", "forward_looking", "certainty", "note", "annotator"]
    assert second["id"].is_unique and set(second["id"]) == set(first_draw["id"])
    kept = second[second["label"] != "drop"]
    assert set(kept["label"]) <= {"-1", "0", "1"}
    assert set(kept["forward_looking"]) == {"yes", "no"} and set(kept["certainty"]) == {"certain", "uncertain"}
    dropped = second[second["label"] == "drop"]
    assert (dropped["forward_looking"] == "").all() and (dropped["note"] != "").all()


def test_second_annotation_is_aligned_with_the_first(first_draw):
    # agreement far above chance on every measure and split: rows shuffled against the ids would fail
    table = annotator_agreement(first_draw, SECOND_ANNOTATION, by="split")
    assert (table["n"] + table["n_dropped"] == table["split"].map(
        {"all": len(first_draw), **first_draw["split"].value_counts().to_dict()})).all()
    assert (table["kappa"] > 0.6).all()


def test_assemble_joins_labels_and_leaves_out_dropped_and_unlabelled_rows(tmp_path):
    write_sample_and_part(tmp_path, [["L1", "1", "no", "certain", ""], ["L2", "drop", "", "", "fragment"]])
    table, counts = load_assemble().assemble(tmp_path)
    assert table["id"].tolist() == ["L1"] and list(table.columns) == COLUMNS
    assert counts["dropped"] == 1 and counts["unlabelled"] == 0


def test_assemble_counts_rows_no_part_has_labelled_yet(tmp_path):
    write_sample_and_part(tmp_path, [["L1", "1", "no", "certain", ""]])
    table, counts = load_assemble().assemble(tmp_path)
    assert len(table) == 1 and counts["unlabelled"] == 1


@pytest.mark.parametrize("row, message", [
    (["L9", "1", "no", "certain", ""], "not in the sample"),
    (["L1", "positive", "no", "certain", ""], "bad label value"),
    (["L1", "1", "maybe", "certain", ""], "bad label value"),
    (["L1", "drop", "", "", ""], "without a note"),
])
def test_assemble_refuses_bad_parts_with_a_clear_message(tmp_path, row, message):
    write_sample_and_part(tmp_path, [row])
    with pytest.raises(ValueError, match=message):
        load_assemble().assemble(tmp_path)


def test_assemble_refuses_an_id_labelled_in_two_parts(tmp_path):
    write_sample_and_part(tmp_path, [["L1", "1", "no", "certain", ""]])
    (tmp_path / "part1.csv").write_text((tmp_path / "part0.csv").read_text())
    with pytest.raises(ValueError, match="labelled twice"):
        load_assemble().assemble(tmp_path)


def test_assemble_appends_a_second_draw_after_the_first(tmp_path):
    write_sample_and_part(tmp_path, [["L1", "1", "no", "certain", ""], ["L2", "0", "no", "certain", ""]])
    module = load_assemble()
    first, _ = module.assemble(tmp_path)
    base = tmp_path / "first.csv"
    first.iloc[:1].to_csv(base, index=False)
    with pytest.raises(ValueError, match="already there"):   # the same ids again
        module.append_to(base, first)
    second = first.iloc[1:].assign(id="L3")
    assert module.append_to(base, second)["id"].tolist() == ["L1", "L3"]
    with pytest.raises(ValueError, match="sentence"):        # a new id on a sentence already labelled
        module.append_to(base, first.iloc[:1].assign(id="L4"))
