"""Words run together by PDF extraction are split on the folder's evidence (toolkit.corpus.run_together)."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import BEIGE, FOMC_1994, PBOC, need
from toolkit import load_corpus

#: a folder of releases that writes its words apart, with a few glued by the extraction
APART = [
    "The Committee agreed that measures to support growth should be taken. The sound monetary policy "
    "of the State Council will continue, and credit growth should stay steady in the coming period.",
    "It was agreed that measures to stabilise prices are needed. A sound monetary policy and credit "
    "support for the real economy will continue. Furthermore, the outlook is stable.",
    "Members agreed that measures to open the market would help. The sound monetary policy stays, "
    "credit conditions will continue to ease, and the outlook is bright.",
]
GLUED = ("The Committee agreedthat measuresto support growth are needed; thesound monetary stance "
         "andcredit policy will continue. Furthermore, the outlook is stable.")


def _folder(tmp_path, texts, name="bank"):
    folder = tmp_path / name
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"release_2019010{i + 1}.txt").write_text(text, encoding="utf-8")
    return folder


def _glued_row(df):
    return df[df["text"].str.contains("Committee agreed that measures to support growth are needed")]


def test_glued_words_are_split_when_the_folder_writes_them_apart(tmp_path):
    df = load_corpus(_folder(tmp_path, APART + [GLUED]), run_together=True)
    row = _glued_row(df)
    assert len(row) == 1
    text = row["text"].iloc[0]
    assert "agreed that measures to support" in text and "the sound monetary" in text and "and credit" in text
    assert row["words_split"].iloc[0] == 4


def test_words_the_folder_writes_whole_stay_whole(tmp_path):
    texts = APART + [GLUED, "Nonetheless, the outlook cannot be called overall weak; it moved into "
                            "balance. The underlying trend, outside energy, is steady."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    joined = " ".join(df["text"])
    for word in ("Furthermore", "Nonetheless", "cannot", "overall", "into", "underlying", "outside"):
        assert re.search(rf"\b{word}\b", joined), word
    assert (df.loc[~df["text"].str.contains("agreed that measures to support growth are"), "words_split"] == 0).all()


def test_a_glued_form_as_frequent_as_the_two_words_stays(tmp_path):
    # "policymakers" is the folder's own spelling: written glued more often than apart
    texts = [f"{t} Policymakers said so." for t in APART] + ["The policy makers met."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    assert df["text"].str.contains("Policymakers said so").sum() == 3


def test_two_content_words_glued_stay_in_a_folder_that_does_not_run_words_together(tmp_path):
    # "homebuilders" once, "home builders" three times, but no other sign of glued extraction
    texts = [f"{t} Home builders were busy." for t in APART] + ["Homebuilders were busy in the District."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    assert df["text"].str.contains("Homebuilders were busy").any()
    assert (df["words_split"] == 0).all()


def test_a_misspelling_of_a_folder_word_is_not_split(tmp_path):
    texts = [f"{t} The deficit was 2 billion pesos. The bill on taxes passed." for t in APART]
    texts.append("The deficit was 3 billon pesos.")
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    assert df["text"].str.contains("3 billon pesos").any()


def test_names_and_particle_compounds_stay_in_a_folder_that_does_not_run_words_together(tmp_path):
    # "Welland" is a name (always capitalised), "standout" a compound of a particle: both stay
    extra = " The well and the canal were busy. Sales stand out. It was a standout quarter."
    texts = [t + extra for t in APART] + ["Work on the Welland Canal went on. Retail was a standout."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    assert df["text"].str.contains("the Welland Canal").any() and df["text"].str.contains("a standout.").any()
    assert (df["words_split"] == 0).all()


def test_a_case_change_at_the_cut_splits_two_content_words(tmp_path):
    # Beige Book style: the heading "Consumer Spending" runs into "Retail sales …" once
    texts = [f"Consumer Spending Retail sales fell. {t}" for t in APART] + ["Consumer SpendingRetail sales rose."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    assert df["text"].str.contains("Consumer Spending Retail sales rose.").any()


def test_the_folder_hyphenates_when_it_writes_the_two_words_with_a_hyphen(tmp_path):
    texts = [f"{t} The near-term outlook improved." for t in APART] + ["The nearTerm outlook improved."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    assert df["text"].str.contains("The near-Term outlook improved.").any()


def test_a_glued_part_of_a_hyphenated_word_is_repaired_in_place(tmp_path):
    texts = [f"{t} Sales rose 2 percent month-to-month." for t in APART] + ["Sales fell 1 percent monthto-month."]
    df = load_corpus(_folder(tmp_path, texts), run_together=True)
    row = df[df["text"].str.contains("Sales fell")]
    assert row["text"].iloc[0] == "Sales fell 1 percent month-to-month." and row["words_split"].iloc[0] == 1


def test_sentence_offsets_point_into_the_repaired_text(tmp_path):
    from toolkit import sentences

    df = load_corpus(_folder(tmp_path, APART + [GLUED]), run_together=True)
    sents = sentences(df)
    for s in sents.itertuples():
        text = df.loc[df["doc_id"] == s.doc_id, "text"].iloc[0]
        assert text[s.start:s.end] == s.sentence


@pytest.mark.parametrize("options", [{"run_together": False}, {}])  # off is the default
def test_the_option_off_keeps_the_text_and_reports_no_split(tmp_path, options):
    folder = _folder(tmp_path, APART + [GLUED])
    df = load_corpus(folder, **options)
    assert df["text"].str.contains("agreedthat measuresto").any()
    assert (df["words_split"] == 0).all() and df["words_split"].dtype == "int64"


def test_the_reports_read_a_folder_with_the_words_split(tmp_path):
    from toolkit.nb import load

    df = load(_folder(tmp_path, APART + [GLUED]))
    assert not df["text"].str.contains("measuresto").any() and df["words_split"].sum() >= 2


def test_a_bad_option_value_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="run_together"):
        load_corpus(_folder(tmp_path, APART), run_together="yes")


def test_evidence_is_per_folder(tmp_path):
    _folder(tmp_path, APART, name="a")
    _folder(tmp_path, [GLUED], name="b")  # its own folder has no evidence for the split
    df = load_corpus(tmp_path, run_together=True)
    assert df["text"].str.contains("agreedthat measuresto").any() and (df["words_split"] == 0).all()


def test_an_empty_folder_table_has_the_column(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.warns(UserWarning):
        df = load_corpus(tmp_path, run_together=True)
    assert "words_split" in df.columns and len(df) == 0


def test_pboc_glued_forms_are_gone():
    df = load_corpus(need(PBOC), run_together=True)
    text = " ".join(df["text"]).lower()
    for glued in ("measuresto", "policyshould", "soundmonetary", "basedinterest", "thescientific",
                  "andcredit", "agreedthat"):
        assert not re.search(rf"\b{glued}\b", text), glued
    total = int(df["words_split"].sum())
    n_words = len(re.findall(r"[A-Za-z]+", text))
    assert 200 <= total <= 600, total  # ~350 of ~39,000 words measured (0.9%)
    assert total / n_words < 0.02
    assert (df["words_split"] > 0).sum() >= 15  # spread over the statements (25 of 71 measured), not one file
    # the split words are words the statements use: "measures to", "sound monetary"
    assert re.search(r"\bmeasures to\b", text) and re.search(r"\bsound monetary\b", text)


def test_fomc_statements_are_not_changed():
    df = load_corpus(need(FOMC_1994), run_together=True)
    assert (df["words_split"] == 0).all()


def test_beige_book_splits_only_headings_run_into_the_text(tmp_path):
    year = need(BEIGE) / "2009"
    (tmp_path / "2009").symlink_to(year, target_is_directory=True)
    df = load_corpus(tmp_path, run_together=True)
    off = load_corpus(tmp_path, run_together=False)
    changed = df.loc[df["words_split"] > 0, "doc_id"]
    before = off.set_index("doc_id").loc[changed, "text"]
    glued = {w for t in before for w in re.findall(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b", t)}
    assert 0 < df["words_split"].sum() <= 150  # 55 measured in 2009 (of ~110,000 words)
    for t_before, t_after in zip(before, df.set_index("doc_id").loc[changed, "text"]):
        gone = set(re.findall(r"\b[A-Za-z]+\b", t_before)) - set(re.findall(r"\b[A-Za-z]+\b", t_after))
        assert gone <= glued, gone  # every word split is a heading run into the text ("SpendingRetail")


# --- the counting behind the evidence (toolkit.corpus.word_counts) is exact, whatever the whitespace
HOSTILE_SPACES = [" measures  to\tact ", "rates\x1crose\x1d fell", "\x1cmeasures\x1fto\x85act\u2003now\xa0", "",
                  "   ", "\n\nto\n", "Straße\u3000measuresTo İstanbul", "one"]


@pytest.mark.parametrize("texts", [HOSTILE_SPACES, [t for t in HOSTILE_SPACES if t.isascii()], APART + [GLUED]])
def test_tokenize_cuts_the_tokens_str_split_cuts(texts):
    from toolkit.corpus.word_counts import _EDGE, tokenize

    toks = tokenize(texts)
    got = [[toks.forms[i] for i in toks.ids[s:e]] for s, e in zip(toks.starts[:-1], toks.starts[1:])]
    assert got == [t.split() for t in texts]
    assert toks.keys == [f.strip(_EDGE).lower() for f in toks.forms]  # pyarrow's ASCII answer is Python's
    assert sorted(toks.counts.tolist()) == sorted(Counter(" ".join(texts).split()).values())


def test_a_pair_never_runs_from_one_text_into_the_next():
    from toolkit.corpus.word_counts import pair_counts, tokenize

    toks = tokenize(["growth of measures", "to support", "measures to act", "measures, to", "(measures to"])
    assert pair_counts(toks, {("measures", "to")}) == {("measures", "to"): 2}


def test_holds_any_finds_the_texts_with_a_form_or_a_hyphenated_part():
    from toolkit.corpus.word_counts import holds_any, tokenize

    toks = tokenize(["rates rose", "the (monthto-month) gain", "", "MeasuresTo.", "monthtomonth"])
    assert holds_any(toks, {"monthto", "measuresto"}) == [False, True, False, True, False]
