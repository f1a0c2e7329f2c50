"""The numpy candidate cuts (toolkit.tokenizing._cuts) are the regex rule's, cut for cut: on every
shared corpus's ASCII texts and on random texts built from the splitter's hard cases."""
from __future__ import annotations

import importlib
import random
import warnings

import pytest

import toolkit
from conftest import SHARED, need

SENTENCES = importlib.import_module("toolkit.tokenizing.sentences")
CUTS = importlib.import_module("toolkit.tokenizing._cuts")

#: pieces of text around which the splitter's rules turn: abbreviations of every group, initials,
#: numbers and list numbers, hyphens, quotes and brackets, ellipses, every kind of ASCII whitespace
PIECES = [
    "Mr.", "Dr.", "St.", "Messrs.", "No.", "no.", "Fig.", "Jan.", "Sept.", "Q.", "e.g.", "i.e.", "E.g.",
    "vs.", "approx.", "APPROX.", "et", "al.", "a.m.", "p.m.", "A.M.", "U.S.", "U.K.", "D.C.", "Ph.D.",
    "Inc.", "Corp.", "S.", "L.", "x.", "1.", "12.", "123.", "1234.", "4.6", "1/4", "$1.2", "9-3/4",
    "Minneapolis-St.", "well-known.", "re-", "-", "Eastern", "Pacific", "EST", "Department", "Steel",
    "Home", "Corp", "GDP", "TV", "The", "the", "However", "Sales", "rose", "fell", "Prices", "and",
    "Growth", "2", "5", "(", ")", "[", "]", "{", '"', "'", "''", ".", "..", "...", "!", "?", "?!", ".)",
    ".abcdefgh", "ab.cdefgh", "abcdefg-St", "(U.S", "{Mr", "x-y-1",
    '."', ".'", "!)", ";", ":", ",", "\u2026",
]
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", ""]


def random_text(rng: random.Random) -> str:
    n = rng.randint(0, 40)
    return "".join(rng.choice(PIECES) + rng.choice(SPACES) for _ in range(n))


def assert_same_cuts(texts: list[str]) -> None:
    ascii_texts = [t for t in texts if t.isascii() and "\0" not in t]
    assert ascii_texts, "no ASCII text to compare"
    fast = CUTS.ascii_cuts(ascii_texts, SENTENCES._SUSPECT, SENTENCES._keep)
    for text, got in zip(ascii_texts, fast):
        assert got == SENTENCES._candidate_cuts(text), text[:300]


def test_random_texts_of_hard_cases_cut_alike():
    rng = random.Random(20261201)
    texts = [random_text(rng) for _ in range(4000)]
    texts += ["", " ", ".", ". A", "A. B", "1. The", "x\n1. The", "Sales rose. 2. Prices", "No. 2 oil. No. The",
              # the 9-character window before a period: a period or hyphen at its very start, openers in it
              "x.abcdefgh. Department", "xy.abcdefg. Department", "(.abcdefg. Department", "-abc.def. Steel",
              'He said "U.S. Steel rose', "(e.g. Boston) and", "[Dr. Who]. The", "{St. Louis. The"]
    assert_same_cuts(texts)


def test_texts_in_many_runs_cut_alike(monkeypatch):
    from toolkit import pool

    monkeypatch.setattr(pool, "CACHE_CHARS", 300)  # runs of a few texts, on threads
    rng = random.Random(7)
    assert_same_cuts([random_text(rng) for _ in range(500)])


def test_the_split_of_a_text_is_the_same_alone_or_in_a_batch():
    rng = random.Random(11)
    texts = [random_text(rng) for _ in range(300)] + ["Prices rose in Zürich. Sales fell.", "a\0b. C"]
    assert SENTENCES._split_many(texts) == [SENTENCES._split(t) for t in texts]


@pytest.mark.parametrize("folder", ["fomc-statements", "pboc-mpc", "central-banks", "beige-book/2008",
                                    "beige-book/1975"])
def test_shared_corpora_cut_alike(folder):
    path = need(SHARED / "corpora" / folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(path, progress=False)
    assert_same_cuts([t for t in corpus["text"] if isinstance(t, str)])


def test_sentences_cut_out_in_numpy_equal_python_slices(monkeypatch):
    from toolkit import pool
    import numpy as np

    monkeypatch.setattr(pool, "CACHE_CHARS", 500)  # many runs, texts ending where the next one starts
    rng = random.Random(5)
    texts = ["", "A. B. C.", "x", "  ", "Rates rose.Growth", *[random_text(rng) for _ in range(300)]]
    texts = [t for t in texts if t.isascii()]
    spans = SENTENCES._split_many(texts)
    counts = np.array([len(s) for s in spans])
    flat = np.array([p for s in spans for p in s], dtype=np.int64).reshape(-1, 2)
    got = CUTS.sentence_strings(texts, flat, counts).to_pylist()
    assert got == [t[a:b] for t, s in zip(texts, spans) for a, b in s]
    assert len(got) > 300
