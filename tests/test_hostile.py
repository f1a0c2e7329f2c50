"""Hostile corpora: the messy folders researchers really have, made by the tests.

Each case writes a few files (binary files named .txt, empty files, GBK names and contents, a BOM,
cp1252 quotes, CRLF, no header, an impossible date, duplicates, nested folders, a symlink loop, a very
large file, malformed tables and front matter, HTML and ``<script>`` in the text). For every case each
stage either works or raises a ``ValueError`` that says why, and every file seen is either a row or a
skipped entry with a reason. docs/HARDENING.md lists the cases and what happens to each.
"""
from __future__ import annotations

import html.parser
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

import toolkit

BIG_MB = 20  # "tens of MB": big enough to find quadratic steps, small enough to keep the suite quick

ZH = ("中国人民银行货币政策委员会召开2023年第一季度例会。会议认为，今年以来宏观政策靠前协同发力，"
      "经济增长好于预期。国内需求不足，外部环境复杂严峻。")
FOMC = ("Recent indicators suggest that economic activity expanded at a solid pace. Job gains have moderated "
        "but remain strong, and the unemployment rate has remained low. Inflation remains elevated.")
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def big_text(megabytes: float) -> str:
    """About ``megabytes`` MB of release-like paragraphs (numbered, so sentences differ), made in well under a second."""
    para = ("Recent indicators suggest that economic activity expanded at a solid pace in quarter {i}. "
            "Job gains have moderated in district {i} but remain strong, and unemployment has remained low. "
            "Inflation remains elevated in region {i}; the Committee is highly attentive to inflation risks.\n\n")
    return "".join(para.format(i=i) for i in range(int(megabytes * 1e6 / len(para.format(i=100000)))))


# --------------------------------------------------------------------------- the cases
# Each writer fills ``folder`` and returns the number of entries ``load_corpus`` must account for.
def binary_txt(folder: Path) -> int:
    (folder / "chart.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "noise.txt").write_bytes(bytes((i * 7919) % 255 + 1 for i in range(4000)))  # no NUL byte at all
    return 2


def empty_files(folder: Path) -> int:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\r\n")
    (folder / "bom_only.txt").write_bytes(b"\xef\xbb\xbf")
    return 3


def gbk_chinese(folder: Path) -> int:
    (folder / "中国人民银行_2023-03-15.txt").write_bytes(ZH.encode("gb18030"))  # UTF-8 name, GB18030 text
    with open(os.fsencode(folder) + "/货币政策_2023-06-20.txt".encode("gbk"), "wb") as fh:  # GBK name and text
        fh.write(ZH.encode("gbk"))
    return 2


def utf8_bom(folder: Path) -> int:
    (folder / "2023-01-05.txt").write_bytes(("\ufeff" + FOMC).encode("utf-8"))
    return 1


def cp1252_quotes(folder: Path) -> int:
    text = "The Committee\u2019s \u201cmoderate\u201d view \u2014 growth slowed and caf\u00e9 sales fell."
    (folder / "2023-01-06.txt").write_bytes(text.encode("cp1252"))
    return 1


def crlf(folder: Path) -> int:
    (folder / "2023-01-07.txt").write_bytes(b"Growth slowed.\r\nPrices rose.\r\n\r\nRates held.\r\n")
    (folder / "2023-01-08.txt").write_bytes(b"Old Mac line ends.\rGrowth slowed.\r\rRates held.\r")
    return 2


def no_header(folder: Path) -> int:
    (folder / "notes.txt").write_text("Growth slowed and hiring weakened. Rates held.\n", encoding="utf-8")
    return 1


def impossible_date(folder: Path) -> int:
    (folder / "2023-02-30.txt").write_text("Growth slowed on a day that does not exist.\n", encoding="utf-8")
    (folder / "seed.txt").write_text("date 2023-02-30 China Powder News On February 30, output fell sharply.\n"
                                     "(Edited by Li Wei)\n", encoding="utf-8")
    (folder / "front.md").write_text("---\ndate: 2023-02-30\ntitle: Impossible\n---\n\nOutput fell.\n",
                                     encoding="utf-8")
    return 3


def duplicates(folder: Path) -> int:
    (folder / "2023-03-22.txt").write_text(FOMC, encoding="utf-8")
    (folder / "2023-03-22 (1).txt").write_text(FOMC, encoding="utf-8")  # the same page saved twice
    (folder / "copy.md").write_text(f"---\ndate: 2023-03-22\n---\n\n{FOMC}\n", encoding="utf-8")
    return 3


def nested_folders(folder: Path) -> int:
    deep = folder / "2023" / "q1" / "march" / "fomc"
    deep.mkdir(parents=True)
    (deep / "2023-03-22.txt").write_text(FOMC, encoding="utf-8")
    (folder / "2023" / "2023-01-31.txt").write_text("Growth slowed. Rates held.", encoding="utf-8")
    return 2


def symlink_loop(folder: Path) -> int:
    (folder / "sub").mkdir()
    (folder / "sub" / "2023-05-03.txt").write_text(FOMC, encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")  # sub/up/sub/up/... forever
    os.symlink("nowhere.txt", folder / "dangling.txt")
    return 3


def very_large(folder: Path) -> int:
    (folder / "2023-06-14.txt").write_text(big_text(BIG_MB), encoding="utf-8")
    (folder / "2023-07-26.txt").write_text(FOMC, encoding="utf-8")
    return 2


def malformed_tables(folder: Path) -> int:
    (folder / "quote.csv").write_text('id,text,date\n1,"unclosed quote,2023-01-01\n2,ok,2023-01-02\n')
    (folder / "ragged.csv").write_text("id,text,date\n1,Growth slowed.,2023-01-01,extra,cells\n2\n")
    (folder / "notext.csv").write_text("a,b\n1,2\n")
    (folder / "broken.jsonl").write_text('{"text": "Growth slowed.", "date": "2023-01-01"}\n{"text": oops\n')
    (folder / "scalar.jsonl").write_text("1\n2\n")
    return 5


def malformed_front_matter(folder: Path) -> int:
    (folder / "bad_yaml.md").write_text("---\ntitle: [unclosed\ndate: 2023-04-01\n---\n\nGrowth slowed.\n")
    (folder / "list.md").write_text("---\n- a\n- b\n---\n\nRates held.\n")
    (folder / "unclosed.md").write_text("---\ntitle: never closed\n\nPrices rose.\n")
    (folder / "tabs.md").write_text("---\ntitle:\tTabbed\n\tdate: 2023-04-02\n---\n\nHiring weakened.\n")
    return 4


def html_script(folder: Path) -> int:
    (folder / "2024-03-20-xss.md").write_text(
        f"---\ntitle: Statement {PAYLOADS[0]}\nsource: Fed {PAYLOADS[1]}\nnote: {PAYLOADS[0]}\n---\n\n"
        f"Output collapsed {PAYLOADS[0]} and unemployment soared {PAYLOADS[1]} as demand fell sharply.\n\n"
        "<p>Inflation <b>remains</b> elevated.</p>\n", encoding="utf-8")
    (folder / "2024-05-01-page.txt").write_text(
        "<html><head><script>alert(1)</script></head><body><h1>Statement</h1>"
        "<p>Growth slowed.</p></body></html>\n", encoding="utf-8")
    return 2


CASES = {f.__name__: f for f in (
    binary_txt, empty_files, gbk_chinese, utf8_bom, cp1252_quotes, crlf, no_header, impossible_date, duplicates,
    nested_folders, symlink_loop, very_large, malformed_tables, malformed_front_matter, html_script)}


def load_quietly(path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(path)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Each case in its own folder: name -> (folder, entries written, loaded corpus, sentence table)."""
    root = tmp_path_factory.mktemp("hostile")
    made = {}
    for name, write in CASES.items():
        folder = root / name
        folder.mkdir()
        entries = write(folder)
        docs = load_quietly(folder)
        made[name] = (folder, entries, docs, toolkit.sentences(docs))
    return made


def reasons(docs: pd.DataFrame) -> dict[str, str]:
    return {os.path.basename(p): r for p, r in docs.attrs["skipped"].itertuples(index=False)}


def row(docs: pd.DataFrame, doc_id: str) -> pd.Series:
    return docs.set_index("doc_id").loc[doc_id]


# --------------------------------------------------------------------------- every stage, every case
@pytest.mark.parametrize("case", CASES)
def test_every_file_seen_is_a_row_or_a_skip_with_a_reason(hostile, case):
    _, entries, docs, _ = hostile[case]
    skipped = docs.attrs["skipped"]
    files_with_rows = docs["path"].nunique() if len(docs) else 0
    assert docs.attrs["files_seen"] == entries
    assert files_with_rows + len(skipped) == docs.attrs["files_seen"]
    assert all(isinstance(r, str) and len(r) > 5 for r in skipped["reason"])


@pytest.mark.parametrize("case", CASES)
def test_tokenize_gives_exact_spans_and_accounts_for_every_document(hostile, case):
    _, _, docs, sents = hostile[case]
    toks = toolkit.tokens(sents)
    text = dict(zip(docs["doc_id"], docs["text"]))
    assert all(text[d][a:b] == s for d, a, b, s in zip(sents["doc_id"], sents["start"], sents["end"], sents["sentence"]))
    assert set(sents["doc_id"]) | set(sents.attrs.get("empty_docs", [])) == set(docs["doc_id"])
    assert set(toks["doc_id"].astype(str)) <= set(sents["doc_id"])


@pytest.mark.parametrize("case", CASES)
def test_document_tone_scores_every_document_within_bounds(hostile, case):
    _, _, docs, _ = hostile[case]
    tone = toolkit.document_tone(docs)
    assert sorted(tone["doc_id"]) == sorted(docs["doc_id"])
    assert tone["tone"].between(-1, 1).all()


@pytest.mark.parametrize("case", CASES)
def test_theme_frequency_has_a_row_per_document_and_theme(hostile, case):
    _, _, docs, _ = hostile[case]
    themes = toolkit.theme_frequency(docs)
    assert len(themes) == len(docs) * len(toolkit.load_themes())
    assert themes["share"].between(0, 1).all()


@pytest.mark.parametrize("case", CASES)
def test_compare_works_or_says_why(hostile, case):
    _, _, docs, _ = hostile[case]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            timeline = toolkit.timeline(docs, progress=False, n_boot=20)
        except ValueError as exc:  # fewer than two dated releases: a reason, not a crash
            assert "two releases" in str(exc)
        else:
            assert len(timeline) >= 2 and timeline["tone"].between(-1, 1).all()
    usable = docs[docs["text"].str.len() > 0].sort_values("text", key=lambda t: t.str.len())
    if len(usable):
        old, new = usable.iloc[0], usable.iloc[min(1, len(usable) - 1)]  # the two shortest
        red = toolkit.redline(old["text"], new["text"])
        assert set(red["status"]) <= {"unchanged", "edited", "moved", "added", "removed"}


# --------------------------------------------------------------------------- what happens to each case
def test_binary_files_named_txt_are_skipped_as_binary(hostile):
    _, _, docs, _ = hostile["binary_txt"]
    assert docs.empty
    assert all("binary" in r for r in reasons(docs).values())


def test_empty_and_blank_files_are_skipped_as_empty(hostile):
    _, _, docs, _ = hostile["empty_files"]
    assert reasons(docs) == dict.fromkeys(["blank.txt", "bom_only.txt", "empty.txt"], "empty file")


def test_gb18030_text_and_gbk_file_names_load_as_chinese(hostile):
    _, _, docs, _ = hostile["gbk_chinese"]
    assert docs["text"].tolist() == [ZH, ZH]
    assert set(docs["encoding"]) == {"gb18030"}
    assert "货币政策_2023-06-20" in set(docs["doc_id"])  # a GBK-encoded name, decoded
    assert [f"{d:%Y-%m-%d}" for d in docs["date"]] == ["2023-03-15", "2023-06-20"]


def test_utf8_bom_is_not_part_of_the_text(hostile):
    _, _, docs, _ = hostile["utf8_bom"]
    assert docs.loc[0, "text"] == FOMC


def test_cp1252_curly_quotes_decode_without_mojibake(hostile):
    _, _, docs, _ = hostile["cp1252_quotes"]
    text = docs.loc[0, "text"]
    assert "Committee\u2019s" in text and "\u201cmoderate\u201d" in text and "café" in text


def test_crlf_and_cr_line_ends_leave_no_carriage_return(hostile):
    _, _, docs, sents = hostile["crlf"]
    assert not docs["text"].str.contains("\r").any()
    assert row(docs, "2023-01-07")["text"] == "Growth slowed. Prices rose.\n\nRates held."
    assert len(sents) == 6


def test_file_without_header_loads_undated_with_the_problem_noted(hostile):
    _, _, docs, _ = hostile["no_header"]
    assert docs["date"].isna().all()
    assert "no date" in docs.loc[0, "problems"]


@pytest.mark.parametrize("doc_id", ["2023-02-30", "seed", "front"])
def test_impossible_date_is_missing_with_the_problem_noted_not_moved(hostile, doc_id):
    _, _, docs, _ = hostile["impossible_date"]
    article = row(docs, doc_id)
    assert pd.isna(article["date"])
    assert "2023-02-30" in article["problems"]


def test_duplicates_point_to_the_first_copy(hostile):
    _, _, docs, _ = hostile["duplicates"]
    first = docs.loc[~docs["is_duplicate"], "doc_id"].tolist()
    assert len(first) == 1
    assert set(docs.loc[docs["is_duplicate"], "duplicate_of"]) == set(first)


def test_nested_folders_are_searched_and_named_by_their_path(hostile):
    _, _, docs, _ = hostile["nested_folders"]
    assert sorted(docs["doc_id"]) == ["2023/2023-01-31", "2023/q1/march/fomc/2023-03-22"]


def test_symlink_loop_is_visited_once_and_reported(hostile):
    _, _, docs, _ = hostile["symlink_loop"]
    assert docs["doc_id"].tolist() == ["sub/2023-05-03"]
    why = reasons(docs)
    assert "loop" in why["up"] and "link" in why["dangling.txt"]


def test_very_large_file_is_loaded_whole_and_split(hostile):
    _, _, docs, sents = hostile["very_large"]
    big = row(docs, "2023-06-14")
    assert len(big["text"]) > BIG_MB * 0.9e6
    assert (sents["doc_id"] == "2023-06-14").sum() > 100_000


def test_malformed_tables_are_skipped_with_the_parser_reason(hostile):
    _, _, docs, _ = hostile["malformed_tables"]
    why = reasons(docs)
    loaded = set(docs["path"].map(os.path.basename))
    assert loaded | set(why) == {"quote.csv", "ragged.csv", "notext.csv", "broken.jsonl", "scalar.jsonl"}
    assert "no text column" in why["notext.csv"]
    assert all(r.startswith("unparseable") for r in why.values())


def test_malformed_front_matter_keeps_the_body_and_notes_the_problem(hostile):
    _, _, docs, _ = hostile["malformed_front_matter"]
    assert "YAML" in row(docs, "bad_yaml")["problems"] and row(docs, "bad_yaml")["text"] == "Growth slowed."
    assert "YAML" in row(docs, "list")["problems"] and row(docs, "list")["text"] == "Rates held."
    assert "Prices rose." in row(docs, "unclosed")["text"]


def test_html_and_script_in_articles_are_kept_as_plain_text(hostile):
    _, _, docs, _ = hostile["html_script"]
    article = row(docs, "2024-03-20-xss")
    assert PAYLOADS[0] in article["text"] and PAYLOADS[1] in article["text"]
    assert PAYLOADS[0] in article["title"] and PAYLOADS[1] in article["source"]
