"""load_corpus: one row per article, trustworthy dates, clean text, every skipped file accounted for."""
from __future__ import annotations

import json
import os
from pathlib import Path
import warnings

import pandas as pd
import pytest

from toolkit import load_corpus
from toolkit.corpus import CORE_COLUMNS, DEFAULT_EXCLUDE, CorpusWarning, build_frame, iter_files, parse_files
from toolkit.corpus import readers
from toolkit.corpus.boilerplate import load_known_sources
from toolkit.corpus.readers.seed import split_source


def load_quiet(path, **options):
    """load_corpus without the CorpusWarning (tests that check the warning call load_corpus directly)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(path, **options)


def write(path, content, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


SEED_LIKE = (" date 2024-05-06 {source} {body}\n\nSecond paragraph of the item.\n\n"
             "(Edited by Someone / Li)\n\nNote: The picture is for non-commercial use, if there is any "
             "infringement, please inform and delete it!")


# ---------------------------------------------------------------------------------------------- seed
def test_seed_article_gives_date_source_and_clean_text(seed_path):
    df = load_quiet(seed_path)
    assert len(df) == 1
    row = df.iloc[0]
    assert row["date"] == pd.Timestamp("2023-03-25")
    assert row["source"] == "China Powder News"
    assert row["text"].startswith("On March 23, 2023")
    assert row["format"] == "seed"
    assert row["doc_id"] == "000_bc21e2d4d2f283e7"


def test_seed_editor_is_metadata_not_text(seed_path):
    row = load_quiet(seed_path).iloc[0]
    assert row["editor"] == "China Powder Network / Chang\u2019an"
    assert "Edited by" not in row["text"]


def test_seed_picture_note_is_removed(seed_path):
    text = load_quiet(seed_path).iloc[0]["text"]
    assert "non-commercial" not in text and "Note:" not in text
    assert text.endswith("boost enterprise confidence.")


def test_columns_follow_the_contract_order(seed_path):
    df = load_quiet(seed_path)
    assert list(df.columns[: len(CORE_COLUMNS)]) == CORE_COLUMNS
    assert str(df["date"].dtype) == "datetime64[ns]"
    assert df["is_duplicate"].dtype == bool


@pytest.mark.parametrize("source, body", [
    ("China Powder News", "On March 23, 2023, the ministry met."),
    ("Xinhua", "BEIJING, March 5 -- China set its growth target."),
    ("China Daily", "The ministry said output rose."),
    ("Reuters", "Chinese factory activity expanded in March."),
    ("Global Times", "In the first quarter, exports grew."),
    ("MIIT", "The output of key industries rose."),
    ("21st Century Business Herald", "According to data released on Monday, sales rose."),
])
def test_seed_known_sources_end_where_the_body_begins(tmp_path, source, body):
    f = write(tmp_path / "item.txt", SEED_LIKE.format(source=source, body=body))
    row = load_quiet(f).iloc[0]
    assert (row["source"], row["source_rule"]) == (source, "known")
    assert row["text"].startswith(body)


@pytest.mark.parametrize("rest, source, body_start", [
    ("Shenzhen Special Zone Daily On Monday, the city said", "Shenzhen Special Zone Daily", "On Monday"),
    ("Hebei Metallurgical Bulletin 2023 saw output rise", "Hebei Metallurgical Bulletin", "2023 saw"),
    ("Sino Steel Weekly: Output rose", "Sino Steel Weekly", "Output rose"),
    ("Sina Finance | The index fell", "Sina Finance", "The index"),
    ("Economic Observer Output of cement fell", "Economic Observer", "Output of cement"),
    ("Jiangsu Building Materials Association Steel prices rose", "Jiangsu Building Materials Association",
     "Steel prices"),
])
def test_seed_unknown_source_found_by_rule(rest, source, body_start):
    found, body, rule = split_source(rest, ())
    assert (found, rule) == (source, "rule")
    assert body.startswith(body_start)


def test_seed_source_guess_is_reported_as_a_problem(tmp_path):
    f = write(tmp_path / "a.txt", SEED_LIKE.format(source="Metal Weekly", body="The price rose."))
    row = load_quiet(f).iloc[0]
    assert row["source"] == "Metal Weekly"
    assert "guessed by rule" in row["problems"]


def test_seed_sources_option_adds_a_name(tmp_path):
    # without the option the rule would stop at "Daily" + "Steel" ... and take the wrong words
    f = write(tmp_path / "a.txt", SEED_LIKE.format(source="Steel Daily Asia", body="Steel output rose."))
    row = load_quiet(f, sources=["Steel Daily Asia"]).iloc[0]
    assert (row["source"], row["source_rule"]) == ("Steel Daily Asia", "known")
    assert row["text"].startswith("Steel output rose.")
    assert row["problems"] == ""


def test_known_source_match_is_case_sensitive():
    # "The Paper" is a known outlet; "The paper industry" is the start of a sentence
    assert split_source("The Paper The ministry said", load_known_sources(None))[0] == "The Paper"
    assert split_source("The paper industry grew", load_known_sources(None))[0] == ""


# ---------------------------------------------------------------------------------------------- real corpora
def test_fomc_1994_2016_statements_all_dated(fomc_1994):
    df = load_quiet(fomc_1994)
    assert len(df) == 160
    assert df["date"].notna().all()
    assert df["date"].min() == pd.Timestamp("1994-02-04")
    assert df["date"].max() == pd.Timestamp("2016-09-21")
    assert df.attrs["skipped"].empty


def test_fomc_2006_2025_markdown_all_dated_with_front_matter(fomc_2006):
    df = load_quiet(fomc_2006)
    assert len(df) == 181
    assert df["date"].notna().all()
    assert df["date"].max() == pd.Timestamp("2025-08-22")
    assert (df["format"] == "markdown").all()
    assert {"id", "type", "url"} <= set(df.columns)
    assert set(df["type"]) == {"meeting", "longer-run-goals"}


def test_fomc_two_sets_span_1994_to_2025(fomc_1994, fomc_2006):
    both = pd.concat([load_quiet(fomc_1994), load_quiet(fomc_2006)])
    assert both["date"].min() == pd.Timestamp("1994-02-04")
    assert both["date"].max() == pd.Timestamp("2025-08-22")


def test_fomc_markdown_boilerplate_never_in_text(fomc_2006):
    df = load_quiet(fomc_2006)
    for phrase in ("For media inquiries", "For release at", "For immediate release", "Implementation Note issued"):
        assert not df["text"].str.contains(phrase, regex=False).any(), phrase
    assert df["release"].notna().sum() > 150  # "2:00 p.m. EDT" / "immediate" kept as metadata
    assert df["implementation_note"].notna().sum() > 50


def test_fomc_markdown_spaced_hyphen_artefact_is_joined(fomc_2006):
    text = load_quiet(fomc_2006).set_index("doc_id").loc["2025-08-22-longer-run-goals", "text"]
    assert "longer- term" not in text and "medium- term" not in text
    assert "medium-term outlook" in text


def test_fomc_hard_wrapped_and_markdown_copies_give_the_same_text(fomc_1994, fomc_2006):
    wrapped = load_quiet(fomc_1994).set_index("doc_id")
    md = load_quiet(fomc_2006).set_index("doc_id")
    assert "\n" in (fomc_1994 / "20080130.txt").read_text().strip().split("\n\n")[0]  # really hard-wrapped
    assert wrapped.loc["20080130", "text"] == md.loc["2008-01-30-fomc-statement", "text"]


def test_fomc_most_overlapping_statements_agree(fomc_1994, fomc_2006):
    a = load_quiet(fomc_1994)
    b = load_quiet(fomc_2006)
    b = b[b["type"] == "meeting"].drop_duplicates("date").set_index("date")["text"]
    pairs = a.set_index("date")["text"].to_frame("a").join(b.rename("b"), how="inner")
    agree = (pairs["a"] == pairs["b"]).mean()
    # the rest differ in substance (a missing vote paragraph, footnotes, related links)
    assert len(pairs) > 80 and agree > 0.85


def test_pboc_71_dated_rows_and_licence_files_skipped(pboc):
    with pytest.warns(CorpusWarning, match="skipped 2"):
        df = load_corpus(pboc)
    assert len(df) == 71
    assert df["date"].notna().all()
    assert df["date"].min() == pd.Timestamp("2002-01-20")
    skipped = df.attrs["skipped"]
    assert sorted(os.path.basename(p) for p in skipped["path"]) == ["LICENSE", "SOURCE.txt"]
    assert (skipped["reason"] == "not an article: licence/metadata file").all()
    assert df.attrs["files_seen"] == len(df) + len(skipped)


def test_pboc_day_first_file_names(pboc):
    df = load_quiet(pboc).set_index("doc_id")
    assert df.loc["2019/peoples_bank_of_china_25-06-2019", "date"] == pd.Timestamp("2019-06-25")
    assert df.loc["2019/peoples_bank_of_china_25-06-2019", "source"] == "People's Bank of China"


def test_beige_book_every_article_dated_with_district(beige):
    df = load_quiet(beige)
    assert len(df) == 5694
    assert df["date"].notna().all()
    assert set(df["district"]) == {"at", "bo", "ch", "cl", "da", "kc", "mi", "ny", "ph", "ri", "sf", "sl", "su"}
    row = df.set_index("doc_id").loc["2020/05/2020-05-ny"]
    assert (row["date"], row["district_name"]) == (pd.Timestamp("2020-05-01"), "New York")
    assert df.attrs["files_seen"] == len(df) + len(df.attrs["skipped"])


# ---------------------------------------------------------------------------------------------- formats
def test_txt_date_from_iso_name(tmp_path):
    write(tmp_path / "2021-03-17-statement.txt", "Rates unchanged.")
    assert load_quiet(tmp_path).iloc[0]["date"] == pd.Timestamp("2021-03-17")


def test_txt_date_from_compact_name(tmp_path):
    write(tmp_path / "20210317.txt", "Rates unchanged.")
    row = load_quiet(tmp_path).iloc[0]
    assert (row["date"], row["doc_id"], row["format"]) == (pd.Timestamp("2021-03-17"), "20210317", "txt")


def test_txt_date_from_dateline_when_name_has_none(tmp_path):
    write(tmp_path / "statement.txt", "January 30, 2008\n\nThe Committee decided.")
    row = load_quiet(tmp_path).iloc[0]
    assert row["date"] == pd.Timestamp("2008-01-30")
    assert row["text"] == "The Committee decided."


def test_txt_without_date_loads_with_nat_and_a_problem(tmp_path):
    write(tmp_path / "notes.txt", "Some text without any date.")
    with pytest.warns(CorpusWarning, match="1 loaded row"):
        df = load_corpus(tmp_path)
    assert pd.isna(df.iloc[0]["date"])
    assert "no date found" in df.iloc[0]["problems"]


def test_doc_id_is_relative_posix_path_without_extension(tmp_path):
    write(tmp_path / "2020" / "05" / "2020-05-ny.txt", "Activity fell.")
    assert load_quiet(tmp_path).iloc[0]["doc_id"] == "2020/05/2020-05-ny"


def test_markdown_front_matter_fields_become_columns(tmp_path):
    write(tmp_path / "a.md", "---\nid: x1\ndate: 2019-07-31\ntitle: FOMC statement\ntype: meeting\n"
                             "url: https://example.org\n---\n\n# Heading\n\nThe **Committee** [decided](http://x).\n")
    row = load_quiet(tmp_path).iloc[0]
    assert (row["date"], row["title"], row["id"], row["type"]) == (
        pd.Timestamp("2019-07-31"), "FOMC statement", "x1", "meeting")
    assert row["text"] == "Heading\n\nThe Committee decided."


def test_markdown_bad_front_matter_is_a_problem_not_a_crash(tmp_path):
    write(tmp_path / "2020-01-01-a.md", "---\ntitle: [unclosed\n---\nBody text.\n")
    row = load_quiet(tmp_path).iloc[0]
    assert row["text"] == "Body text." and "front matter" in row["problems"]
    assert row["date"] == pd.Timestamp("2020-01-01")


def test_csv_rows_with_auto_detected_columns(tmp_path):
    write(tmp_path / "news.csv", "id,date,source,headline,body\nn1,2022-01-05,Reuters,Up,Output rose.\n"
                                 "n2,2022-02-05,Xinhua,Down,Output fell.\n")
    df = load_quiet(tmp_path)
    assert list(df["doc_id"]) == ["n1", "n2"]
    assert list(df["source"]) == ["Reuters", "Xinhua"]
    assert list(df["title"]) == ["Up", "Down"]
    assert list(df["text"]) == ["Output rose.", "Output fell."]
    assert (df["format"] == "csv").all()


def test_csv_configured_columns_and_row_number_ids(tmp_path):
    write(tmp_path / "t.csv", "when,words\n05/01/2022,Hello there.\n06/01/2022,Bye now.\n")
    df = load_quiet(tmp_path, text_column="words", date_column="when")
    assert list(df["doc_id"]) == ["t/0", "t/1"]
    assert df["date"].notna().all()


def test_jsonl_rows(tmp_path):
    lines = [{"id": 1, "date": "2023-04-01", "content": "A."}, {"id": 2, "date": "2023-04-02", "content": "B."}]
    write(tmp_path / "x.jsonl", "\n".join(json.dumps(r) for r in lines))
    df = load_quiet(tmp_path)
    assert list(df["text"]) == ["A.", "B."] and (df["format"] == "jsonl").all()
    assert list(df["doc_id"]) == ["1", "2"]


def test_parquet_rows(tmp_path):
    pd.DataFrame({"text": ["One.", "Two."], "date": ["2020-01-01", "2020-01-02"], "lang": ["en", "en"]}
                 ).to_parquet(tmp_path / "p.parquet")
    df = load_quiet(tmp_path)
    assert list(df["text"]) == ["One.", "Two."]
    assert list(df["lang"]) == ["en", "en"] and (df["format"] == "parquet").all()


def test_table_without_text_column_is_skipped_with_reason(tmp_path):
    write(tmp_path / "t.csv", "a,b\n1,2\n")
    df = load_quiet(tmp_path)
    assert df.empty
    assert "no text column" in df.attrs["skipped"]["reason"].iloc[0]


def test_table_counts_once_in_files_seen(tmp_path):
    write(tmp_path / "t.csv", "text,date\nA.,2020-01-01\nB.,2020-01-02\nC.,2020-01-03\n")
    df = load_quiet(tmp_path)
    assert len(df) == 3 and df.attrs["files_seen"] == 1


# ---------------------------------------------------------------------------------------------- encodings
@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
    ("cp1252", "cp1252"),
])
def test_encodings_are_detected(tmp_path, encoding, expected):
    body = "中国人民银行货币政策委员会召开例会。" if encoding.startswith("gb") else "Caf\u00e9 prices \u2013 up 5\u20ac."
    write(tmp_path / "2020-01-01.txt", body, encoding=encoding)
    row = load_quiet(tmp_path).iloc[0]
    assert (row["text"], row["encoding"]) == (body, expected)


def test_crlf_and_lf_give_the_same_text(tmp_path):
    lf = "First line of a\nwrapped paragraph.\n\nSecond paragraph.\n"
    write(tmp_path / "a" / "2020-01-01.txt", lf)
    write(tmp_path / "b" / "2020-01-01.txt", lf.replace("\n", "\r\n"))
    df = load_quiet(tmp_path)
    assert df["text"].nunique() == 1
    assert df["text"].iloc[0] == "First line of a wrapped paragraph.\n\nSecond paragraph."


def test_forced_encoding_that_fails_is_skipped_with_reason(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Caf\u00e9", encoding="cp1252")
    df = load_quiet(tmp_path, encoding="utf-8")
    assert df.empty and "undecodable" in df.attrs["skipped"]["reason"].iloc[0]


# ---------------------------------------------------------------------------------------------- whitespace
def test_hard_wrapped_and_unwrapped_copies_are_equal(tmp_path):
    one = ("The Committee decided today to keep its target.  Longer-term inflation expectations remain "
           "well anchored.\n\nVoting for the action were: Ben S. Bernanke, Chairman.")
    wrapped = ("The Committee decided today to keep its\ntarget.  Longer-\nterm inflation expectations "
               "remain\nwell anchored.\n\nVoting for the action were: Ben S.\nBernanke, Chairman.\n")
    write(tmp_path / "x" / "2010-01-01.txt", one)
    write(tmp_path / "y" / "2010-01-01.txt", wrapped)
    df = load_quiet(tmp_path)
    assert df["text"].nunique() == 1
    assert "Longer-term inflation" in df["text"].iloc[0]


def test_suspended_hyphen_is_kept(tmp_path):
    write(tmp_path / "2010-01-01.txt", "Both short- and long-term rates fell.")
    assert load_quiet(tmp_path).iloc[0]["text"] == "Both short- and long-term rates fell."


def test_unwrapped_lines_without_blank_lines_are_paragraphs(tmp_path):
    long1, long2 = "A" * 50 + " " + "b " * 60, "C" * 50 + " " + "d " * 60
    write(tmp_path / "2010-01-01.txt", long1 + "\n" + long2)
    assert load_quiet(tmp_path).iloc[0]["text"].count("\n\n") == 1


# ---------------------------------------------------------------------------------------------- accounting
def test_duplicates_flagged_not_dropped(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Same text.")
    write(tmp_path / "2020-02-01.txt", "Same   text.\n")
    write(tmp_path / "2020-03-01.txt", "Other text.")
    df = load_quiet(tmp_path)
    assert len(df) == 3
    assert df["is_duplicate"].tolist() == [False, True, False]
    assert df["duplicate_of"].tolist()[1] == "2020-01-01"


def test_binary_empty_and_licence_files_skipped_and_counted(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Real article.")
    write(tmp_path / "image.dat", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "LICENSE", "MIT")
    write(tmp_path / ".hidden.txt", "secret")
    write(tmp_path / "_meta" / "dates.csv", "year,month\n")
    with pytest.warns(CorpusWarning, match=r"skipped 5 of 6") as record:
        df = load_corpus(tmp_path)
    assert len(record) == 1
    reasons = dict(zip(df.attrs["skipped"]["path"].map(os.path.basename), df.attrs["skipped"]["reason"]))
    assert reasons["image.dat"].startswith("binary file")
    assert reasons["empty.txt"] == "empty file"
    assert reasons["LICENSE"] == "not an article: licence/metadata file"
    assert reasons[".hidden.txt"] == "hidden file"
    assert "metadata folder" in reasons["_meta"]
    assert len(df) + len(df.attrs["skipped"]) == df.attrs["files_seen"] == 6


def test_exclude_patterns_are_configurable(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Keep.")
    write(tmp_path / "drafts" / "2020-01-02.txt", "Draft.")
    df = load_quiet(tmp_path, exclude=DEFAULT_EXCLUDE + ("drafts",))
    assert df["text"].tolist() == ["Keep."]
    assert "excluded by pattern 'drafts'" in df.attrs["skipped"]["reason"].iloc[0]


def test_symlink_loop_is_followed_once(tmp_path):
    write(tmp_path / "a" / "2020-01-01.txt", "Inside.")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    df = load_quiet(tmp_path)
    assert df["text"].tolist() == ["Inside."]
    assert "already visited" in df.attrs["skipped"]["reason"].iloc[0]


def test_missing_path_raises_file_not_found_naming_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        load_corpus(tmp_path / "nowhere")


def test_folder_without_articles_gives_empty_frame_with_columns(tmp_path):
    write(tmp_path / "README.md", "About this folder.")
    with pytest.warns(CorpusWarning):
        df = load_corpus(tmp_path)
    assert df.empty and list(df.columns[: len(CORE_COLUMNS)]) == CORE_COLUMNS
    assert len(df.attrs["skipped"]) == 1


def test_unknown_option_is_a_clear_error(tmp_path):
    with pytest.raises(TypeError, match="text_colum"):
        load_corpus(tmp_path, text_colum="body")


def test_parse_files_is_usable_on_its_own(tmp_path):
    f = write(tmp_path / "2020-01-01.txt", "Alone.")
    rows, skipped = parse_files([f], tmp_path)
    assert skipped == [] and rows[0]["text"] == "Alone." and rows[0]["doc_id"] == "2020-01-01"


def test_iter_files_lists_the_files_to_read_and_the_entries_skipped_with_reasons(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Real article.")
    write(tmp_path / "LICENSE", "MIT")
    write(tmp_path / "sub" / "2020-02-01.md", "---\ntitle: T\n---\nBody.")
    found = [(os.path.relpath(p, tmp_path), reason) for p, reason in iter_files(tmp_path)]
    assert found == [("2020-01-01.txt", None), ("LICENSE", "not an article: licence/metadata file"),
                     (os.path.join("sub", "2020-02-01.md"), None)]


def test_iter_files_checks_the_options_when_called(tmp_path):
    with pytest.raises(TypeError, match="text_colum"):
        iter_files(tmp_path / "nowhere", text_colum="body")


def test_iter_files_then_parse_files_then_build_frame_is_load_corpus(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Same text.")
    write(tmp_path / "2020-02-01.txt", "Same text.")
    write(tmp_path / "t.csv", "text,date\nA.,2020-01-03\n")
    write(tmp_path / "empty.txt", "")
    files = [p for p, reason in iter_files(tmp_path) if reason is None]
    rows, skipped = parse_files(files, tmp_path)
    assert [os.path.basename(p) for p, _ in skipped] == ["empty.txt"]
    pd.testing.assert_frame_equal(build_frame(rows), load_quiet(tmp_path))


def test_a_reader_added_to_the_registry_reads_its_extension(tmp_path, monkeypatch):
    def read_rec(path, root, data, opts):
        date, text = data.decode("utf-8").split("|", 1)
        return [{"doc_id": "r", "date": date, "source": "", "title": "", "text": text, "path": path,
                 "format": "rec", "encoding": "utf-8", "problems": ""}]

    monkeypatch.setitem(readers.READERS, ".rec", read_rec)
    write(tmp_path / "a.rec", "2021-05-04|Output rose.")
    row = load_quiet(tmp_path).iloc[0]
    assert (row["date"], row["text"], row["format"]) == (pd.Timestamp("2021-05-04"), "Output rose.", "rec")


def test_workers_give_the_same_table(tmp_path):
    for i in range(1, 7):
        write(tmp_path / f"2020-01-0{i}.txt", f"Text {i}.")
    serial = load_quiet(tmp_path)
    parallel = load_quiet(tmp_path, workers=2)
    pd.testing.assert_frame_equal(serial, parallel)


def test_two_corpora_concatenate(pboc, fomc_1994):
    both = pd.concat([load_quiet(pboc), load_quiet(fomc_1994)], ignore_index=True)
    assert len(both) == 71 + 160


def test_seed_in_gb18030_with_chinese_source(tmp_path):
    f = write(tmp_path / "item.txt", "date 2023-03-25 中国粉体网 3月23日，工业和信息化部召开座谈会。\n\n(Edited by 小王)",
              encoding="gb18030")
    row = load_quiet(f).iloc[0]
    assert (row["source"], row["encoding"], row["editor"]) == ("中国粉体网", "gb18030", "小王")
    assert row["text"] == "3月23日，工业和信息化部召开座谈会。"


def test_seed_unknown_chinese_source_found_by_rule():
    assert split_source("某某钢铁网 3月23日，产量上升。", ())[:2] == ("某某钢铁网", "3月23日，产量上升。")


def test_fomc_pdf_link_lines_are_dropped(fomc_2006):
    assert not load_quiet(fomc_2006)["text"].str.contains("KB PDF", regex=False).any()


def test_exclude_pattern_with_a_slash_matches_the_relative_path(tmp_path):
    write(tmp_path / "2020" / "2020-01-01.txt", "Keep.")
    write(tmp_path / "2020" / "drafts" / "2020-01-02.txt", "Draft.")
    df = load_quiet(tmp_path, exclude=DEFAULT_EXCLUDE + ("2020/drafts",))
    assert df["text"].tolist() == ["Keep."]
    assert df.attrs["files_seen"] == 2


def test_same_stem_in_two_formats_gets_distinct_doc_ids(tmp_path):
    write(tmp_path / "2020-01-01.txt", "Plain.")
    write(tmp_path / "2020-01-01.md", "---\ntitle: T\n---\nMarkdown.")
    df = load_quiet(tmp_path)
    assert df["doc_id"].is_unique and len(df) == 2
    assert df["problems"].str.contains("already used").sum() == 1


def test_composed_and_decomposed_accents_give_the_same_text(tmp_path):
    write(tmp_path / "a" / "2020-01-01.txt", "Caf\u00e9 sales rose.")
    write(tmp_path / "b" / "2020-01-01.txt", "Cafe\u0301 sales rose.")
    assert load_quiet(tmp_path)["text"].nunique() == 1


def test_source_from_the_words_before_the_date_in_a_file_name(tmp_path):
    write(tmp_path / "bank_of_japan_2021-03-17.txt", "Policy unchanged.")
    write(tmp_path / "2021-03-18-statement.txt", "Policy unchanged again.")
    sources = load_quiet(tmp_path).set_index("doc_id")["source"]
    assert sources["bank_of_japan_2021-03-17"] == "Bank of Japan"
    assert sources["2021-03-18-statement"] == ""
    assert load_quiet(tmp_path, default_source="FOMC").set_index("doc_id").loc["2021-03-18-statement", "source"] == "FOMC"


def test_semicolon_csv_and_tsv(tmp_path):
    write(tmp_path / "eu.csv", "date;text\n2021-01-01;Prix en hausse, nettement.\n")
    write(tmp_path / "t.tsv", "date\ttext\n2021-01-02\tPrices up, clearly.\n")
    df = load_quiet(tmp_path)
    assert df["text"].tolist() == ["Prix en hausse, nettement.", "Prices up, clearly."]
    assert (df["format"] == "csv").all()


def test_broken_json_lines_file_is_skipped_with_reason(tmp_path):
    write(tmp_path / "x.jsonl", '{"text": "ok", "date": "2020-01-01"}\n{"text": broken\n')
    df = load_quiet(tmp_path)
    assert df.empty
    assert df.attrs["skipped"]["reason"].iloc[0].startswith("unparseable table")


def test_corpus_warning_is_exported_for_filtering():
    import toolkit
    assert toolkit.CorpusWarning is CorpusWarning and issubclass(CorpusWarning, UserWarning)


@pytest.mark.parametrize("header", [
    "date 2024-05-06 Global Times The index rose.",
    "Date: 2024/05/06 Global Times\nThe index rose.",
    "date 2024-05-06\nGlobal Times\n\nThe index rose.",
])
def test_seed_header_variants(tmp_path, header):
    row = load_quiet(write(tmp_path / "x.txt", header)).iloc[0]
    assert (row["date"], row["source"], row["text"], row["format"]) == (
        pd.Timestamp("2024-05-06"), "Global Times", "The index rose.", "seed")


def test_seed_with_impossible_date_is_a_problem(tmp_path):
    row = load_quiet(write(tmp_path / "x.txt", "date 2024-02-31 Xinhua Output rose.")).iloc[0]
    assert pd.isna(row["date"]) and "not a real date" in row["problems"]


def test_progress_true_shows_a_bar(tmp_path, capsys):
    write(tmp_path / "2020-01-01.txt", "Text.")
    load_quiet(tmp_path, progress=True)
    assert "load_corpus" in capsys.readouterr().err


def test_european_cp1252_with_accent_pairs_is_not_taken_for_chinese(tmp_path):
    body = "Größe, Größe und Größe."  # every accented byte sits in a pair, as in double-byte text
    write(tmp_path / "2020-01-01.txt", body, encoding="cp1252")
    row = load_quiet(tmp_path).iloc[0]
    assert (row["text"], row["encoding"]) == (body, "cp1252")


def test_english_article_in_gbk_with_a_few_chinese_names(tmp_path):
    body = "The meeting in 北京 was chaired by 易纲, governor of the 中国人民银行."
    write(tmp_path / "2020-01-01.txt", body, encoding="gbk")
    row = load_quiet(tmp_path).iloc[0]
    assert (row["text"], row["encoding"]) == (body, "gb18030")


def test_utf16_with_bom_is_read(tmp_path):
    write(tmp_path / "2020-01-01.txt", "\ufeffGrowth slowed.", encoding="utf-16-le")
    row = load_quiet(tmp_path).iloc[0]
    assert (row["text"], row["encoding"]) == ("Growth slowed.", "utf-16")


def test_code_and_markup_files_are_skipped_with_a_reason_but_odd_text_extensions_load(tmp_path):
    (tmp_path / "20230105.txt").write_text("Output rose.", encoding="utf-8")
    (tmp_path / "20230106.xt").write_text("Output fell.", encoding="utf-8")  # a real typo in the FOMC set
    (tmp_path / "sample.py").write_text("print('not an article')", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>Output rose.</p>", encoding="utf-8")
    df = load_quiet(tmp_path)
    assert sorted(df["doc_id"]) == ["20230105", "20230106"]
    reasons = dict(zip(df.attrs["skipped"]["path"].map(lambda p: Path(p).name), df.attrs["skipped"]["reason"]))
    assert set(reasons) == {"sample.py", "page.html"}
    assert all("unsupported file type" in r for r in reasons.values())
