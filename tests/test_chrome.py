"""Scraped web chrome leaves `text` and is counted; repeated content sentences and headings stay."""
from __future__ import annotations

import pickle
import warnings

import pandas as pd
import pytest

from conftest import CORPORA, FOMC_1994, FOMC_2006, PBOC, need
from toolkit import load_corpus
from toolkit.corpus import CorpusWarning, build_frame, iter_files, parse_files

BANKS = CORPORA / "central-banks"

BODIES = [
    "The Committee decided to keep the policy rate at {r} percent.",
    "Inflation eased to {r} percent in the month, and growth held up.",
    "Members noted that credit conditions had tightened somewhat since {r}.",
    "Exports rose by {r} percent on stronger demand from trading partners.",
]


def quiet(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(path, **options)


def release(i: int, top: list[str] = (), bottom: list[str] = ()) -> str:
    body = [b.format(r=i + 1) for b in BODIES]
    return "\n\n".join([*top, "Monetary Policy Decision", *body, *bottom]) + "\n"


def folder(tmp_path, top=(), bottom=(), n=6, year_folders=False, ext="md"):
    """A folder of ``n`` releases, each with the same ``top``/``bottom`` lines around its own body."""
    for i in range(n):
        sub = tmp_path / (str(2019 + i % 2) if year_folders else "")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"2019-0{i + 1}-15.{ext}").write_text(release(i, list(top), list(bottom)), encoding="utf-8")
    return tmp_path


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.mark.parametrize("chrome", [
    "Home | Monetary Policy | Statements | Press",                  # menu
    "Home > Monetary Policy > Decisions",                           # breadcrumb
    "About us · Research · Statistics · Publications",             # menu with middots
])
def test_a_menu_or_breadcrumb_repeated_in_the_folder_leaves_the_text(tmp_path, chrome):
    df = quiet(folder(tmp_path, top=[chrome]))
    assert not any(chrome in t for t in df["text"])
    assert (df["chrome_removed"] == 1).all()


@pytest.mark.parametrize("notice", [
    "Skip to main content",
    "JavaScript is disabled in your browser. Please enable JavaScript to view this page.",
    "This website uses cookies to improve your experience. By continuing you agree to our use of cookies.",
    "Accept all cookies",
    "Print this page",
    "Share on Facebook | Twitter | LinkedIn",
    "Back to top",
    "© 2024 Central Bank of Somewhere. All rights reserved.",
    "Last updated: 12 March 2024",
])
def test_a_bundled_notice_leaves_the_text_even_in_a_single_file(tmp_path, notice):
    path = tmp_path / "2020-01-29.md"
    path.write_text(release(0, top=[notice]), encoding="utf-8")
    df = quiet(path)
    assert notice not in df.loc[0, "text"]
    assert df.loc[0, "chrome_removed"] == 1
    assert paragraphs(df.loc[0, "text"])[1] == BODIES[0].format(r=1)


def test_page_marks_repeated_across_files_leave_the_text(tmp_path):
    df = quiet(folder(tmp_path, bottom=["2/4", "- 3 -", "Page 4 of 4"]))
    assert not any(p in ("2/4", "- 3 -", "Page 4 of 4") for t in df["text"] for p in paragraphs(t))
    assert (df["chrome_removed"] == 3).all()


def test_repeated_chrome_is_counted_across_year_folders_of_one_bank(tmp_path):
    df = quiet(folder(tmp_path, top=["Home | Policy | Minutes"], year_folders=True))
    assert df["path"].str.contains("/2020/").any()
    assert (df["chrome_removed"] == 1).all()


def test_a_repeated_policy_sentence_stays_in_every_file(tmp_path):
    sentence = "The Committee will continue to monitor the implications of incoming information."
    df = quiet(folder(tmp_path, bottom=[sentence]))
    assert all(paragraphs(t)[-1] == sentence for t in df["text"])
    assert (df["chrome_removed"] == 0).all()


def test_a_repeated_heading_stays(tmp_path):
    df = quiet(folder(tmp_path))
    assert all(paragraphs(t)[0] == "Monetary Policy Decision" for t in df["text"])


def test_a_menu_in_only_two_of_many_files_stays(tmp_path):
    folder(tmp_path, n=10)
    for name in ("2019-01-15.md", "2019-02-15.md"):
        p = tmp_path / name
        p.write_text("Home | Policy | Minutes\n\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    df = quiet(tmp_path)
    assert df["text"].str.contains("Home | Policy | Minutes", regex=False).sum() == 2


def test_a_sentence_that_mentions_cookies_or_printing_stays(tmp_path):
    text = ("Biscuit and cookie makers reported higher costs for sugar and flour.\n\n"
            "Printing firms said orders were flat.\n")
    (tmp_path / "2021-03-17.txt").write_text(text, encoding="utf-8")
    df = quiet(tmp_path)
    assert paragraphs(df.loc[0, "text"]) == text.strip().split("\n\n")
    assert df.loc[0, "chrome_removed"] == 0


def test_markdown_rules_empty_headings_and_table_pipes_are_normalised(tmp_path):
    text = ("The Board held rates.\n\n-----\n\n##\n\n"
            "|Col1|2019|2020|\n|---|---|---|\n|CPI|2.1|1.8|\n\nGrowth was steady.\n")
    (tmp_path / "2021-03-17.md").write_text(text, encoding="utf-8")
    df = quiet(tmp_path)
    assert paragraphs(df.loc[0, "text"]) == ["The Board held rates.", "2019 2020 CPI 2.1 1.8", "Growth was steady."]
    assert df.loc[0, "chrome_removed"] == 0


def test_chrome_false_keeps_every_line(tmp_path):
    df = quiet(folder(tmp_path, top=["Skip to main content", "Home | Policy | Minutes"]), chrome=False)
    assert df["text"].str.startswith("Skip to main content\n\nHome | Policy | Minutes").all()
    assert (df["chrome_removed"] == 0).all()


def test_extra_notices_can_be_given_as_regexes_or_a_file(tmp_path):
    corpus = folder(tmp_path / "c", top=["Follow the Bank on Mastodon"])
    as_list = quiet(corpus, chrome=[r"follow the bank on \w+"])
    rules = tmp_path / "mine.txt"
    rules.write_text("# my notices\nfollow the bank on \\w+\n", encoding="utf-8")
    as_file = quiet(corpus, chrome=str(rules))
    for df in (as_list, as_file):
        assert (df["chrome_removed"] == 1).all() and not df["text"].str.contains("Mastodon").any()
    assert quiet(corpus)["text"].str.contains("Mastodon").all()


def test_a_bad_extra_notice_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="not a valid regular expression"):
        quiet(folder(tmp_path), chrome=["(unclosed"])


def test_a_file_that_is_only_chrome_is_reported_not_dropped(tmp_path):
    (tmp_path / "2022-01-26.md").write_text("Skip to main content\n\nBack to top\n", encoding="utf-8")
    df = quiet(tmp_path)
    assert len(df) == 1 and df.loc[0, "text"] == ""
    assert "web chrome" in df.loc[0, "problems"]


def test_workers_give_the_same_table(tmp_path):
    corpus = folder(tmp_path, top=["Home | Policy | Minutes", "Skip to content"], n=8)
    pd.testing.assert_frame_equal(quiet(corpus, workers=2), quiet(corpus))


def test_the_three_public_steps_still_give_load_corpus(tmp_path):
    corpus = folder(tmp_path, top=["Home | Policy | Minutes"])
    files = [p for p, reason in iter_files(corpus) if reason is None]
    rows, _ = parse_files(files, corpus)
    pd.testing.assert_frame_equal(build_frame(rows), quiet(corpus))


def test_the_cache_gives_the_same_table(tmp_path):
    from toolkit.cache import load_corpus_cached

    corpus = folder(tmp_path / "c", top=["Home | Policy | Minutes"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        first = load_corpus_cached(corpus, cache_dir=tmp_path / "cache")
        again = load_corpus_cached(corpus, cache_dir=tmp_path / "cache")
    pd.testing.assert_frame_equal(first, quiet(corpus))
    pd.testing.assert_frame_equal(again, quiet(corpus))


def test_dask_partitions_see_chrome_repeated_across_blocks(tmp_path):
    tkd = pytest.importorskip("toolkit.dask", reason="the optional Dask extra: pip install toolkit[dask]")
    corpus = folder(tmp_path, top=["Home | Policy | Minutes"], n=6)
    got = tkd.load_corpus_partitions(corpus, npartitions=6).compute(scheduler="synchronous")
    expected = quiet(corpus)
    order = ["doc_id"]
    pd.testing.assert_frame_equal(got.sort_values(order).reset_index(drop=True),
                                  expected.sort_values(order).reset_index(drop=True))
    assert (got["chrome_removed"] == 1).all()


@pytest.mark.parametrize("path", [FOMC_1994, FOMC_2006, PBOC])
def test_real_release_texts_keep_every_paragraph(path):
    df = quiet(need(path))
    kept = quiet(path, chrome=False)
    assert df["text"].equals(kept["text"]) and (df["chrome_removed"] == 0).all()


def test_central_bank_folders_lose_page_marks_and_keep_their_sentences():
    banks = need(BANKS)
    for bank in ("bank_of_korea", "national_bank_of_poland"):
        df, raw = quiet(banks / bank), quiet(banks / bank, chrome=False)
        assert df["chrome_removed"].sum() > 100
        assert not any(p in ("1/4", "2/4", "3", "4") for t in df["text"] for p in paragraphs(t))
        sentences = {p for t in raw["text"] for p in paragraphs(t) if len(p.split()) >= 15}
        assert sentences <= {p for t in df["text"] for p in paragraphs(t)}
