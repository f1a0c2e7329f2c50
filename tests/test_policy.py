"""Policy decisions and votes: the FOMC cases of issue 16, the agreement with stated levels, and own sentences."""
from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.policy import decision_agreement, parse_change_bp, parse_level, parse_votes, policy_decisions, tone_before_moves


def _one(text: str) -> dict:
    d = policy_decisions(pd.DataFrame({"doc_id": ["x"], "text": [text]}))
    return d.iloc[0].to_dict() if len(d) else {}


@pytest.fixture(scope="module")
def fomc_decisions():
    from tests.conftest import FOMC_1994, FOMC_2006, need

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        old = toolkit.load_corpus(need(FOMC_1994))
        new = toolkit.load_corpus(need(FOMC_2006))
    return policy_decisions(old), policy_decisions(new)


def _row(decisions, date: str) -> dict:
    rows = decisions[decisions["date"] == pd.Timestamp(date)]
    assert len(rows) == 1, f"one decision expected on {date}, got {len(rows)}"
    return rows.iloc[0].to_dict()


@pytest.mark.parametrize("date, action, low, high, dissents", [
    ("2008-12-16", "lower", 0.0, 0.25, 0),
    ("2015-12-16", "raise", 0.25, 0.5, 0),
    ("2020-03-15", "lower", 0.0, 0.25, 1),
    ("2025-07-30", "maintain", 4.25, 4.5, 2),
])
def test_fomc_decisions_of_issue_16(fomc_decisions, date, action, low, high, dissents):
    row = _row(fomc_decisions[1], date)
    assert (row["action"], row["level_low"], row["level_high"], row["n_dissents"]) == (action, low, high, dissents)


def test_fomc_2025_07_30_names_the_dissenters_and_what_they_preferred(fomc_decisions):
    row = _row(fomc_decisions[1], "2025-07-30")
    assert row["dissenters"] == "Michelle W. Bowman; Christopher J. Waller"
    assert "lower the target range" in row["preferred"]


def test_fomc_2008_12_16_reads_the_direction_from_the_previous_target(fomc_decisions):
    row = _row(fomc_decisions[0], "2008-12-16")
    assert row["action"] == "lower" and "previous" in row["reason"]


@pytest.mark.parametrize("which", [0, 1])
def test_fomc_actions_agree_with_the_move_of_the_stated_target(fomc_decisions, which):
    agreement = decision_agreement(fomc_decisions[which])
    assert agreement.attrs["n_compared"] >= 100
    assert agreement.attrs["share"] >= 0.97


def test_fomc_statement_without_a_decision_sentence_has_no_row_and_is_listed(fomc_decisions):
    old = fomc_decisions[0]
    assert "20140319" in old.attrs["no_decision"] and "20140319" not in set(old["doc_id"])


@pytest.mark.parametrize("sentence, action, low, high, change", [
    ("The Federal Open Market Committee decided today to lower its target for the federal funds rate by 50 basis "
     "points to 6 percent.", "lower", 6.0, 6.0, -50.0),
    ("The Committee voted today to raise its target for the federal funds rate by 1/2 percentage point to "
     "6-1/2 percent.", "raise", 6.5, 6.5, 50.0),
    ("The Committee decided to keep its target for the federal funds rate at 5-1/4 percent.", "maintain", 5.25, 5.25, 0.0),
    ("The Monetary Board decided to lower the policy rate by 0.25 percentage point to 1.75 percent.",
     "lower", 1.75, 1.75, -25.0),
    ("The Council decided to keep the policy rate unchanged at 3.00 percent.", "maintain", 3.0, 3.0, 0.0),
    ("The Bank decided today to leave the Base Rate unchanged at 1.75%.", "maintain", 1.75, 1.75, 0.0),
    ("The People's Bank decided to reduce the reserve requirement ratio by 0.5 percentage point.",
     "lower", math.nan, math.nan, -50.0),
    ("The Board decided to lower the Base Rate by 25 basis points, from 1.75% to 1.50%.", "lower", 1.5, 1.5, -25.0),
    ("The Committee made no change today in its target for the federal funds rate.", "maintain", math.nan, math.nan, 0.0),
])
def test_own_sentences_of_each_form_parse(sentence, action, low, high, change):
    row = _one(sentence)
    got = [row["action"], row["level_low"], row["level_high"], row["change_bp"]]
    assert got[0] == action
    for value, want in zip(got[1:], [low, high, change]):
        assert (math.isnan(value) and math.isnan(want)) or value == want


def test_own_range_sentence_parses_both_ends():
    row = _one("The Committee decided to raise the target range for the federal funds rate to 5-1/4 to 5-1/2 percent.")
    assert (row["instrument"], row["level_low"], row["level_high"]) == ("federal funds target range", 5.25, 5.5)


@pytest.mark.parametrize("sentence", [
    "The Committee expects to maintain this target range until it is confident that the economy has weathered recent events.",
    "Two members preferred to lower the policy rate by 25 basis points.",
    "Growth of economic activity moderated and inflation remains somewhat elevated.",
    "Market participants expect the central bank to cut the policy rate by 25 basis points.",
])
def test_own_sentences_that_state_no_decision_give_no_row(sentence):
    assert _one(sentence) == {}


def test_unknown_form_is_other_with_its_sentence_never_a_guess():
    row = _one("The Committee decided to recalibrate the policy rate corridor around 2 percent.")
    assert row["action"] == "other" and "recalibrate" in row["sentence"] and row["reason"]


def test_verb_against_the_stated_levels_is_other():
    row = _one("The Board decided to raise the policy rate from 3 percent to 2.5 percent.")
    assert row["action"] == "other" and "levels" in row["reason"]


def test_direction_without_previous_level_is_other():
    row = _one("The Committee decided today to establish a target range for the federal funds rate of 0 to 1/4 percent.")
    assert row["action"] == "other" and row["level_high"] == 0.25


@pytest.mark.parametrize("text, level", [("4-1/4", 4.25), ("4 3/4", 4.75), ("1/4", 0.25), ("5.25", 5.25), ("0", 0.0)])
def test_parse_level_reads_fractions_and_decimals(text, level):
    assert parse_level(text) == level


@pytest.mark.parametrize("text", ["four", "4.", "1/0", ""])
def test_parse_level_gives_nan_for_what_is_not_a_number(text):
    assert math.isnan(parse_level(text))


def test_parse_change_reads_basis_points_and_percentage_points():
    assert [parse_change_bp(t) for t in ["by 25 basis points", "a 50-basis-point cut", "by 1/2 percentage point"]] == [25, 50, 50]
    assert math.isnan(parse_change_bp("to 5 percent"))


def test_votes_count_a_split_vote_and_unknown_is_nan():
    assert parse_votes("The Committee therefore voted 4 to 3 to keep the policy rate unchanged.")["n_dissents"] == 3
    assert parse_votes("The Committee unanimously voted to keep the policy rate unchanged.")["n_dissents"] == 0
    assert math.isnan(parse_votes("The Board of Governors unanimously approved a cut in the discount rate.")["n_dissents"])


def test_votes_keep_a_suffix_with_its_name():
    v = parse_votes("Voting against the action were Richard W. Fisher, Jr., and Charles I. Plosser.")
    assert v["dissenters"] == "Richard W. Fisher, Jr.; Charles I. Plosser" and v["n_dissents"] == 2


def test_policy_decisions_rejects_what_is_not_a_corpus():
    with pytest.raises(ValueError, match="doc_id"):
        policy_decisions(pd.DataFrame({"text": ["x"]}))


def test_tone_before_moves_takes_the_release_before_each_move():
    tone = pd.DataFrame({"doc_id": list("abcde"), "tone": [0.5, 0.1, -0.4, 0.0, 0.3]})
    dec = pd.DataFrame({"doc_id": list("abcde"), "series": "s",
                        "action": ["maintain", "raise", "maintain", "lower", "maintain"]})
    out = tone_before_moves(tone, dec).set_index("action")
    assert out.loc["raise", "mean_tone"] == 0.5 and out.loc["lower", "mean_tone"] == -0.4
    assert "maintain" not in out.index


def _two_statements(second: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["a", "b"], "source": "FOMC", "date": pd.to_datetime(["2019-06-19", "2019-07-31"]),
                         "text": ["The Committee decided to maintain the target range for the federal funds rate at "
                                  "2-1/4 to 2-1/2 percent. Growth was solid.", second]})


def test_timeline_carries_the_decision_of_each_release_after_the_old_columns():
    corpus = _two_statements("The Committee decided to lower the target range for the federal funds rate to 2 to "
                             "2-1/4 percent. Voting against the action were Esther L. George and Eric S. Rosengren.")
    t = toolkit.timeline(corpus, progress=False, n_boot=20)
    plain = toolkit.timeline(corpus, progress=False, n_boot=20, decisions=False)
    assert t[["action", "change_bp"]].values.tolist() == [["maintain", 0.0], ["lower", -25.0]]
    assert math.isnan(t["n_dissents"][0]) and t["n_dissents"][1] == 2  # no vote stated: unknown, not 0
    pd.testing.assert_frame_equal(t[plain.columns], plain)
    assert list(t.columns[: len(plain.columns)]) == list(plain.columns)


def test_timeline_has_no_decision_columns_when_no_release_states_one():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2020-01-01", "2020-02-01"]),
                           "text": ["Growth was solid.", "Output fell."]})
    assert "action" not in toolkit.timeline(corpus, progress=False, n_boot=10).columns
    assert toolkit.timeline(corpus, progress=False, n_boot=10, decisions=True)["action"].isna().all()


def test_tone_timeline_marks_raises_and_cuts_in_legend_and_alt_text():
    from toolkit import plots

    t = pd.DataFrame({"date": pd.to_datetime(["2019-01-30", "2019-06-19", "2019-07-31", "2019-09-18"]),
                      "tone": [0.2, 0.1, -0.1, -0.2], "action": ["raise", "maintain", "lower", "lower"]})
    ax = plots.tone_timeline(t)
    labels = ax.get_legend_handles_labels()[1]
    assert "raise ▲" in labels and "cut ▼" in labels
    assert "1 raise marked ▲ and 2 cuts marked ▼" in plots.alt_text(ax)


def test_tone_timeline_without_action_column_marks_nothing():
    from toolkit import plots

    t = pd.DataFrame({"date": pd.to_datetime(["2019-01-30", "2019-06-19"]), "tone": [0.2, 0.1]})
    ax = plots.tone_timeline(t)
    assert "marked" not in plots.alt_text(ax) and not ax.collections


def test_index_headline_states_each_release_decision_and_dissents():
    from toolkit.report.index import headline

    corpus = _two_statements("The Committee decided to lower the target range for the federal funds rate to 2 to "
                             "2-1/4 percent. Voting against the action were Esther L. George and Eric S. Rosengren.")
    caption = headline(corpus)
    assert "held the federal funds target range at 2.25 to 2.5 percent" in caption
    assert "lowered the federal funds target range to 2 to 2.25 percent; 2 dissents (Esther L. George; Eric S. Rosengren)" in caption


def test_action_before_a_colon_list_of_rates_is_read():
    row = _one("The Council decided to lower the NBP interest rates to the level: the reference rate to 5.75%, "
               "the lombard rate to 7.25%.")
    assert (row["action"], row["instrument"], row["level_low"]) == ("lower", "reference rate", 5.75)


def test_another_institution_s_intention_is_not_a_decision():
    assert _one("The Fed announced that it intends to maintain the federal funds rate at its near-zero level.") == {}


def test_tone_before_moves_on_a_corpus_without_decisions_is_empty():
    tone = pd.DataFrame({"doc_id": ["a", "b"], "tone": [0.1, 0.2]})
    none = policy_decisions(pd.DataFrame({"doc_id": ["a", "b"], "text": ["Growth was solid.", "Output fell."]}))
    assert tone_before_moves(tone, none).empty


def test_a_level_without_a_direction_reads_the_previous_level_of_its_own_source():
    """Two institutions in one hand-built corpus (no series column: the series is the source). The
    direction of "establish a target range" comes from the same source's previous level, in
    policy_decisions and in the timeline's decision columns."""
    corpus = pd.DataFrame({
        "doc_id": ["fed1", "other", "fed2"], "source": ["Fed", "Other bank", "Fed"],
        "date": pd.to_datetime(["2020-01-29", "2020-02-15", "2020-03-15"]),
        "text": ["The Committee decided to maintain the target range for the federal funds rate at 1-1/2 to 1-3/4 percent.",
                 "The Committee decided to raise the target range for the federal funds rate to 2 to 2-1/4 percent.",
                 "The Committee decided to establish a target range for the federal funds rate of 0 to 1/4 percent."]})
    d = policy_decisions(corpus).set_index("doc_id")
    assert d.loc["fed2", "action"] == "lower" and d.loc["fed2", "change_bp"] == -150.0
    assert d.loc["fed2", "series"] == "Fed"
    assert math.isnan(d.loc["other", "change_bp"])  # its own first level: no change to read
    t = toolkit.timeline(corpus, progress=False, n_boot=10)
    assert t["series"].tolist() == ["Fed", "Other bank", "Fed"]
    assert t["action"].tolist() == ["maintain", "raise", "lower"]
    assert t["change_bp"].fillna(-1.0).tolist() == [0.0, -1.0, -150.0]  # not from the other bank's level
