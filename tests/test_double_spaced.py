"""load_corpus rejoins sentences that a blank line after every wrapped line broke (double-spaced PDF text).

Bank of Korea and many National Bank of Poland and Brazil minutes come as PDF text with a blank line
after each wrapped line, so every line was a paragraph and every paragraph break cut a sentence.
"""
from __future__ import annotations

import re
import warnings

import pytest

from conftest import SHARED, need
from toolkit import load_corpus, sentences
from toolkit.corpus.normalize import normalise

PARAGRAPHS = [
    "Members assessed that, looking at the global economy, economic slumps in major countries had worsened "
    "due to the growing negative spillover effects of the global trade slowdown, and concerns about downside "
    "risks to the global economy had been gradually increasing accordingly.",
    "Concerning the domestic economy, members' evaluation was that the sluggishness in exports and facilities "
    "investment had continued and private consumption growth had slowed slightly. Some members expressed the "
    "view that, without a recovery in private demand, the economy would remain sluggish for a longer period of "
    "time than originally expected.",
    "However, two members expressed clear opposition to cutting the Base Rate by 0.25 percentage points and "
    "argued for keeping it at the current level, noting that the U.S. and European economies had held up.",
] * 2   # a file needs 8 open lines before its blank lines are read as wraps


def wrap(paragraph: str, width: int = 95) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def double_spaced(paragraphs, heading="## Summary of Discussions on the Economic Situation") -> str:
    lines = [heading, "1. Date of meeting: Wednesday, October 16, 2019"]
    for p in paragraphs:
        lines += wrap(p)
    return "\n\n".join(lines) + "\n"


def test_wrapped_lines_of_a_double_spaced_text_are_one_paragraph_again():
    paras = normalise(double_spaced(PARAGRAPHS))
    assert paras[0].startswith("## Summary")                      # the heading stays apart
    assert paras[1] == "1. Date of meeting: Wednesday, October 16, 2019"   # and the list item
    body = " ".join(paras[2:])
    assert body == " ".join(PARAGRAPHS)
    assert "cutting the Base Rate by 0.25 percentage points" in paras[-1]


def test_double_spaced_and_single_spaced_copies_give_the_same_sentences(tmp_path):
    single = "\n\n".join(["## Summary of Discussions on the Economic Situation",
                          "1. Date of meeting: Wednesday, October 16, 2019"]
                         + ["\n".join(wrap(p)) for p in PARAGRAPHS]) + "\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "2019-10-16.md").write_text(double_spaced(PARAGRAPHS))
    (tmp_path / "b" / "2019-10-16.md").write_text(single)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a, b = (sentences(load_corpus(tmp_path / x))["sentence"].tolist() for x in "ab")
    assert a == b
    assert not any(s[:1].islower() for s in a)


def test_a_text_with_a_few_open_lines_keeps_its_paragraphs():
    # headings and short lines without end punctuation, but the paragraphs themselves end: nothing joins
    text = "\n\n".join(["Federal Reserve Actions", PARAGRAPHS[0], "Information on Related Actions Being Taken",
                        PARAGRAPHS[1], "Statements by Other Central Banks", PARAGRAPHS[2]] * 2)
    assert len(normalise(text)) == 12


def test_open_lines_that_are_headings_or_name_lists_stay_apart():
    names = ["Lee, Il Houng, Member of the Monetary Policy Board (Bank of Korea)",
             "Information on the Actions Taken by Other Central Banks and Agencies"] * 6
    assert normalise("\n\n".join(names)) == names


def test_bank_of_korea_minutes_read_as_whole_sentences():
    folder = need(SHARED / "corpora" / "central-banks" / "bank_of_korea" / "2019")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentences(load_corpus(folder))["sentence"].astype(str)
    prose = sents[sents.str.split().str.len() >= 7]
    lowercase = prose.str.match(r"[a-z]").mean()
    assert lowercase < 0.2, f"{lowercase:.0%} of sentences start in lowercase: still cut at wrapped lines"
    assert prose.str.contains(re.escape("cutting the Base Rate by 0.25 percentage points and argued")).any()
