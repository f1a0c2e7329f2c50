"""load_corpus joins sentences that a page break (page number, rule, running footer) or a column break cut.

PDF text from central banks keeps the page furniture where the page ended, often mid-sentence: the
Bank of Korea minutes put "3" and "-----" between "had been" and "adjusted downward", the National
Bank of Poland adds its address footer, the two-column Bank of Mexico minutes leave a blank line
where a column ended. A real paragraph that ends at a page break must stay apart.
"""
from __future__ import annotations

import re
import warnings

from conftest import SHARED, need
from toolkit import load_corpus, sentences
from toolkit.corpus.normalize import normalise
from toolkit.corpus.page_breaks import join_page_breaks

BANKS = SHARED / "corpora" / "central-banks"

OPENING = ("Members noted that the recovery in exports had been slower than expected and that the outlook\n"
           "for household consumption remained weak, while the gradual rise in employment had")
CLOSING = ("continued into the summer, supported by the services sector and by public spending.\n"
           "Members therefore agreed that policy should stay accommodative for some time.")


def loaded_sentences(tmp_path, text: str, name: str = "2019-10-16.md") -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return sentences(load_corpus(tmp_path))["sentence"].tolist()


def test_a_sentence_cut_by_a_page_number_and_a_rule_is_one_sentence(tmp_path):
    text = f"{OPENING}\n\n3\n\n\n-----\n\n{CLOSING}\n"
    sents = loaded_sentences(tmp_path, text)
    assert "the gradual rise in employment had continued into the summer" in sents[0]
    assert sents[1] == "Members therefore agreed that policy should stay accommodative for some time."
    assert not any(re.search(r"\b3\b|---", s) for s in sents[:2])    # the page mark is not in a sentence


def test_page_marks_moved_out_of_a_paragraph_are_taken_out_as_chrome_across_a_folder(tmp_path):
    for day in (16, 17, 18):   # chrome removes a page mark that repeats in the files of a folder
        (tmp_path / f"2019-10-{day}.md").write_text(f"{OPENING}\n\n3\n\n\n-----\n\n{CLOSING}\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(tmp_path)
    assert corpus["chrome_removed"].tolist() == [1, 1, 1]             # "3" (the rule goes as a Markdown remnant)
    assert sentences(corpus)["sentence"].tolist()[:2] == loaded_sentences(tmp_path / "x", f"{OPENING}\n{CLOSING}")


def test_a_running_footer_and_a_letter_spaced_logo_between_the_halves_leave_the_sentence(tmp_path):
    footer = "ul. Swietokrzyska 11/21, 00-919 Warszawa, phone (22) 826 99 55, fax (22) 826 37 51"
    text = f"{OPENING}\n\n{footer}\n\nb l\n\n\n-----\n\n{CLOSING}\n"
    sents = loaded_sentences(tmp_path, text)
    assert "employment had continued into the summer" in sents[0]
    assert not any("826 99 55" in s and "employment" in s for s in sents)


def test_a_page_number_line_at_the_end_of_the_paragraph_is_furniture_too():
    paras = normalise(f"{OPENING}\nPage 2 of 4\n\n{CLOSING}")
    assert "Page 2" not in paras[0] and "employment had continued" in paras[0]
    assert paras[1:] == ["Page 2 of 4"]                             # after the paragraph, not dropped


def test_a_column_break_inside_a_paragraph_is_joined():
    # two-column PDF text: a blank line where the column ended, the sentence goes on in lower case
    paras = normalise("All members agreed that the world economy's\nperformance is subject to\n\n\n"
                      "uncertainty and that risks to the downside\nhave increased.")
    assert paras == ["All members agreed that the world economy's performance is subject to uncertainty "
                     "and that risks to the downside have increased."]


def test_a_numbered_paragraph_cut_after_its_first_line_is_joined():
    paras = normalise("29. The Copom considers that the deceleration of the economy in the second half was higher\n\n"
                      "than expected; that recent events indicate a postponement of a final solution.\n\n"
                      "30. The Copom decided to keep the Selic rate unchanged.")
    assert paras[0].endswith("was higher than expected; that recent events indicate a postponement of a final solution.")
    assert paras[1].startswith("30. The Copom")


def test_a_capitalised_continuation_after_a_function_word_is_joined_across_a_page_break():
    paras = join_page_breaks(["After the discussions detailed above, all members agreed to hold the",
                              "5", "-----", "Bank of Korea Base Rate at its current level."])
    assert paras == ["After the discussions detailed above, all members agreed to hold the "
                     "Bank of Korea Base Rate at its current level."]


def test_a_continuation_the_converter_marked_as_a_heading_is_joined():
    paras = join_page_breaks(["As some examples he pointed out that demand was unlikely to show", "6", "-----",
                              "###### a solid improvement in the near future."])
    assert paras == ["As some examples he pointed out that demand was unlikely to show "
                     "a solid improvement in the near future."]


def test_a_wrapped_line_the_converter_marked_as_a_heading_loses_its_marker():
    paras = join_page_breaks(["4", "-----", "###### Another member advocated the need for maintaining the Base Rate at",
                              "its current level this month."])
    assert paras[2] == "Another member advocated the need for maintaining the Base Rate at"


def test_a_real_heading_before_a_lower_case_line_keeps_its_marker():
    paras = ["## Summary of Discussions on the Current Economic Situation", "members evaluated that growth slowed."]
    assert join_page_breaks(paras) == paras


def test_a_paragraph_that_ends_at_the_page_break_stays_apart():
    paras = ["Members agreed that policy should stay accommodative for some time.", "4", "-----",
             "The next meeting will be held on November 29."]
    assert join_page_breaks(paras) == paras


def test_an_open_heading_before_a_page_break_stays_apart():
    paras = ["Summary of Discussions on the Current Economic Situation", "2", "-----",
             "members evaluated that the pace of global growth had slowed."]
    assert join_page_breaks(paras) == paras


def test_a_capitalised_paragraph_after_a_plain_blank_line_is_a_new_paragraph():
    # no page furniture between them, and "had" could end a line of a table or a heading: kept apart
    paras = ["Members noted that the outlook for household consumption remained\nweak and exports had",
             "Inflation expectations were stable at around 2 percent."]
    assert join_page_breaks(paras) == paras


def test_a_list_item_after_a_page_break_is_not_a_continuation():
    paras = ["Monetary Policy Board members present at the meeting were the following", "1", "-----",
             "2. Place: Monetary Policy Board Meeting Room"]
    assert join_page_breaks(paras) == paras


def test_a_table_after_an_open_line_is_not_dropped():
    paras = ["The table below shows the annual change in the consumer price index by", "7", "-----",
             "|CPI|2.1|2.3|", "component and region."]
    assert join_page_breaks(paras) == paras


def test_bank_of_korea_sentences_run_on_across_page_breaks():
    folder = need(BANKS / "bank_of_korea" / "2019")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentences(load_corpus(folder))["sentence"].astype(str)
    joined = sents[sents.str.contains("outlook for consumer price inflation this year had been adjusted downward")]
    assert len(joined) == 1 and not re.search(r"been \d+ adjusted", joined.iloc[0])
    prose = sents[sents.str.split().str.len() >= 7]
    lowercase = prose.str.match(r"[a-z]").mean()
    assert lowercase < 0.08, f"{lowercase:.1%} of Korea's sentences start in lower case: cut at page breaks"


def test_national_bank_of_poland_footers_leave_the_sentence():
    folder = need(BANKS / "national_bank_of_poland" / "2009")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentences(load_corpus(folder))["sentence"].astype(str)
    assert sents.str.contains("despite the absence of government stimulus packages").any()
    assert not sents.str.contains(r"826 99 55.*[a-z]{4} ").any()   # the address is never glued to prose
    prose = sents[sents.str.split().str.len() >= 7]
    assert prose.str.match(r"[a-z]").mean() < 0.01


def test_bank_of_mexico_column_breaks_are_joined():
    folder = need(BANKS / "bank_of_mexico" / "2018")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentences(load_corpus(folder))["sentence"].astype(str)
    assert sents.str.contains("is subject to uncertainty and that risks to the downside").any()
    prose = sents[sents.str.split().str.len() >= 7]
    assert prose.str.match(r"[a-z]").mean() < 0.05
