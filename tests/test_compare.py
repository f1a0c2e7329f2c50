"""Comparing releases: select, redline, tone shift, keyness, timeline — as a user calls them."""
from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from scipy.stats import chi2

import toolkit
from toolkit.compare import align


@pytest.fixture
def splitter(monkeypatch):
    """toolkit.tokenizing.split_sentences when it exists, else a plain full-stop splitter."""
    try:
        from toolkit.tokenizing import split_sentences  # noqa: F401
    except ImportError:
        def spans(text):
            return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text)
                    if m.group().strip()]
        monkeypatch.setattr(align, "_spans", spans)


@pytest.fixture
def small_corpus():
    return pd.DataFrame({
        "doc_id": ["oct", "dec", "dec-copy", "jan"],
        "date": pd.to_datetime(["2015-10-28", "2015-12-16", "2015-12-16", "2016-01-27"]),
        "source": ["FOMC", "FOMC", "FOMC", "FOMC"],
        "text": ["Rates held.", "Rates rose.", "Rates rose.", "Rates held again."],
        "is_duplicate": [False, False, True, False],
    })


# ---------------------------------------------------------------------------- select

def test_select_by_date_returns_that_release_without_duplicates(small_corpus):
    assert toolkit.select(small_corpus, date="2015-12-16")["doc_id"].tolist() == ["dec"]


def test_select_by_period_returns_every_document_of_the_quarter_in_date_order(small_corpus):
    assert toolkit.select(small_corpus, period="2015Q4")["doc_id"].tolist() == ["oct", "dec"]


def test_select_by_doc_id_and_list_of_dates(small_corpus):
    assert toolkit.select(small_corpus, doc_id="jan")["text"].tolist() == ["Rates held again."]
    assert toolkit.select(small_corpus, date=["2015-10-28", "2016-01-27"])["doc_id"].tolist() == ["oct", "jan"]


def test_select_a_missing_date_names_the_nearest_dates_available(small_corpus):
    with pytest.raises(ValueError, match=r"2015-12-17.*2015-12-16"):
        toolkit.select(small_corpus, date="2015-12-17")


def test_select_an_unknown_source_lists_the_sources(small_corpus):
    with pytest.raises(ValueError, match="Available sources: FOMC"):
        toolkit.select(small_corpus, source="ECB")


def test_select_an_empty_period_lists_the_periods(small_corpus):
    with pytest.raises(ValueError, match=r"2016Q1"):
        toolkit.select(small_corpus, period="2020Q1")


def test_select_without_criteria_says_what_to_pass(small_corpus):
    with pytest.raises(ValueError, match="doc_id=, date=, period=, source= or series="):
        toolkit.select(small_corpus)


# ---------------------------------------------------------------------------- redline

OLD = ("The Committee decided today to keep the target range at 0 to 1/4 percent. "
       "Household spending has been increasing at a moderate rate. "
       "Inflation has continued to run below the Committee's objective.")


def test_redline_of_identical_texts_is_all_unchanged(splitter):
    r = toolkit.redline(OLD, OLD, method=None)
    assert len(r) == 3
    assert (r["status"] == "unchanged").all()
    assert (r["similarity"] == 1.0).all()


def test_a_one_word_change_is_one_edited_row(splitter):
    new = OLD.replace("to keep", "to raise")
    r = toolkit.redline(OLD, new, method=None)
    assert r["status"].tolist() == ["edited", "unchanged", "unchanged"]
    assert r.loc[0, "diff"].startswith("The Committee decided today to [-keep-]{+raise+} the target")


def test_hard_wrapped_and_unwrapped_copies_are_unchanged(splitter):
    wrapped = "The Committee decided today to keep the target\nrange at 0 to 1/4 percent.  Household\nspending has been increasing at a moderate rate.\n\nInflation has continued to run below the\nCommittee\u2019s objective.\n"
    r = toolkit.redline(wrapped, OLD, method=None)
    assert (r["status"] == "unchanged").all(), r[["status", "diff"]]


def test_added_and_removed_sentences_are_reported_in_reading_order(splitter):
    new = ("The Committee decided today to keep the target range at 0 to 1/4 percent. "
           "Business investment softened markedly. "
           "Household spending has been increasing at a moderate rate.")
    r = toolkit.redline(OLD, new, method=None)
    assert r["status"].tolist() == ["unchanged", "added", "unchanged", "removed"]
    assert r.loc[1, "new"] == "Business investment softened markedly."
    assert r.loc[3, "old"].startswith("Inflation has continued")


def test_a_sentence_that_changes_place_is_moved(splitter):
    s = [s + "." for s in OLD.rstrip(".").split(". ")]
    new = " ".join([s[2], s[0], s[1]])
    r = toolkit.redline(OLD, new, method=None)
    assert sorted(r["status"]) == ["moved", "unchanged", "unchanged"]
    moved = r[r["status"] == "moved"].iloc[0]
    assert moved["old_id"] == 2 and moved["new_id"] == 0


def test_every_sentence_of_each_release_appears_once(splitter):
    new = "Growth slowed sharply. " + OLD.replace("moderate", "solid") + " Risks remain."
    r = toolkit.redline(OLD, new, method=None)
    assert sorted(r["old_id"].dropna().tolist()) == [0, 1, 2]
    assert sorted(r["new_id"].dropna().tolist()) == [0, 1, 2, 3, 4]
    assert r["new_id"].dropna().is_monotonic_increasing


def test_word_diff_rebuilds_both_sentences(splitter):
    new = OLD.replace("increasing at a moderate rate", "rising solidly")
    row = toolkit.redline(OLD, new, method=None).iloc[1]
    assert "".join(t for op, t in row["diff_ops"] if op != "+").strip() == row["old"]
    assert "".join(t for op, t in row["diff_ops"] if op != "-").strip() == row["new"]


def test_redline_html_marks_changes_and_escapes_markup(splitter):
    r = toolkit.redline("Rates held. All is calm.", "Rates held. <script>alert(1)</script> is calm.", method=None)
    page = toolkit.redline_html(r, standalone=True)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "<ins>" in page and "<del>" in page


def test_redline_rejects_a_threshold_outside_zero_one(splitter):
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        toolkit.redline(OLD, OLD, threshold=2)


# ---------------------------------------------------------------------------- keyness

def hand_g2(a, b, na, nb):
    """Dunning's G² written out cell by cell."""
    n = na + nb
    cells = [(a, na * (a + b) / n), (b, nb * (a + b) / n),
             (na - a, na * (n - a - b) / n), (nb - b, nb * (n - a - b) / n)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def test_keyness_counts_the_words_of_a_text_as_its_token_table_does():
    a = "The Committee's view: U.S. growth rose 4.6 percent; don't expect year-over-year gains."
    b = "Growth in the U.S. fell 1/4 percent. The Committee's target held."
    from_text = toolkit.keyness(a, b, ngram=(1, 2), min_count=1, stopwords=False)
    from_tokens = toolkit.keyness(toolkit.tokens([a]), toolkit.tokens([b]), ngram=(1, 2), min_count=1,
                                  stopwords=False)
    pd.testing.assert_frame_equal(from_text, from_tokens)
    assert {"u.s.", "4.6", "year-over-year", "committee", "'s"} <= set(from_text["term"])


def test_keyness_of_two_releases_counts_what_their_token_tables_count(statements):
    old = toolkit.select(statements, date="2015-10-28")
    new = toolkit.select(statements, date="2015-12-16")
    pd.testing.assert_frame_equal(toolkit.keyness(old, new, min_count=1),
                                  toolkit.keyness(toolkit.tokens(old), toolkit.tokens(new), min_count=1))


def test_keyness_g2_matches_a_hand_computation():
    # a: 6 tokens, "rose" twice; b: 4 tokens, "rose" never
    k = toolkit.keyness("rates rose rates rose again today", "rates fell growth slowed",
                        ngram=1, min_count=1, stopwords=False).set_index("term")
    assert k.loc["rose", "g2"] == pytest.approx(hand_g2(2, 0, 6, 4))
    assert k.loc["rates", "g2"] == pytest.approx(hand_g2(2, 1, 6, 4))
    # by hand: E = 6*2/10 = 1.2 and 4*2/10 = 0.8 for "rose"; 2(2 ln(2/1.2) + 4 ln(4/4.8) + 4 ln(4/3.2))
    assert k.loc["rose", "g2"] == pytest.approx(2 * (2 * math.log(2 / 1.2) + 4 * math.log(4 / 4.8) + 4 * math.log(4 / 3.2)))


def test_keyness_p_value_is_the_chi_square_tail_and_log_ratio_the_frequency_ratio():
    k = toolkit.keyness("rates rose rates rose again today", "rates fell growth slowed",
                        ngram=1, min_count=1, stopwords=False).set_index("term")
    assert k.loc["rates", "p_value"] == pytest.approx(chi2.sf(k.loc["rates", "g2"], 1))
    assert k.loc["rates", "log_ratio"] == pytest.approx(math.log2((2 / 6) / (1 / 4)))
    assert k.loc["rose", "log_ratio"] == pytest.approx(math.log2((2 / 6) / (0.5 / 4)))


def test_keyness_names_terms_that_appear_and_disappear():
    k = toolkit.keyness("rates rose", "rates fell", ngram=1, min_count=1, stopwords=False).set_index("term")
    assert k.loc["rose", "status"] == "only_a" and k.loc["rose", "key_for"] == "a"
    assert k.loc["fell", "status"] == "only_b" and k.loc["fell", "key_for"] == "b"
    assert k.loc["rates", "status"] == "both"


def test_keyness_phrases_do_not_span_punctuation_or_start_with_a_stopword():
    k = toolkit.keyness("the federal funds rate. rose", "federal funds rate", ngram=2, min_count=1,
                        stopwords=["the"])
    assert set(k["term"]) == {"federal funds", "funds rate"}


def test_keyness_is_sorted_by_g2():
    k = toolkit.keyness("growth slowed growth slowed growth", "growth picked up", ngram=(1, 2),
                        min_count=1, stopwords=False)
    assert k["g2"].is_monotonic_decreasing
    assert set(k["n"]) == {1, 2}


# ---------------------------------------------------------------------------- real FOMC pairs

@pytest.fixture
def statements(fomc_2006):
    corpus = toolkit.load_corpus(fomc_2006)
    return corpus[corpus["doc_id"].str.endswith("-fomc-statement")]


def _row(r, column, needle):
    hits = r[r[column].str.contains(needle, regex=False)]
    assert len(hits) == 1, f"{needle!r} in {len(hits)} rows of {column}"
    return hits.iloc[0]


def test_redline_2008_12_to_2009_01_shows_what_a_reader_sees(statements, splitter):
    r = toolkit.redline(toolkit.select(statements, date="2008-12-16"),
                        toolkit.select(statements, date="2009-01-28"), method=None)
    # the policy sentence: "establish a target range ... of" became "keep its target range ... at"
    policy = _row(r, "new", "decided today to keep its target range")
    assert policy["status"] == "edited" and "[-establish a-]{+keep its+}" in policy["diff"]
    # the new outlook sentence on recovery is added
    assert _row(r, "new", "gradual recovery in economic activity will begin")["status"] == "added"
    assert _row(r, "new", "global demand appears to be slowing")["status"] == "added"
    # boilerplate on tools is unchanged
    assert _row(r, "new", "will employ all available tools")["status"] == "unchanged"
    # the "exceptionally low levels ... for some time" guidance moved up to the first paragraph
    assert _row(r, "new", "exceptionally low levels")["status"] in {"moved", "edited"}


def test_redline_of_the_2015_liftoff_shows_the_rate_rise(statements, splitter):
    r = toolkit.redline(toolkit.select(statements, date="2015-10-28"),
                        toolkit.select(statements, date="2015-12-16"), method=None)
    assert _row(r, "new", "decided to raise the target range for the federal funds rate to 1/4 to 1/2")["status"] in {"added", "edited"}
    held = _row(r, "old", "target range for the federal funds rate remains appropriate")
    assert held["status"] in {"removed", "edited"} and "remains appropriate" not in held["new"]
    assert _row(r, "new", "met in October suggests")["status"] == "edited"
    for boilerplate in ("Consistent with its statutory mandate", "continues to monitor inflation developments closely",
                        "should help maintain accommodative financial conditions",
                        "This assessment will take into account a wide range of information"):
        assert _row(r, "new", boilerplate)["status"] == "unchanged", boilerplate


def test_hard_wrapped_txt_and_unwrapped_markdown_copies_of_a_statement_are_unchanged(fomc_1994, statements, splitter):
    wrapped = toolkit.select(toolkit.load_corpus(fomc_1994), date="2008-12-16")
    assert "\n" in open(wrapped["path"].iloc[0], encoding="utf-8").read().split("\n\n")[0]  # really hard-wrapped
    r = toolkit.redline(wrapped, toolkit.select(statements, date="2008-12-16"), method=None)
    assert len(r) > 10
    assert (r["status"] == "unchanged").all(), r.loc[r["status"] != "unchanged", ["status", "diff"]]


# ---------------------------------------------------------------------------- tone shift

def test_tone_shift_contributions_sum_to_the_document_tone_change_on_a_real_pair(statements):
    old, new = toolkit.select(statements, date="2008-12-16"), toolkit.select(statements, date="2009-01-28")
    s = toolkit.tone_shift(old, new)
    tone = toolkit.document_tone(pd.concat([old, new])).set_index("doc_id")["tone"]
    assert s.tone_old == pytest.approx(tone[old["doc_id"].iloc[0]])
    assert s.tone_new == pytest.approx(tone[new["doc_id"].iloc[0]])
    assert s.sentences["contribution"].sum() == pytest.approx(s.change)
    assert s.words["shift"].sum() == pytest.approx(s.change)
    assert s.change == pytest.approx(tone.iloc[1] - tone.iloc[0])


def test_tone_shift_weights_are_the_tone_package_sentence_weights(statements):
    from toolkit.tone import aggregate_tone, sentence_weights

    new = toolkit.select(statements, date="2009-01-28")
    s = toolkit.tone_shift(toolkit.select(statements, date="2008-12-16"), new)
    scored = toolkit.score_sentences(toolkit.sentences(new))
    rows = s.sentences.dropna(subset=["new_id"]).sort_values("new_id")
    assert len(rows) == len(scored)
    assert rows["weight_new"].to_numpy() == pytest.approx(sentence_weights(scored).to_numpy(), abs=1e-12)
    assert s.tone_new == pytest.approx(aggregate_tone(scored["positive"], scored["negative"]), abs=1e-12)


def test_timeline_bootstrap_scores_each_draw_as_aggregate_tone():
    import numpy as np

    from toolkit.compare.weights import _tone_of_sums
    from toolkit.tone import aggregate_tone

    rng = np.random.default_rng(1)
    pos, neg = rng.random((50, 12)) * (rng.random((50, 12)) > 0.5), rng.random((50, 12))
    expected = [aggregate_tone(p, n) for p, n in zip(pos, neg)]
    assert _tone_of_sums(pos.sum(axis=1), neg.sum(axis=1)).tolist() == pytest.approx(expected, abs=1e-15)


def test_tone_shift_of_identical_releases_is_zero_everywhere():
    text = "Growth slowed. Unemployment did not fall. Rates held."
    s = toolkit.tone_shift(text, text)
    assert s.change == 0
    assert (s.sentences["status"] == "unchanged").all()
    assert (s.sentences["contribution"] == 0).all()
    assert s.words.empty or (s.words["shift"].abs() < 1e-12).all()


def test_tone_shift_of_empty_releases_is_zero_without_dividing_by_zero():
    s = toolkit.tone_shift("", "")
    assert s.change == 0 and s.sentences.empty and s.words.empty


def test_word_shift_names_the_terms_and_the_negation_rule():
    s = toolkit.tone_shift("Unemployment fell. Rates held.", "Unemployment did not fall. Rates held.")
    words = s.words.set_index("term")
    assert words.loc["unemployment fell", "shift"] < 0      # the good news went away
    assert words.loc["unemployment fall", "negated"]        # and came back negated
    assert "negated" in words.loc["unemployment fall", "rule"]
    assert s.change < 0


def test_tone_shift_of_a_corpus_with_one_release_says_comparison_needs_two(small_corpus):
    with pytest.raises(ValueError, match="comparison needs two releases"):
        toolkit.tone_shift(small_corpus[small_corpus["doc_id"] == "oct"])


def test_tone_shift_of_a_corpus_with_two_dates_compares_them(small_corpus):
    s = toolkit.tone_shift(toolkit.select(small_corpus, date=["2015-10-28", "2015-12-16"]))
    assert (s.old, s.new) == ("2015-10-28", "2015-12-16")


def test_theme_tone_gives_the_tone_of_sentences_mentioning_each_theme():
    themes = {"labour": ["unemployment", "employment"], "prices": ["inflation"]}
    t = toolkit.theme_tone("Unemployment fell. Employment rose. Inflation was steady.", themes).set_index("theme")
    assert t.loc["labour", "n_sentences"] == 2 and t.loc["labour", "tone"] > 0
    assert t.loc["prices", "n_sentences"] == 1


def test_tone_shift_ranks_the_themes_that_moved_most():
    themes = {"labour": ["unemployment"], "prices": ["inflation"]}
    s = toolkit.tone_shift("Unemployment fell. Inflation was steady.", "Unemployment rose. Inflation was steady.",
                           themes=themes)
    assert s.themes.iloc[0]["theme"] == "labour"
    assert s.themes.iloc[0]["tone_change"] < 0


# ---------------------------------------------------------------------------- timeline

def _corpus(texts, dates):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "source": "FOMC",
                         "date": pd.to_datetime(dates), "text": texts})


def test_timeline_has_one_row_per_release_with_tone_interval_and_similarity():
    c = _corpus(["Growth was solid. Unemployment fell.", "Growth was solid. Unemployment fell.",
                 "Growth slowed sharply. Unemployment rose."], ["2020-01-29", "2020-03-03", "2020-03-15"])
    t = toolkit.timeline(c, progress=False)
    assert t["release"].tolist() == ["FOMC 2020-01-29", "FOMC 2020-03-03", "FOMC 2020-03-15"]
    assert (t["ci_low"] <= t["tone"]).all() and (t["tone"] <= t["ci_high"]).all()
    assert t.loc[1, "similarity_prev"] == pytest.approx(1.0) and t.loc[1, "tone_change"] == pytest.approx(0)
    assert t.loc[2, "similarity_prev"] < 1 and t.loc[2, "tone_change"] < 0
    assert any(c.startswith("share_") for c in t.columns)


def test_timeline_by_quarter_pools_the_documents_of_each_quarter():
    c = _corpus(["Growth was solid.", "Output rose.", "Output fell."], ["2020-01-29", "2020-03-03", "2020-04-29"])
    t = toolkit.timeline(c, by="Q", progress=False)
    assert t["release"].tolist() == ["FOMC 2020Q1", "FOMC 2020Q2"] and t["n_docs"].tolist() == [2, 1]


def test_timeline_reports_and_excludes_empty_and_undated_documents():
    c = _corpus(["Growth was solid.", "", "Output fell.", "Output rose."], ["2020-01-29", "2020-03-03", None, "2020-04-29"])
    with pytest.warns(UserWarning, match="2 document"):
        t = toolkit.timeline(c, progress=False)
    assert len(t) == 2
    assert dict(zip(t.attrs["excluded"]["doc_id"], t.attrs["excluded"]["reason"])) == {
        "d1": "empty text", "d2": "no date (cannot be placed in time)"}


def test_timeline_leaves_out_a_second_copy_of_the_same_statement():
    c = _corpus(["Growth was solid.", "Growth  was\nsolid.", "Output fell."], ["2020-01-29", "2020-01-29", "2020-03-03"])
    with pytest.warns(UserWarning, match="copies"):
        t = toolkit.timeline(c, progress=False)
    assert t["n_docs"].tolist() == [1, 1]
    assert t.attrs["excluded"]["doc_id"].tolist() == ["d1"]


def test_timeline_of_one_release_says_comparison_needs_two():
    with pytest.raises(ValueError, match="comparison needs two releases"):
        toolkit.timeline(_corpus(["Growth was solid."], ["2020-01-29"]), progress=False)


def test_largest_shifts_names_the_release_where_tone_moved_most():
    c = _corpus(["Growth was solid.", "Growth was solid. Output rose.", "Output collapsed. Losses mounted.",
                 "Output fell."], ["2020-01-29", "2020-03-03", "2020-03-15", "2020-04-29"])
    top = toolkit.largest_shifts(toolkit.timeline(c, progress=False), n=1)
    assert top[["release", "previous"]].values.tolist() == [["FOMC 2020-03-15", "FOMC 2020-03-03"]]
    assert top.loc[0, "tone_change"] < 0


def test_largest_shifts_of_one_release_says_comparison_needs_two():
    with pytest.raises(ValueError, match="comparison needs two releases"):
        toolkit.largest_shifts(pd.DataFrame({"release": ["a"], "tone": [0.1]}))


def test_select_leaves_out_a_same_date_copy_from_a_second_archive():
    corpus = pd.DataFrame({"doc_id": ["20081216", "2008-12-16-fomc-statement"], "source": "FOMC",
                           "date": pd.to_datetime(["2008-12-16", "2008-12-16"]),
                           "text": ["Rates cut to\nzero. Outlook weakened.", "Rates cut to zero. Outlook weakened."]})
    with pytest.warns(UserWarning, match="copies"):
        release = toolkit.select(corpus, date="2008-12-16")
    assert len(release) == 1


def test_redline_html_keeps_the_paragraphs_of_the_new_release(splitter):
    r = toolkit.redline("Rates held. Growth slowed.\n\nRisks remain.", "Rates held. Growth slowed.\n\nRisks faded.",
                        method=None)
    assert r["new_par"].tolist() == [0, 0, 1]
    assert toolkit.redline_html(r).count("<p>") == 2


def test_keyness_of_the_liftoff_statement_finds_the_rate_rise(statements):
    old = toolkit.select(statements, date="2015-10-28")
    new = toolkit.select(statements, date="2015-12-16")
    k = toolkit.keyness(old, new, min_count=2).set_index("term")
    # October: "remains appropriate", "will be appropriate to raise"; December: "gradual adjustments/increases"
    assert k.loc["appropriate", ["key_for", "status"]].tolist() == ["a", "only_a"]
    assert k.loc["gradual", ["key_for", "status"]].tolist() == ["b", "only_b"]
    assert k.index[0] == "appropriate"
    assert k["p_value"].to_numpy() == pytest.approx(chi2.sf(k["g2"].to_numpy(), 1))


def test_an_empty_document_in_a_release_is_reported_and_left_out():
    old = pd.DataFrame({"doc_id": ["a", "blank"], "text": ["Output rose.", "  "]})
    with pytest.warns(UserWarning, match="no text and are left out: blank"):
        r = toolkit.redline(old, "Output rose.")
    assert r["status"].tolist() == ["unchanged"]


def test_largest_shifts_by_z_discounts_a_jump_between_noisy_releases():
    t = pd.DataFrame({"release": ["a", "b", "c"], "date": pd.to_datetime(["2020-01-01", "2020-02-01", "2020-03-01"]),
                      "tone": [0.0, 0.6, 0.05], "ci_low": [-0.5, 0.0, 0.0], "ci_high": [0.5, 1.0, 0.1]})
    assert toolkit.largest_shifts(t, n=1, on="tone")["release"].tolist() == ["b"]   # +0.6, but wide intervals
    top = toolkit.largest_shifts(t, n=1, on="z")
    assert top["release"].tolist() == ["c"] and top.loc[0, "z"] < 0


def test_timeline_records_the_interval_level_it_was_built_with():
    c = _corpus(["Growth was solid. Output rose.", "Output fell. Losses mounted."], ["2020-01-29", "2020-03-03"])
    assert toolkit.timeline(c, progress=False).attrs["ci"] == 0.95
    assert toolkit.timeline(c, ci=0.5, progress=False).attrs["ci"] == 0.5


def test_largest_shifts_z_reads_the_timeline_interval_level():
    from scipy.stats import norm

    c = _corpus(["Growth was solid. Output rose. Hiring picked up.", "Output fell. Losses mounted. Hiring rose.",
                 "Growth was solid. Output fell sharply. Demand weakened."], ["2020-01-29", "2020-03-03", "2020-04-29"])
    t = toolkit.timeline(c, ci=0.5, n_boot=400, progress=False)
    se = (t["ci_high"] - t["ci_low"]) / (2 * norm.ppf(0.75))     # a 50% interval spans ±0.674 se
    expected = t["tone_change"] / (se ** 2 + se.shift(1) ** 2) ** 0.5
    top = toolkit.largest_shifts(t, n=2, on="z").set_index("release")
    assert se.iloc[1:].gt(0).all()
    for release, z in top["z"].items():
        i = t.index[t["release"] == release][0]
        assert z == pytest.approx(expected[i], rel=1e-12)
        assert z != pytest.approx(expected[i] * 1.96 / norm.ppf(0.75))   # what a hard-coded 1.96 gives


def test_largest_shifts_assumes_95_percent_for_a_table_without_a_level():
    t = pd.DataFrame({"release": ["a", "b"], "date": pd.to_datetime(["2020-01-01", "2020-02-01"]),
                      "tone": [0.0, 0.392], "ci_low": [-0.1, 0.292], "ci_high": [0.1, 0.492]})
    z = toolkit.largest_shifts(t, n=1, on="z").loc[0, "z"]
    z95 = 1.959963984540054  # the normal quantile at 0.975
    assert z == pytest.approx(0.392 / (2 * (0.1 / z95) ** 2) ** 0.5, rel=1e-9)


# ---------------------------------------------------------------------------- invariants on generated text

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SENTENCES = st.sampled_from([
    "Growth slowed.", "Unemployment fell.", "Unemployment did not fall.", "Losses narrowed sharply.",
    "Inflation rose.", "Rates held.", "Output may weaken, but hiring was solid.", "The outlook improved.",
    "Risks to the outlook remain.", "Demand was weak.",
])
_RELEASE = st.lists(_SENTENCES, max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(old=_RELEASE, new=_RELEASE)
def test_sentence_and_word_contributions_always_add_up_to_the_tone_change(old, new):
    s = toolkit.tone_shift(old, new, themes={"labour": ["unemployment", "hiring"]})
    assert s.sentences["contribution"].sum() == pytest.approx(s.change, abs=1e-9)
    assert float(s.words["shift"].sum()) == pytest.approx(s.change, abs=1e-9)
    assert sorted(s.sentences["new_id"].dropna()) == list(range(s.sentences.attrs["n_new"]))


def test_redline_html_of_a_tone_shift_notes_each_sentences_contribution():
    s = toolkit.tone_shift("Growth slowed. Rates held.", "Growth picked up. Rates held.")
    page = toolkit.redline_html(s.sentences)
    assert f"(tone contribution {s.sentences['contribution'].iloc[0]:+.3f})" in page


# ---------------------------------------------------------------------------- like with like: series

GOOD, BAD = "Growth was solid. Unemployment fell.", "Growth slowed sharply. Unemployment rose."


@pytest.fixture
def two_series():
    """Statements that drift down slowly, and a goals document each time that reads very differently."""
    return pd.DataFrame({
        "doc_id": ["s1", "g1", "s2", "g2", "s3"],
        "source": "Bank",
        "series": ["Bank: statement", "Bank: goals", "Bank: statement", "Bank: goals", "Bank: statement"],
        "date": pd.to_datetime(["2020-01-29", "2020-01-30", "2020-03-18", "2020-03-19", "2020-04-29"]),
        "text": [GOOD, BAD, GOOD + " Output rose.", BAD + " Losses mounted.", GOOD + " Inflation was stable."],
    })


def test_series_of_reads_the_series_column_then_type_then_source():
    docs = pd.DataFrame({"source": ["Fed", "Fed", "Fed", ""], "series": ["Fed: minutes", None, None, None],
                         "type": ["meeting", "meeting", None, None]})
    assert toolkit.series_of(docs).tolist() == ["Fed: minutes", "Fed: meeting", "Fed", "(no source)"]


def test_timeline_compares_each_release_with_the_one_before_in_its_series(two_series):
    t = toolkit.timeline(two_series, progress=False).set_index("release")
    assert t.loc["Bank: statement 2020-03-18", "prev_release"] == "Bank: statement 2020-01-29"
    assert t.loc["Bank: goals 2020-03-19", "prev_release"] == "Bank: goals 2020-01-30"
    assert t["prev_release"].isna().sum() == 2  # the first release of each series
    change = t.loc["Bank: statement 2020-04-29", "tone"] - t.loc["Bank: statement 2020-03-18", "tone"]
    assert t.loc["Bank: statement 2020-04-29", "tone_change"] == pytest.approx(change)
    assert (t["series"] == [s for s in two_series["series"]]).all()


def test_timeline_mixes_series_only_when_asked(two_series):
    t = toolkit.timeline(two_series, series="all", progress=False)
    assert t["prev_release"].tolist()[1:] == t["release"].tolist()[:-1]  # every row against the row before
    assert t.loc[1, "tone_change"] == pytest.approx(t.loc[1, "tone"] - t.loc[0, "tone"])
    assert t.attrs["series"] == "all"


def test_timeline_keeps_the_series_it_is_given(two_series):
    t = toolkit.timeline(two_series, series="Bank: goals", progress=False)
    assert t["series"].tolist() == ["Bank: goals", "Bank: goals"]
    with pytest.raises(ValueError, match="Series in this corpus: Bank: goals, Bank: statement"):
        toolkit.timeline(two_series, series="Bank: minutes", progress=False)


def test_timeline_of_one_series_keeps_its_labels_and_mixing_changes_nothing():
    c = _corpus([GOOD, BAD, GOOD], ["2020-01-29", "2020-03-03", "2020-03-15"])
    t = toolkit.timeline(c, progress=False)
    assert t["release"].tolist() == ["FOMC 2020-01-29", "FOMC 2020-03-03", "FOMC 2020-03-15"]
    assert set(t["series"]) == {"FOMC"}
    pd.testing.assert_frame_equal(t, toolkit.timeline(c, series="all", progress=False))


def test_largest_shifts_never_pairs_two_series(two_series):
    top = toolkit.largest_shifts(toolkit.timeline(two_series, progress=False), n=10)
    series = dict(zip(top["release"], top["series"]))
    assert len(top) == 3
    assert all(p.startswith(series[r] + " ") for r, p in zip(top["release"], top["previous"]))


def test_largest_shifts_of_a_mixed_timeline_pairs_across_series(two_series):
    top = toolkit.largest_shifts(toolkit.timeline(two_series, series="all", progress=False), n=1)
    assert top.loc[0, "series"] != top.loc[0, "previous"].rsplit(" ", 1)[0]
    assert abs(top.loc[0, "tone_change"]) > 1  # good statement against a bad goals document


def test_largest_shifts_of_a_table_without_prev_release_pairs_within_its_series_column():
    t = pd.DataFrame({"release": ["s1", "g1", "s2"], "series": ["s", "g", "s"], "tone": [0.5, -0.9, 0.4],
                      "date": pd.to_datetime(["2020-01-01", "2020-01-02", "2020-02-01"])})
    assert toolkit.largest_shifts(t)[["release", "previous"]].values.tolist() == [["s2", "s1"]]


def test_tone_over_time_averages_each_series_apart(two_series):
    tone = toolkit.document_tone(two_series).assign(series=two_series["series"].to_numpy())
    each = toolkit.tone_over_time(tone, freq="Y", n_boot=50)
    assert each["series"].tolist() == ["Bank: goals", "Bank: statement"] and each["n_docs"].tolist() == [2, 3]
    assert each["tone"].iloc[0] < 0 < each["tone"].iloc[1]
    pooled = toolkit.tone_over_time(tone, freq="Y", n_boot=50, series="all")
    assert pooled["series"].tolist() == ["all"] and pooled["n_docs"].tolist() == [5]


def test_tone_shift_of_a_corpus_mixing_series_names_them_and_says_how_to_pick(two_series):
    pair = two_series[two_series["doc_id"].isin(["s1", "g2"])]
    with pytest.raises(ValueError, match=r"mixes 2 series: 'Bank: goals' \(1 release\(s\)\), 'Bank: statement'"):
        toolkit.tone_shift(pair)
    with pytest.raises(ValueError, match="mixes 2 series"):
        toolkit.redline(pair)
    mixed = toolkit.tone_shift(pair, series="all")
    assert (mixed.old, mixed.new) == ("2020-01-29", "2020-03-19") and mixed.change < 0


def test_tone_shift_and_redline_of_one_series_compare_its_two_releases(two_series):
    statements = toolkit.select(two_series, series="Bank: statement", period="2020Q1")
    shift = toolkit.tone_shift(statements)
    assert (shift.old, shift.new) == ("2020-01-29", "2020-03-18")
    assert toolkit.redline(statements)["status"].tolist() == ["unchanged", "unchanged", "added"]


def test_select_by_series_leaves_the_other_series_of_a_date_out(two_series):
    assert toolkit.select(two_series, series="Bank: goals")["doc_id"].tolist() == ["g1", "g2"]
    with pytest.raises(ValueError, match="Series available: Bank: goals, Bank: statement"):
        toolkit.select(two_series, series="Bank: minutes")


@pytest.mark.shared
def test_fomc_largest_shifts_stay_within_a_series(fomc_2006):
    corpus = toolkit.load_corpus(fomc_2006, progress=False)
    for mode, crossing in (("each", False), ("all", True)):
        line = toolkit.timeline(corpus, series=mode, progress=False)
        series = dict(zip(line["release"], line["series"]))
        for on in ("tone", "z"):
            top = toolkit.largest_shifts(line, n=10, on=on)
            crosses = [r for r, p in zip(top["release"], top["previous"]) if series[r] != series[p]]
            assert bool(crosses) is crossing, (mode, on, crosses)
