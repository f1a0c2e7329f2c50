"""load_corpus gives the section headings that the Beige Book runs into the next sentence their own line.

The Beige Book files are one line each: "... were flat. Banking and Finance A survey of senior loan
officers ..." made the heading part of the first sentence of its section (and of its tone and themes).
Sentences that only look like headings -- names, "Most Districts", "St. Louis" -- must stay whole.
"""
from __future__ import annotations

import re
import warnings

from conftest import need
from toolkit import load_corpus, sentences
from toolkit.corpus.headings import split_run_in_headings
from toolkit.corpus.normalize import normalise

#: a district report's opening: long enough (1,000+ characters) for a one-line file to be read for headings
OPENING = ("Economic activity in the Tenth District expanded at a moderate pace in recent weeks, and contacts "
           "in the Kansas City District expected further gains. ") * 8


def split(text: str) -> list[str]:
    return split_run_in_headings([text])


def test_a_title_case_heading_becomes_its_own_paragraph():
    out = split(OPENING + "Consumer Spending and Tourism Consumer spending increased since the last report. "
                "Retail sales rose.")
    assert out[1:] == ["Consumer Spending and Tourism",
                       "Consumer spending increased since the last report. Retail sales rose."]


def test_a_heading_before_a_sentence_that_opens_with_a_function_word():
    out = split(OPENING + "Banking and Finance A survey of senior loan officers found weaker demand.")
    assert out[1:] == ["Banking and Finance", "A survey of senior loan officers found weaker demand."]


def test_a_heading_at_the_start_of_the_text():
    out = split("Summary The flat trend which has characterized activity continues. " + OPENING)
    assert out[0] == "Summary" and out[1].startswith("The flat trend")


def test_an_upper_case_heading():
    out = split(OPENING + "REAL ESTATE AND CONSTRUCTION Commercial real estate markets were steady.")
    assert out[1:] == ["REAL ESTATE AND CONSTRUCTION", "Commercial real estate markets were steady."]


def test_the_names_that_open_a_sentence_after_a_heading_stay_with_the_sentence():
    out = split(OPENING + "Agriculture Tenth District farmers reported good yields. Kansas City bankers agreed.")
    assert out[1:] == ["Agriculture", "Tenth District farmers reported good yields. Kansas City bankers agreed."]


def test_a_heading_ends_before_the_names_its_sentence_opens_with():
    # "Cleveland" and "District" are names here (the text writes them capitalised inside a sentence);
    # "retail" is a word it also writes in lower case
    out = split(OPENING + "Stores in Cleveland and the District were busy, and retail sales rose. "
                "Retail Cleveland District retailers reported strong holiday sales.")
    assert out[-2:] == ["Retail", "Cleveland District retailers reported strong holiday sales."]


def test_a_sentence_that_opens_with_names_is_not_cut():
    text = (OPENING + "Sales rose in Boston, Chicago, and New York. Boston, Chicago, and New York reported "
            "strong demand. Kansas City retailers were upbeat.")
    assert split(text) == [text]


def test_quantifiers_abbreviations_and_known_phrases_are_not_headings():
    text = (OPENING + "Prices rose in most Districts and in St. Louis. Most Districts reported higher prices. "
            "St. Louis Fed economists expect slower growth. Real GNP is expected to grow; real GNP grew last year.")
    assert split(text) == [text]


def test_a_title_cased_name_the_text_uses_inside_a_sentence_is_not_a_heading():
    text = (OPENING + "Contacts watched the Consumer Price Index closely. Consumer Price Index inflation slowed "
            "in the spring.")
    assert split(text) == [text]


def test_a_text_with_paragraphs_or_a_short_text_is_left_alone():
    short = "Banking and Finance A survey of senior loan officers found weaker demand."
    assert split(short) == [short]
    assert split_run_in_headings([OPENING, short]) == [OPENING, short]


def test_a_one_line_text_longer_than_any_report_is_left_whole():
    # every heading word is looked up over the whole text: past 100,000 characters the cost would grow
    # with the square of the length, so such a text keeps its headings in line
    section = "Banking and Finance A survey of senior loan officers found weaker demand. "
    long = OPENING + section * 1400
    assert len(long) > 100_000 and split(long) == [long]
    assert len(split(OPENING + section * 10)) > 1  # the same text, report-sized, is cut


def test_headings_are_their_own_sentences_in_the_sentence_table(tmp_path):
    text = OPENING + "Manufacturing Manufacturing activity slowed in recent weeks. Factory orders fell."
    (tmp_path / "2005-01-kc.txt").write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentences(load_corpus(tmp_path, headings=True))["sentence"].tolist()
    assert "Manufacturing" in sents
    assert "Manufacturing activity slowed in recent weeks." in sents


def test_headings_false_keeps_the_lines_as_they_are_and_a_bad_value_is_a_clear_error(tmp_path):
    import pytest

    text = OPENING + "Manufacturing Manufacturing activity slowed in recent weeks. Factory orders fell."
    (tmp_path / "2005-01-kc.txt").write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kept = load_corpus(tmp_path, headings=False)
        default = load_corpus(tmp_path)
        sents = sentences(kept)["sentence"].tolist()
    assert default["text"].tolist() == kept["text"].tolist()  # off is the default
    assert "Manufacturing" not in sents
    assert any(s.startswith("Manufacturing Manufacturing activity slowed") for s in sents)
    with pytest.raises(ValueError, match="headings="):
        load_corpus(tmp_path, headings="yes")


def test_the_beige_book_sentences_no_longer_start_with_headings(beige):
    folder = need(beige / "2005")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentences(load_corpus(folder, headings=True))["sentence"].astype(str)
    glued = sents.str.match(r"(?:Consumer Spending|Manufacturing|Banking and Finance|Real Estate and "
                            r"Construction|Agriculture and Natural Resources) [A-Z]")
    assert glued.mean() < 0.002, f"{glued.sum()} sentences still start with a heading"
    assert (sents == "Banking and Finance").sum() >= 5          # the headings are there, as lines of their own
    assert sents.str.startswith("A survey of senior loan officers").any()


def test_a_beige_book_report_keeps_all_its_words():
    path = need(need_beige_file())
    raw = path.read_text(encoding="utf-8", errors="replace")
    assert re.sub(r"\s+", " ", " ".join(normalise(raw))) == re.sub(r"\s+", " ", raw.strip())


def need_beige_file():
    from conftest import BEIGE

    return BEIGE / "2005" / "01" / "2005-01-su.txt"
