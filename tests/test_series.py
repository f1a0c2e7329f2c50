"""Every document gets a `series` (source x kind of release); `series=` overrides it."""
from __future__ import annotations

import warnings

import pytest

from conftest import CORPORA, FOMC_2006, PBOC, need
from toolkit import load_corpus
from toolkit.corpus import CorpusWarning

BANKS = CORPORA / "central-banks"


def quiet(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(path, **options)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_type_gives_the_kind(tmp_path):
    write(tmp_path / "fed" / "a.md", "---\ndate: 2018-01-30\ntype: meeting\ntitle: FOMC statement\n---\nRates held.\n")
    write(tmp_path / "fed" / "b.md", "---\ndate: 2018-01-31\ntype: longer-run-goals\ntitle: Goals\n---\nGoals.\n")
    df = quiet(tmp_path / "fed").set_index("date")
    assert df.loc["2018-01-30", "series"] == "fed: statement"
    assert df.loc["2018-01-31", "series"] == "fed: longer-run goals"


def test_the_source_column_names_the_series(tmp_path):
    write(tmp_path / "a.md", "---\ndate: 2020-01-01\nsource: Bank of Somewhere\ntitle: Minutes of the Board\n---\nText.\n")
    assert quiet(tmp_path).loc[0, "series"] == "Bank of Somewhere: minutes"


@pytest.mark.parametrize("name, kind", [
    ("Minutes_of_the_Board_Meeting_March_2019.md", "minutes"),
    ("press-release-2019-03-20.md", "press release"),
    ("monetary_policy_report_2019q1.md", "monetary policy report"),
    ("Implementation Note 2019-03-20.md", "implementation note"),
    ("mpc-statement-2019-03-20.md", "statement"),
])
def test_a_file_name_gives_the_kind(tmp_path, name, kind):
    write(tmp_path / "bank_of_somewhere" / "2019" / name, "The Board met and decided.\n")
    assert quiet(tmp_path / "bank_of_somewhere").loc[0, "series"] == f"bank of somewhere: {kind}"


def test_a_heading_at_the_top_gives_the_kind_when_the_name_does_not(tmp_path):
    write(tmp_path / "central_bank" / "24012019.txt",
          "CENTRAL BANK\n\nPRESS RELEASE\n\nSummary of the Deliberations of the Policy Board\n\nThe Board met.\n")
    assert quiet(tmp_path / "central_bank").loc[0, "series"] == "central bank: minutes"


def test_a_kind_word_late_in_the_text_is_not_a_heading(tmp_path):
    write(tmp_path / "somebank" / "24012019.txt",
          "The economy grew.\n\nPrices rose.\n\nWages rose.\n\nRents rose.\n\nExports fell.\n\nMinutes\n")
    assert quiet(tmp_path / "somebank").loc[0, "series"] == "somebank"


def test_a_stem_recurring_in_the_folder_names_an_unknown_kind(tmp_path):
    for q in (1, 2, 3):
        write(tmp_path / "bank_x" / f"Quarterly_Bulletin_Q{q}_2019.md", f"Growth was {q} percent.\n")
    write(tmp_path / "bank_x" / "Other_Note_2019.md", "Growth was steady.\n")
    df = quiet(tmp_path / "bank_x").set_index("path")
    assert (df["series"].str.endswith("quarterly bulletin")).sum() == 3
    assert df.filter(like="Other", axis=0)["series"].iloc[0] == "bank x"


def test_series_is_never_empty_and_year_and_generic_folders_are_skipped(tmp_path):
    write(tmp_path / "bank_y" / "data" / "2019" / "0101.txt", "Text.\n")
    assert quiet(tmp_path / "bank_y" / "data").loc[0, "series"] == "bank y"


def test_series_can_be_a_column(tmp_path):
    write(tmp_path / "a.md", "---\ndate: 2020-01-01\ndesk: rates\n---\nText.\n")
    assert quiet(tmp_path, series="desk").loc[0, "series"] == "rates"


def test_series_can_be_a_mapping_by_doc_id_or_by_found_label(tmp_path):
    write(tmp_path / "fed" / "2020-01-29-statement.md", "Rates held.\n")
    write(tmp_path / "fed" / "2020-02-19-minutes.md", "Members met.\n")
    df = quiet(tmp_path / "fed", series={"fed: minutes": "Federal Reserve: minutes"}).set_index("doc_id")
    assert df["series"].to_dict() == {"2020-01-29-statement": "fed: statement",
                                      "2020-02-19-minutes": "Federal Reserve: minutes"}


def test_series_can_be_a_function_of_the_row(tmp_path):
    write(tmp_path / "fed" / "2020-01-29-statement.md", "Rates held.\n")
    df = quiet(tmp_path / "fed", series=lambda row: row["series"].replace("fed", "Federal Reserve"))
    assert df.loc[0, "series"] == "Federal Reserve: statement"


def test_a_bad_series_option_is_a_clear_error(tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    with pytest.raises(ValueError, match="no such column"):
        quiet(tmp_path, series="kind")
    with pytest.raises(ValueError, match="empty label"):
        quiet(tmp_path, series=lambda row: "")
    with pytest.raises(TypeError, match="column name, a mapping or a function"):
        quiet(tmp_path, series=3)


def test_fomc_2006_2025_has_statements_and_longer_run_goals():
    df = quiet(need(FOMC_2006))
    by_type = df.groupby("type")["series"].unique().to_dict()
    assert list(by_type["meeting"]) == ["fomc: statement"]
    assert list(by_type["longer-run-goals"]) == ["fomc: longer-run goals"]


def test_pboc_is_one_series_named_by_its_source():
    assert set(quiet(need(PBOC))["series"]) == {"People's Bank of China"}


def test_every_central_bank_release_gets_a_series_and_minutes_are_found():
    banks = need(BANKS)
    for bank in sorted(p for p in banks.iterdir() if p.is_dir()):
        df = quiet(bank)
        assert df["series"].map(lambda s: isinstance(s, str) and s != "").all()
        assert df["series"].str.startswith(bank.name.replace("_", " ")).all()
    for bank in ("bank_of_korea", "bank_of_thailand", "central_bank_of_chile", "national_bank_of_poland"):
        assert set(quiet(banks / bank)["series"]) == {bank.replace("_", " ") + ": minutes"}
