"""Sentences, tokens, stopwords and n-grams: the splitter's hard cases on real releases, ids and offsets."""
from __future__ import annotations

import importlib

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.tokenizing import (
    count_words,
    load_stopwords,
    ngrams,
    sentences,
    split_sentences,
    tokens,
    with_metadata,
    words,
)
import toolkit.tokenizing as tk


def split(text):
    return [text[a:b] for a, b in split_sentences(text)]


def flat(s):
    """Hard-wrapped release text compared with its words joined by single spaces."""
    return " ".join(s.split())


def real_sentences(path):
    return [flat(s) for s in split(path.read_text(encoding="utf-8"))]


def sentence_with(sents, fragment):
    hits = [s for s in sents if fragment in s]
    assert hits, f"no sentence contains {fragment!r}"
    return hits[0]


# ---------------------------------------------------------------------------- split_sentences: rules
@pytest.mark.parametrize(
    "text",
    [
        "Exports to the U.K. rose sharply.",
        "The statement is released at 2:00 p.m. Eastern time today.",
        "Inventories of No. 2 heating oil were high.",
        "Orders placed before Jan. 15 were filled.",
        "Mr. Hoenig dissented from the decision.",
        "Dr. Bernanke spoke in St. Louis on Tuesday.",
        "Home sales in the Minneapolis-St. Paul area fell.",
        "Growth at Boeing Co. and Corning Inc. slowed.",
        "Shares of Swiss Bank Corp. fell.",
        "Demand in Boston vs. Chicago diverged.",
        "Some sectors (e.g. Retail and Housing) slowed.",
        "Restricted stock (i.e. Options that cannot be sold) rose.",
        "Voting for the action were Ben S. Bernanke, Chairman, and Janet L. Yellen, Vice Chair.",
        "The target range is 0 to 1/4 percent and unemployment is 4.6 percent.",
        "The Federal Reserve will purchase up to $1.25 trillion of securities.",
        "Mortgage rates are in the 9-3/4 to 10 percent range.",
        "The U.S. Department of Agriculture reported higher yields.",
    ],
)
def test_abbreviations_initials_and_numbers_do_not_end_a_sentence(text):
    assert split(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Demand slowed in parts of the U.S. Home prices continued to rise.",
         ["Demand slowed in parts of the U.S.", "Home prices continued to rise."]),
        ("Sales were weak in the U.S. However, exports grew.",
         ["Sales were weak in the U.S.", "However, exports grew."]),
        ("Buyers stocked batteries, water, etc. Selling prices rose.",
         ["Buyers stocked batteries, water, etc.", "Selling prices rose."]),
        ("The release came at 2 p.m. Markets rallied.", ["The release came at 2 p.m.", "Markets rallied."]),
        ("Is growth slowing? Most say no! Prices rose.", ["Is growth slowing?", "Most say no!", "Prices rose."]),
        ("Growth was slow... Then it picked up.", ["Growth was slow...", "Then it picked up."]),
    ],
)
def test_sentence_ends_after_abbreviation_when_a_new_sentence_starts(text, expected):
    assert split(text) == expected


def test_a_single_capital_before_a_period_is_read_as_an_initial():
    # the price of keeping "Ben S. Bernanke" whole: "Plan A." does not end a sentence
    assert split("He chose Plan A. Then he left.") == ["He chose Plan A. Then he left."]


def test_numbered_list_marker_stays_with_its_item():
    text = "Notes\n\n1. The Desk will issue a note.\n\n2. Rates rose 3. Then fell."
    assert split(text) == ["Notes", "1. The Desk will issue a note.", "2. Rates rose 3.", "Then fell."]


def test_closing_quote_and_bracket_stay_with_their_sentence():
    text = 'Sales will be "as good as ever." Inventories are lean. (Views differ.) Prices rose.'
    assert split(text) == ['Sales will be "as good as ever."', "Inventories are lean.", "(Views differ.)", "Prices rose."]


def test_curly_quotes_stay_with_their_sentence():
    text = "Analysts called it \u201cvery bleak.\u201d Current operations slowed."
    assert split(text) == ["Analysts called it \u201cvery bleak.\u201d", "Current operations slowed."]


def test_lower_case_after_a_period_does_not_start_a_sentence():
    assert split("Demand rose 3 percent. and then fell.") == ["Demand rose 3 percent. and then fell."]


def test_paragraph_break_always_ends_a_sentence():
    text = "Summary of Economic Activity\n\nActivity grew in the U.S.\n \nprices rose"
    assert split(text) == ["Summary of Economic Activity", "Activity grew in the U.S.", "prices rose"]


def test_unicode_spaces_before_a_paragraph_break_are_trimmed():
    assert split("0\xa0\n\nNext\u2003 \n\n") == ["0", "Next"]


def test_spans_are_trimmed_offsets_into_the_text():
    text = "  First one.   Second one. \n\n\n Third one.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third one."]
    assert spans[0][0] == 2


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == [] and split_sentences(" \n\n \t") == []


def test_split_sentences_rejects_a_non_string():
    with pytest.raises(ValueError, match="expects a str"):
        split_sentences(["a list"])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.?!\n\"()'1/,\xa0\u2003")), max_size=80))
def test_spans_are_ordered_trimmed_and_cover_every_visible_character(text):
    spans = split_sentences(text)
    covered = set()
    last_end = -1
    for a, b in spans:
        assert last_end <= a < b
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
        last_end = b
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


# ---------------------------------------------------------------- split_sentences: real releases
def test_fomc_zero_lower_bound_sentence_ends_after_one_quarter_percent(fomc_1994):
    sents = real_sentences(fomc_1994 / "20081216.txt")
    assert sents[0] == ("The Federal Open Market Committee decided today to establish a target range for the "
                        "federal funds rate of 0 to 1/4 percent.")


def test_fomc_voting_list_with_initials_is_one_sentence(fomc_1994):
    sents = real_sentences(fomc_1994 / "20091104.txt")
    vote = sentence_with(sents, "Voting for the FOMC monetary policy action were: Ben S. Bernanke, Chairman;")
    assert "Donald L. Kohn; Jeffrey M. Lacker; Dennis P. Lockhart; Daniel K. Tarullo; Kevin M." in vote


def test_fomc_sentence_ending_with_initialled_name_keeps_the_initial(fomc_1994):
    sents = real_sentences(fomc_1994 / "20060131.txt")
    assert any(s.endswith("Janet L. Yellen.") for s in sents)
    assert not any(s in ("L.", "Yellen.") for s in sents)


def test_fomc_dollar_amounts_in_trillions_do_not_split(fomc_1994):
    sents = real_sentences(fomc_1994 / "20091104.txt")
    s = sentence_with(sents, "$1.25 trillion of agency mortgage-backed securities")
    assert s.endswith(".") and "$175 billion" in s


def test_fomc_decimal_at_sentence_end_and_curly_apostrophes(fomc_2006):
    sents = real_sentences(fomc_2006 / "2018-01-30-longer-run-goals.md")
    s = sentence_with(sents, "longerrun normal rate of unemployment was 4.6 percent.")
    assert s.startswith("For example, in the most recent projections")
    assert any(t.endswith("with the Federal Reserve\u2019s statutory mandate.") for t in sents)


def test_beige_heating_oil_numbers_stay_in_one_sentence(beige):
    sents = real_sentences(beige / "1977" / "02" / "1977-02-sf.txt")
    assert "No. 5, No. 6 and No. 2 heating oil" in sentence_with(sents, "No. 5, No. 6")


def test_beige_etc_ends_a_sentence_before_a_capital(beige):
    sents = real_sentences(beige / "2000" / "01" / "2000-01-ny.txt")
    i = next(i for i, s in enumerate(sents) if s.endswith("bottled water, etc."))
    assert sents[i + 1].startswith("Selling prices")


def test_beige_closing_quote_ends_sentence(beige):
    sents = real_sentences(beige / "1978" / "03" / "1978-03-da.txt")
    i = next(i for i, s in enumerate(sents) if s.endswith('"good as ever."'))
    assert sents[i + 1].startswith("Inventories")


def test_beige_closing_bracket_ends_sentence(beige):
    sents = real_sentences(beige / "1978" / "03" / "1978-03-ch.txt")
    i = next(i for i, s in enumerate(sents) if s.endswith("management observers.)"))
    assert sents[i + 1].startswith("Nevertheless")


def test_beige_us_then_new_sentence_splits(beige):
    path = next(p for p in sorted(beige.rglob("*.txt")) if "parts of the U.S. Home prices" in p.read_text())
    sents = real_sentences(path)
    i = next(i for i, s in enumerate(sents) if s.endswith("parts of the U.S."))
    assert sents[i + 1].startswith("Home prices")


def test_beige_us_department_of_agriculture_does_not_split(beige):
    for path in [beige / "1978" / "08" / "1978-08-kc.txt", beige / "1979" / "03" / "1979-03-sl.txt"]:
        sents = real_sentences(path)
        assert any("U.S. Department of Agriculture" in s for s in sents), path
        assert not any(s.startswith("Department of") for s in sents), path


def test_beige_eg_does_not_split(beige):
    path = next(p for p in sorted((beige / "1980").rglob("*.txt")) if "(e.g. requiring higher" in p.read_text())
    sents = real_sentences(path)
    assert "(e.g. requiring higher minimum" in sentence_with(sents, "(e.g. requiring")


# ------------------------------------------------------------------------------------- sentences()
def small_corpus():
    return pd.DataFrame(
        {
            "doc_id": ["fomc/a", "fomc/b", "fomc/c"],
            "date": pd.to_datetime(["2008-12-16", "2009-01-28", "2009-03-18"]),
            "source": ["FOMC", "FOMC", "FOMC"],
            "title": ["", "", ""],
            "text": [
                "The Committee decided to lower rates. Growth slowed in the U.S. economy.",
                "",
                "Inflation was 4.6 percent.\n\nRates stay at 0 to 1/4 percent.",
            ],
        }
    )


def test_sentences_columns_ids_and_offsets():
    corpus = small_corpus()
    out = sentences(corpus)
    assert list(out.columns) == ["doc_id", "sent_id", "sentence", "start", "end", "date", "source"]
    assert out["doc_id"].tolist() == ["fomc/a", "fomc/a", "fomc/c", "fomc/c"]
    assert out["sent_id"].tolist() == [0, 1, 0, 1]
    texts = dict(zip(corpus.doc_id, corpus.text))
    for row in out.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.sentence


def test_sentences_carry_date_and_source():
    out = sentences(small_corpus())
    assert out.loc[out.doc_id == "fomc/c", "date"].eq(pd.Timestamp("2009-03-18")).all()
    assert (out["source"] == "FOMC").all()


def test_documents_without_sentences_are_listed_in_attrs():
    corpus = small_corpus()
    corpus.loc[0, "text"] = np.nan
    out = sentences(corpus)
    assert out.attrs["empty_docs"] == ["fomc/a", "fomc/b"]
    assert set(out.doc_id) == {"fomc/c"}


def test_sentences_of_a_list_use_positions_as_doc_id():
    out = sentences(["One. Two.", "Three."])
    assert out["doc_id"].tolist() == [0, 0, 1]
    assert out["sentence"].tolist() == ["One.", "Two.", "Three."]


def test_sentences_of_a_series_use_positions_as_doc_id():
    out = sentences(pd.Series(["A b.", "C d."], index=[10, 20]))
    assert out["doc_id"].tolist() == [0, 1]


def test_text_with_an_unpaired_surrogate_is_refused_naming_the_document():
    with pytest.raises(ValueError, match=r"'bad'.*surrogate"):
        sentences(pd.DataFrame({"doc_id": ["ok", "bad"], "text": ["Fine.", "Broken \udc80 text."]}, dtype=object))


def test_sentences_text_column_can_be_named():
    out = sentences(pd.DataFrame({"doc_id": ["x"], "body": ["Hi there. Bye."]}), text="body")
    assert len(out) == 2


def test_missing_text_column_names_it_and_lists_the_columns():
    with pytest.raises(ValueError, match=r"no text column 'text'.*\['doc_id', 'body'\]"):
        sentences(pd.DataFrame({"doc_id": ["x"], "body": ["Hi."]}))


def test_a_single_string_is_refused_with_advice():
    with pytest.raises(ValueError, match=r"sentences\(\[text\]\)"):
        sentences("One sentence.")


def test_non_string_text_is_refused_naming_the_document():
    with pytest.raises(ValueError, match="'d2'"):
        sentences(pd.DataFrame({"doc_id": ["d1", "d2"], "text": ["Fine.", 42]}))


def test_sentences_on_a_year_of_the_beige_book(beige):
    files = sorted((beige / "2008").rglob("*.txt"))
    corpus = pd.DataFrame({"doc_id": [f.stem for f in files], "text": [f.read_text() for f in files]})
    out = sentences(corpus)
    assert set(out.doc_id) == set(corpus.doc_id)
    assert out.groupby("doc_id").size().between(3, 200).all()
    texts = dict(zip(corpus.doc_id, corpus.text))
    assert all(texts[d][a:b] == s for d, a, b, s in zip(out.doc_id, out.start, out.end, out.sentence))


# ---------------------------------------------------------------------------------------- tokens()
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. economy grew.", ["The", "U.S.", "economy", "grew", "."]),
        ("COVID-19 cases rose year-over-year.", ["COVID-19", "cases", "rose", "year-over-year", "."]),
        ("Rates of 0 to 1/4 percent, 4.6 percent and 1,000 jobs.",
         ["Rates", "of", "0", "to", "1/4", "percent", ",", "4.6", "percent", "and", "1,000", "jobs", "."]),
        ("Rates of 9-3/4 percent at AT&T (e.g. now).",
         ["Rates", "of", "9-3/4", "percent", "at", "AT&T", "(", "e.g.", "now", ")", "."]),
        ("We don't see the Committee's view; they're wrong...",
         ["We", "don't", "see", "the", "Committee", "'s", "view", ";", "they", "'re", "wrong", "..."]),
        ("He said \u201cweak\u201d\u2014the Fed\u2019s view.",
         ["He", "said", "\u201c", "weak", "\u201d", "\u2014", "the", "Fed", "\u2019s", "view", "."]),
        ("$1.25 trillion", ["$", "1.25", "trillion"]),
    ],
)
def test_tokenizer_keeps_units_whole_and_separates_punctuation(text, expected):
    assert tokens([text])["token"].tolist() == expected


def test_tokens_columns_and_ids():
    out = tokens(small_corpus())
    assert list(out.columns)[:10] == [
        "doc_id", "sent_id", "token_id", "token", "lower", "lemma", "is_stop", "is_alpha", "start", "end"
    ]
    first = out[(out.doc_id == "fomc/a") & (out.sent_id == 1)]
    assert first["token_id"].tolist() == list(range(len(first)))
    assert first["token"].tolist() == ["Growth", "slowed", "in", "the", "U.S.", "economy", "."]


def test_token_offsets_point_into_the_document_text():
    corpus = small_corpus()
    out = tokens(corpus)
    texts = dict(zip(corpus.doc_id, corpus.text))
    assert all(texts[d][a:b] == t for d, a, b, t in zip(out.doc_id, out.start, out.end, out.token))


def test_token_offsets_with_non_ascii_text():
    text = "Caf\u00e9 sales \u201csoared\u201d\u2014na\u00efve?\n\nThe Fed\u2019s view \u00b1 1%."
    out = tokens([text])
    assert all(text[a:b] == t for a, b, t in zip(out.start, out.end, out.token))
    assert "\u00b1" in out["token"].tolist()


def test_tokens_reuse_a_sentences_table_without_resplitting():
    sents = pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "sentence": ["One. Two."], "start": [5], "end": [14]})
    out = tokens(sents)
    assert out["sent_id"].tolist() == [0, 0, 0, 0]
    assert out["start"].tolist() == [5, 8, 10, 13]


def test_tokens_join_date_and_source_and_use_categories():
    corpus = small_corpus()
    out = tokens(corpus)
    assert "date" not in out.columns and "source" not in out.columns  # joined on demand, not per token
    joined = with_metadata(out, corpus)
    assert joined["date"].dtype.kind == "M" and (joined["source"] == "FOMC").all()
    assert isinstance(out["doc_id"].dtype, pd.CategoricalDtype)
    assert isinstance(out["lemma"].dtype, pd.CategoricalDtype)


def test_lemmas_come_from_simplemma_with_economic_exceptions():
    out = tokens(["Prices were rising while the Fed bought goods and loans."])
    lemma = dict(zip(out["token"], out["lemma"].astype(str)))
    assert lemma["Prices"] == "price" and lemma["rising"] == "rise" and lemma["were"] == "be"
    assert lemma["loans"] == "loan"
    assert lemma["Fed"] == "fed" and lemma["goods"] == "goods"


def test_rose_is_the_past_of_rise_not_a_flower():
    out = tokens(["Prices rose."])
    assert out["lemma"].astype(str).tolist()[1] == "rise"


def test_lemmas_of_forms_as_written_keep_proper_nouns():
    out = tokens(["Prices rose at the Fed in the U.S."], lowercase=False)
    lemma = dict(zip(out["token"], out["lemma"].astype(str)))
    assert lemma["Prices"] == "price" and lemma["Fed"] == "fed" and lemma["U.S."] == "U.S."


def test_lemmas_off_gives_lower_forms():
    out = tokens(["Prices were rising."], lemmas=False)
    assert out["lemma"].astype(str).tolist() == ["prices", "were", "rising", "."]


def test_is_stop_uses_the_bundled_list_and_keeps_negations():
    out = tokens(["The outlook is not weak."])
    stop = dict(zip(out["lower"], out["is_stop"]))
    assert stop["the"] and stop["is"]
    assert not stop["not"] and not stop["outlook"]


def test_acronyms_are_not_pronouns():
    out = tokens(["US demand for IT services rose; it helped us."])
    row = out.set_index("token")
    assert row.loc["US", "lemma"] == "us" and not row.loc["US", "is_stop"]
    assert not row.loc["IT", "is_stop"] and row.loc["it", "is_stop"]
    assert row.loc["us", "lemma"] == "we" and row.loc["us", "is_stop"]


def test_is_stop_with_your_own_list():
    out = tokens(["The outlook is weak."], stopwords=["outlook"])
    assert out.loc[out.is_stop, "lower"].tolist() == ["outlook"]


def test_stopwords_false_marks_nothing():
    assert not tokens(["The outlook is weak."], stopwords=False)["is_stop"].any()


def test_is_alpha_marks_words_not_numbers_or_punctuation():
    out = tokens(["U.S. output rose 4.6 percent, year-over-year."])
    assert out.loc[out.is_alpha, "token"].tolist() == ["U.S.", "output", "rose", "percent", "year-over-year"]


def test_empty_documents_listed_in_token_attrs():
    out = tokens(small_corpus())
    assert out.attrs["empty_docs"] == ["fomc/b"]


def test_a_sentences_table_missing_offsets_is_refused_naming_them():
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['sent_id', 'start'\]"):
        tokens(pd.DataFrame({"doc_id": ["d"], "sentence": ["Rates rose."]}))


def test_tokens_of_a_sentences_table_without_text_column_is_refused_clearly():
    with pytest.raises(ValueError, match="sentence"):
        tokens(pd.DataFrame({"doc_id": ["d"], "sent_id": [0], "sentence": [None], "start": [0], "end": [1]}))


def test_tokens_on_a_year_of_the_beige_book_have_exact_offsets(beige):
    files = sorted((beige / "1995").rglob("*.txt"))
    corpus = pd.DataFrame({"doc_id": [f.stem for f in files], "text": [f.read_text() for f in files]})
    out = tokens(corpus)
    texts = dict(zip(corpus.doc_id, corpus.text))
    sample = out.sample(5000, random_state=0)
    assert all(texts[d][a:b] == t for d, a, b, t in zip(sample.doc_id, sample.start, sample.end, sample.token))
    # every visible character of every document is inside exactly one token
    for doc_id, grp in out.groupby("doc_id", observed=True):
        visible = sum(1 for ch in texts[doc_id] if not ch.isspace())
        assert int((grp["end"] - grp["start"]).sum()) == visible


# ------------------------------------------------------------------------------------ count_words
def test_count_words_counts_word_tokens_only():
    assert count_words("The U.S. economy grew 4.6 percent in 2024, year-over-year.") == 7


def test_count_words_agrees_with_tokens_on_a_real_release(fomc_1994):
    text = (fomc_1994 / "20081216.txt").read_text()
    assert count_words(text) == int(tokens([text])["is_alpha"].sum())


def test_count_words_of_many_texts_matches_one_at_a_time(beige):
    texts = [p.read_text() for p in sorted((beige / "2001").rglob("*.txt"))]
    assert count_words(texts).tolist() == [count_words(t) for t in texts]


def test_count_words_of_missing_text_is_zero():
    assert count_words(None) == 0 and count_words(float("nan")) == 0


# ------------------------------------------------------------------------------------------ words
def test_words_are_the_word_tokens_as_written():
    assert words("The U.S. economy grew 4.6 percent in 2024, year-over-year; it's AT&T's.") == [
        "The", "U.S.", "economy", "grew", "percent", "in", "year-over-year", "it", "AT&T"]


def test_words_are_the_is_alpha_tokens_of_a_real_release(fomc_1994):
    text = (fomc_1994 / "20081216.txt").read_text()
    toks = tokens([text])
    assert words(text) == toks.loc[toks["is_alpha"], "token"].tolist()
    assert len(words(text)) == count_words(text)


def test_words_of_missing_text_is_empty_and_a_number_is_refused():
    assert words(None) == [] and words(float("nan")) == [] and words("") == []
    with pytest.raises(ValueError, match="words expects a str"):
        words(3)


# -------------------------------------------------------------------------------------- stopwords
def test_bundled_stopwords_are_function_words_without_negations():
    sw = load_stopwords()
    assert {"the", "of", "and", "is", "'s", "don't"} <= sw
    assert not {"not", "no", "up", "down", "more", "less", "inflation"} & sw


def test_stopwords_extended_by_a_list():
    assert {"percent", "district"} <= load_stopwords(extra=["Percent", "district"])


def test_stopwords_extended_by_a_file_with_comments(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("# my words\nPercent  # per cent\n\nDistrict\n", encoding="utf-8")
    sw = load_stopwords(extra=path)
    assert {"percent", "district"} <= sw and "# my words" not in sw


def test_missing_stopword_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="one word per line"):
        load_stopwords(extra=tmp_path / "nope.txt")


def test_stopword_file_names_its_origin_and_licence():
    from importlib import resources

    header = (resources.files("toolkit") / "data" / "stopwords.txt").read_text(encoding="utf-8")[:1500]
    assert "Origin:" in header and "Licence:" in header


# ----------------------------------------------------------------------------------------- ngrams
def test_bigrams_never_cross_sentence_boundaries():
    toks = tokens(["Labor market conditions improved. Labor market slack fell."])
    grams = ngrams(toks, n=2)
    assert "improved labor" not in set(grams["ngram"])
    assert grams.set_index("ngram").loc["labor market", "count"] == 2


def test_ngrams_skip_stopwords_and_punctuation_by_default():
    toks = tokens(["The rate of inflation rose, and the rate of growth fell."])
    grams = set(ngrams(toks, n=2)["ngram"])
    assert grams == {"inflation rose", "growth fell"}
    assert "rate of" in set(ngrams(toks, n=2, skip_stop=False)["ngram"])


def test_ngrams_do_not_bridge_filtered_rows():
    toks = tokens(["Strong demand, weak supply."])
    kept = toks[toks["token"] != "weak"]
    assert "demand supply" not in set(ngrams(kept, n=2)["ngram"])


def test_trigrams_by_document_and_overall():
    toks = tokens(["Federal funds rate rose.", "Federal funds rate fell."])
    per_doc = ngrams(toks, n=3)
    assert per_doc.loc[per_doc.ngram == "federal funds rate", "count"].tolist() == [1, 1]
    overall = ngrams(toks, n=3, by=None)
    assert list(overall.columns) == ["ngram", "count"]
    assert overall.iloc[0].tolist() == ["federal funds rate", 2]


def test_ngrams_of_lemmas():
    toks = tokens(["Prices rose. Price rose."])
    assert ngrams(toks, n=2, column="lemma").iloc[0].tolist() == [0, "price rise", 2]


def test_ngrams_bad_n_is_refused():
    with pytest.raises(ValueError, match="positive integer"):
        ngrams(tokens(["A b."]), n=0)


def test_ngrams_missing_column_is_named():
    with pytest.raises(ValueError, match="token_id"):
        ngrams(pd.DataFrame({"doc_id": [0], "lower": ["a"]}))


def test_docstring_examples_run():
    import doctest
    import importlib
    import pkgutil

    # toolkit.tokenizing is a package: its verbs live in one file each (toolkit.tokenizing.words is
    # the function `words`, so the files are reached through importlib, not attribute access)
    names = ["toolkit.tokenizing"] + [f"toolkit.tokenizing.{m.name}" for m in pkgutil.iter_modules(tk.__path__)]
    results = [doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE) for name in names]
    assert sum(r.attempted for r in results) > 10 and sum(r.failed for r in results) == 0


def test_ngrams_of_only_stopwords_is_an_empty_table_with_the_columns():
    grams = ngrams(tokens(["The of and."]), n=2)
    assert grams.empty and list(grams.columns) == ["doc_id", "ngram", "count"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("aZ9 .,-/&'\u2019\n\"()$%\u00e9\u2014\u4e2d") + ["U.S.", "n't", "'s", "..."]), max_size=40))
def test_tokens_cover_every_visible_character_exactly_once(pieces):
    text = "".join(pieces)
    out = tokens([text])
    assert all(text[a:b] == t for a, b, t in zip(out.start, out.end, out.token))
    assert all(not any(ch.isspace() for ch in t) and t for t in out.token)
    covered = [i for a, b in zip(out.start, out.end) for i in range(a, b)]
    assert covered == [i for i, ch in enumerate(text) if not ch.isspace()]


def test_long_texts_tokenize_in_blocks_exactly_as_whole(fomc_1994, monkeypatch):
    text = "\n\n".join(p.read_text() for p in sorted(fomc_1994.glob("2008*.txt")))
    text += " U.S. don't it\u2019s 9-3/4 e.g. caf\u00e9\u2019s " * 3
    whole = tokens([text])
    monkeypatch.setattr(importlib.import_module("toolkit.tokenizing.words"), "_CHUNK", 7)  # cut every few characters, always at whitespace
    blocked = tokens([text])
    assert blocked["token"].tolist() == whole["token"].tolist()
    assert blocked["start"].tolist() == whole["start"].tolist()


def test_toolkit_tokens_is_the_verb_whatever_was_imported_before():
    import toolkit
    import toolkit.tokenizing as module

    assert callable(toolkit.tokens) and toolkit.tokens is module.tokens
    assert toolkit.tokenizing is module
