"""Issue 13, round 14 (lead): two readings of a noun phrase in the pairing (toolkit.tone.noun_phrases).

* A movement verb reaches its subject over a long phrase of the subject's own ("Orders from overseas
  customers in the machinery sector decreased"), longer than the pairing window.
* A movement word between "amid" / "with" / "despite" ... and a noun the lexicon does not know
  ("amid rising protectionism") describes that noun: it is no second movement of the subject.
A phrase that holds another word the lexicon knows ("Shipments from mills in ...": "mills") is left
alone. Our own sentences, in the registers of PBoC/MIIT statements, the Beige Book and company news."""
from __future__ import annotations

import pytest

from toolkit.tone import explain, score_texts


def _label(text):
    return score_texts([text])["label"].iloc[0]


@pytest.mark.parametrize("text, term", [
    ("Orders from overseas customers in the machinery sector decreased.", "orders decreased"),
    ("Sales of small and medium-sized cars decreased.", "sales decreased"),
    ("Export orders of small and medium-sized enterprises dropped sharply.", "orders dropped"),
    ("Exports to customers in the eastern and central parts of Europe rose.", "exports rose"),
])
def test_a_verb_moves_its_subject_over_a_long_phrase_of_the_subjects_own(text, term):
    assert term in explain(text)["term"].tolist()


def test_the_long_phrase_gives_the_sentence_its_tone():
    assert _label("Orders from overseas customers in the machinery sector decreased.") == "negative"


@pytest.mark.parametrize("text", [
    "Orders from customers in the region saw a decrease.",  # "a decrease": a noun, not the verb
    "Sales of cars to customers who had delayed purchases rose.",  # a relative clause ends the phrase
    "Orders from customers, in the view of contacts at the firm, decreased.",  # commas end the phrase
])
def test_the_long_phrase_does_not_cross_a_noun_a_relative_or_a_comma(text):
    assert not any(t.startswith(("orders ", "sales ")) for t in explain(text)["term"])


@pytest.mark.parametrize("text, subject", [
    ("The world economy is recovering amid rising protectionism.", "economy"),
    ("The economy kept growing amid rising protectionism.", "economy"),
    ("The economy expanded despite growing polarisation.", "economy"),
    ("Investment grew with falling bureaucracy.", "investment"),
    ("Employment increased amid declining polarisation.", "employment"),
])
def test_a_movement_word_before_a_noun_of_its_own_is_no_second_move_of_the_subject(text, subject):
    assert len([t for t in explain(text)["term"] if t.split()[0] == subject]) == 1


@pytest.mark.parametrize("text, term", [
    ("Growth slowed amid rising costs.", "rising costs"),  # a quantity of its own: it moves that one
    ("Sales kept a rising trend.", "sales rising"),  # after a determiner: the subject's trend
    ("Output was lifted by rising demand.", "rising demand"),
])
def test_a_movement_word_of_a_known_quantity_or_after_a_determiner_keeps_its_reading(text, term):
    assert term in explain(text)["term"].tolist()
