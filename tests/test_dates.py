"""Dates as users' folders give them: names in many styles, the head of the text, a dates= table."""
from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

from conftest import CORPORA, need
from toolkit import load_corpus

BODY = "The Committee decided to keep the policy rate unchanged."


def load(folder, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(folder, **kw)


def make(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return tmp_path


def dates_of(df) -> dict[str, str]:
    return {p.split("/")[-1]: (d.date().isoformat() if pd.notna(d) else None) for p, d in zip(df["path"], df["date"])}


def test_month_names_anywhere_in_a_name_give_the_day_or_the_month(tmp_path):
    df = load(make(tmp_path, {"Minute_July_23-24_2018.md": BODY, "Minute_16_June_2020.md": BODY,
                              "April 10, 2002.md": BODY, "Statement - February 2001.txt": BODY}))
    got = dates_of(df)
    assert got["Minute_July_23-24_2018.md"] == "2018-07-24"  # a two-day meeting: its last day
    assert got["Minute_16_June_2020.md"] == "2020-06-16" and got["April 10, 2002.md"] == "2002-04-10"
    assert got["Statement - February 2001.txt"] == "2001-02-01"
    assert df.set_index(df.path.str.split("/").str[-1]).loc["Statement - February 2001.txt", "date_precision"] == "month"
    assert set(df["date_source"]) == {"file name"}


def test_a_meeting_month_and_a_publication_date_keep_the_meeting_refined_by_the_text(tmp_path):
    df = load(make(tmp_path, {"2010/MeetingDecember_2010_Feb 25, 2011.md": "Date of meeting: Thursday, December 9, 2010\n\n" + BODY}))
    assert df.loc[0, "date"] == pd.Timestamp("2010-12-09") and df.loc[0, "published"] == "2011-02-25"
    assert df.loc[0, "date_source"] == "text" and df.loc[0, "date_precision"] == "day"


def test_roman_months_and_letter_prefix_two_digit_years(tmp_path):
    df = load(make(tmp_path, {"2007/mi_iv2007en.md": BODY, "2006/pro0605e.md": BODY, "2015/MPC_22015_M5010.md": BODY}))
    got = dates_of(df)
    assert got["mi_iv2007en.md"] == "2007-04-01" and got["pro0605e.md"] == "2006-05-01"
    # "M5010" would read as October 1950, far from its year folder: not taken, the folder year is used
    assert got["MPC_22015_M5010.md"] == "2015-01-01"
    row = df[df.path.str.endswith("M5010.md")].iloc[0]
    assert row["date_precision"] == "year" and "year folder" in row["problems"]


def test_year_folder_with_month_named_files(tmp_path):
    df = load(make(tmp_path, {"2024/MAS October.txt": BODY, "2024/MAS April.txt": BODY}))
    assert dates_of(df) == {"MAS April.txt": "2024-04-01", "MAS October.txt": "2024-10-01"}


def test_eight_digit_names_read_in_the_one_order_valid_for_the_whole_folder(tmp_path):
    df = load(make(tmp_path, {"bnm/25082004.txt": BODY, "bnm/05062004.txt": BODY, "br/COPOM20000119-x.md": BODY}))
    got = dates_of(df)
    assert got["05062004.txt"] == "2004-06-05"  # 25082004 rules out month-first for the folder
    assert got["COPOM20000119-x.md"] == "2000-01-19"
    assert df.loc[df.path.str.endswith("05062004.txt"), "date_order"].iloc[0].startswith("DDMMYYYY")


def test_eight_digit_names_valid_in_two_orders_follow_the_texts(tmp_path):
    df = load(make(tmp_path, {"a/05062010.txt": "Kuala Lumpur, 5 June 2010\n\n" + BODY,
                              "a/03022011.txt": BODY}))
    assert dates_of(df)["03022011.txt"] == "2011-02-03"


def test_eight_digit_names_valid_in_two_orders_without_texts_are_reported_not_guessed(tmp_path):
    df = load(make(tmp_path, {"a/05062010.txt": BODY, "a/03022011.txt": BODY}))
    assert df["date"].isna().all()
    assert df["problems"].str.contains("DDMMYYYY and MMDDYYYY are valid").all()
    assert df.attrs["undated"].loc[0, "undated"] == 2


def test_text_head_meeting_heading_dateline_and_publication_line(tmp_path):
    df = load(make(tmp_path, {
        "x1.md": "# Minutes\n\n**4 and 9 February 2022, Bank of Thailand**\n\n**Publication Date:** 23 February 2022\n\n" + BODY,
        "x2.md": "Santiago – 16 June 2020\n\n" + BODY,
        "x3.md": "Publication date: 26 January 2011\n\n" + BODY,
        "x4.md": BODY + " Rates were cut on 3 May 2019 and again on 4 June 2019, a move markets expected."}))
    got = dates_of(df)
    assert got["x1.md"] == "2022-02-09" and got["x2.md"] == "2020-06-16" and got["x3.md"] == "2011-01-26"
    assert got["x4.md"] is None  # dates inside a sentence do not date the text


def test_impossible_dates_are_reported_not_used(tmp_path):
    df = load(make(tmp_path, {"Minute_February_30_2023.md": BODY, "y.md": "30 February 2023\n\n" + BODY}))
    assert df["date"].isna().all()
    assert df["problems"].str.contains("not a real date").all()


def test_a_name_reading_as_two_dates_is_reported(tmp_path):
    df = load(make(tmp_path, {"March 3, 2020 and April 4, 2020.md": BODY}))
    assert df["date"].isna().all() and "2 different dates" in df.loc[0, "problems"]


def test_a_text_with_dozens_of_dates_is_dated_by_its_head(tmp_path):
    later = " ".join(f"On {d} March 2019 the rate was reviewed." for d in range(1, 29))
    df = load(make(tmp_path, {"r.md": "Date of meeting: 14 August 2019\n\n" + BODY + "\n\n" + later}))
    assert df.loc[0, "date"] == pd.Timestamp("2019-08-14")


def test_date_outside_its_year_folder_and_future_dates_are_reported(tmp_path):
    df = load(make(tmp_path, {"2010/Minute_June_5_2014.md": BODY, "2099/Minute_June_5_2099.md": BODY}))
    p = df.set_index(df.path.str.split("/").str[-1])["problems"]
    assert "outside its year folder 2010" in p["Minute_June_5_2014.md"]
    assert "in the future" in p["Minute_June_5_2099.md"]


def test_dates_table_wins_over_every_other_source(tmp_path):
    make(tmp_path, {"2019/Minute_June_5_2019.md": BODY, "2019/b.md": BODY})
    table = pd.DataFrame({"path": ["2019/Minute_June_5_2019.md", "2019/b"], "date": ["2019-06-07", "2019-07-01"]})
    df = load(tmp_path, dates=table)
    assert dates_of(df) == {"Minute_June_5_2019.md": "2019-06-07", "b.md": "2019-07-01"}
    assert set(df["date_source"]) == {"metadata"}
    assert "kept dates=" in df.loc[df.path.str.endswith("2019.md"), "problems"].iloc[0]


def test_dates_table_by_month_gives_the_day_to_month_dated_files(tmp_path):
    make(tmp_path, {"1970/05/1970-05-ny.txt": BODY, "1970/06/1970-06-ny.txt": BODY})
    df = load(tmp_path, dates=pd.DataFrame({"year": [1970], "month": [5], "day": [20]}))
    assert dates_of(df) == {"1970-05-ny.txt": "1970-05-20", "1970-06-ny.txt": "1970-06-01"}


def test_bad_dates_table_is_a_clear_error(tmp_path):
    make(tmp_path, {"a.md": BODY})
    with pytest.raises(ValueError, match="not understood"):
        load(tmp_path, dates=pd.DataFrame({"x": [1]}))
    with pytest.raises(FileNotFoundError, match="no such file"):
        load(tmp_path, dates=tmp_path / "missing.csv")


def test_undated_files_are_summarised_per_folder_in_the_warning(tmp_path):
    make(tmp_path, {"a/one.md": BODY, "a/Minute_June_5_2019.md": BODY})
    with pytest.warns(UserWarning, match=r"1 of 2 files have no date: a \(1 of 2: one.md\)"):
        load_corpus(tmp_path)


@pytest.mark.parametrize("bank", ["bank_negara_malaysia", "bank_of_israel", "bank_of_korea", "bank_of_mexico",
                                  "bank_of_thailand", "central_bank_of_brazil", "central_bank_of_chile",
                                  "central_bank_of_the_philippines", "monetary_authority_of_singapore",
                                  "national_bank_of_poland"])
def test_central_banks_are_dated_and_agree_with_their_year_folders(bank):
    df = load(need(CORPORA / "central-banks" / bank))
    by_name_or_text = df["date_precision"].isin(["day", "month"])
    assert by_name_or_text.mean() >= 0.95, df.loc[~by_name_or_text, "path"].tolist()[:5]
    folder = df["path"].map(lambda p: int(re.search(r"/((?:19|20)\d\d)/", p)[1]))
    near = (df["date"] - pd.to_datetime(folder.astype(str) + "-07-02")).abs() <= pd.Timedelta(days=183 + 45)
    assert near.mean() >= 0.95, df.loc[~near, ["path", "date"]].head().to_string()


def test_eight_digit_names_with_no_order_valid_for_all_are_reported(tmp_path):
    df = load(make(tmp_path, {"a/25082004.txt": BODY, "a/08252004.txt": BODY}))
    assert df["date"].isna().all()
    assert df["problems"].str.contains("no reading .* is valid for all 2 names").all()


def test_a_folder_mixing_languages_reads_month_names_of_each(tmp_path):
    df = load(make(tmp_path, {"2023/Minutes-RPP-wrzesien-2023-ANG.md": BODY, "2023/mi_iii2023en.md": BODY,
                              "2023/Minute_14_de_diciembre_2023.md": BODY}))
    assert sorted(dates_of(df).values()) == ["2023-03-01", "2023-09-01", "2023-12-14"]


def test_dates_table_from_a_csv_file(tmp_path):
    make(tmp_path, {"docs/a.md": BODY})
    (tmp_path / "dates.csv").write_text("path,date\na.md,2020-05-06\n", encoding="utf-8")
    df = load(tmp_path / "docs", dates=tmp_path / "dates.csv")
    assert df.loc[0, "date"] == pd.Timestamp("2020-05-06") and df.loc[0, "date_source"] == "metadata"


def test_a_guessed_year_is_no_day_and_dateparser_does_not_read_bare_numbers(tmp_path):
    df = load(make(tmp_path, {"2019/notes.md": "Rates 3 to 5.\n\nGrowth 2.5 to 3 percent in 2019.\n\n" + BODY}))
    assert df.loc[0, "date_source"] == "folder" and df.loc[0, "date_precision"] == "year"
