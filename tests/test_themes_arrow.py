"""Theme counts on pyarrow's RE2 kernels are exactly the counts of Python's ``re`` matcher: where the
two engines would disagree (non-ASCII text, whitespace RE2's \\s misses, marker characters), the
text takes the ``re`` path."""
from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

import toolkit
from toolkit.themes._arrow import ArrowCounter, as_arrow
from toolkit.themes.matching import _matcher

from conftest import CORPORA, need

THEMES = {
    "nev": ["new energy vehicle"],
    "energy": ["energy"],
    "crisis": ["crisis"],
    "sme": ["SME", "small and medium enterprise"],
    "us": ["U.S."],
    "covid": ["COVID-19"],
    "outlook": ["don't know"],
}


def re_counts(matcher, texts) -> np.ndarray:
    """The reference: Python's re matcher, text by text (what theme_frequency did before RE2)."""
    return matcher.re_counts(texts)


def on_re2(matcher, texts):
    """What the RE2 path alone returns: (counts, which texts it counted), or None if RE2 refused."""
    return matcher.arrow.counts(as_arrow(texts), lambda found: (matcher._hit(found) or (None,))[0], len(matcher.themes))


def by_theme(matcher, row) -> dict:
    return {t: int(n) for t, n in zip(matcher.themes, row) if n}


def test_ascii_texts_are_counted_on_re2_with_the_re_counts():
    m = _matcher(THEMES, True)
    texts = [
        "New energy\nvehicles and energy storage; new energy vehicles again.",  # longest term wins
        "Two crises and one crisis; SMEs and small and medium enterprises.",  # plurals through lemmas
        "The U.S. economy; U.S.-China trade; the US. COVID-19 and COVID-190.",  # punctuation at the ends
        "Firms don't know; they don't\nknow either. Energy-intensive; energyX; x_energy; (energy).",
    ]
    result = on_re2(m, texts)
    assert result is not None and result[1].all()  # every one of these ASCII texts went through RE2
    assert (result[0] == re_counts(m, texts)).all()
    assert by_theme(m, result[0][0]) == {"nev": 2, "energy": 1}
    assert by_theme(m, result[0][1]) == {"crisis": 2, "sme": 2}
    assert by_theme(m, result[0][2]) == {"us": 2, "covid": 1}
    assert by_theme(m, result[0][3]) == {"outlook": 2, "energy": 2}


def test_phrases_across_any_whitespace_re_knows_match_on_the_re2_path_too():
    # re's \s also matches \v and \x1c-\x1f; RE2's \s does not, so spaces are spelled out as a class
    m = _matcher(THEMES, True)
    texts = ["new\x0benergy vehicle", "new\x1cenergy\r\n\tvehicles", "new\x00energy vehicle"]
    counts, done = on_re2(m, texts)
    assert done.all()
    assert [by_theme(m, row) for row in counts] == [{"nev": 1}, {"nev": 1}, {"energy": 1}]
    assert (counts == re_counts(m, texts)).all()


def test_non_ascii_text_takes_the_re_path_where_re2_would_count_differently():
    m = _matcher(THEMES, True)
    text = "Energyé is not energy; crisisé neither. Ｅnergy and new energy vehicles."
    # RE2's \b is ASCII: on its own it would find "energy" inside "energyé"
    raw = pc.count_substring_regex(pa.array([text.lower()]), pattern=m.arrow.pattern)[0].as_py()
    assert raw > sum(re_counts(m, [text])[0])
    counts, done = on_re2(m, [text])
    assert not done[0]
    assert (m.counts([text]) == re_counts(m, [text])).all()
    assert by_theme(m, m.counts([text])[0]) == {"energy": 1, "nev": 1}


def test_text_holding_the_marker_characters_takes_the_re_path():
    m = _matcher(THEMES, True)
    texts = ["energy\x01 crisis\x02 energy", "energy crisis"]
    counts, done = on_re2(m, texts)
    assert done.tolist() == [False, True]
    assert (m.counts(texts) == re_counts(m, texts)).all()
    assert by_theme(m, m.counts(texts)[0]) == {"energy": 2, "crisis": 1}


def test_overlapping_themes_count_the_longest_term_only_on_both_paths():
    themes = {"a": ["energy"], "b": ["energy storage"], "c": ["storage"], "d": ["energy storage system"]}
    m = _matcher(themes, False)
    texts = ["energy storage systems; energy storage system; energy storages; energy  storage; storage energy"]
    counts, done = on_re2(m, texts)
    assert done.all()
    assert by_theme(m, counts[0]) == {"a": 2, "b": 2, "c": 1, "d": 1}
    assert (counts == re_counts(m, texts)).all()


def test_theme_frequency_counts_mixed_corpus_the_same_as_re():
    texts = ["Exports of new energy vehicles rose.", "Exportsé and exports; Ｅxports.", "", "crisis crises"]
    tf = toolkit.theme_frequency(texts, {"trade": ["export"], "crisis": ["crisis"]})
    assert tf["count"].tolist() == [1, 0, 1, 0, 0, 0, 0, 2]


def test_a_pattern_re2_refuses_falls_back_to_re_for_every_text():
    # e.g. a dictionary over RE2's memory budget; here a lookbehind, which RE2 does not support
    m = _matcher(THEMES, True)
    refused = dataclasses.replace(m, arrow=ArrowCounter(r"(?<=x)energy"), memo={})
    texts = ["energy crisis and new energy vehicles", "nothing"]
    assert on_re2(refused, texts) is None
    assert (refused.counts(texts) == re_counts(m, texts)).all()
    assert by_theme(m, refused.counts(texts)[0]) == {"energy": 1, "crisis": 1, "nev": 1}


def _corpus_folders():
    if not CORPORA.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"needs {CORPORA} (../shared)"))]
    return [p for p in sorted(CORPORA.iterdir()) if p.is_dir()]


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("inflect", [True, False])
@pytest.mark.parametrize("folder", _corpus_folders(), ids=lambda p: getattr(p, "name", "none"))
def test_counts_identical_to_re_on_every_shared_corpus(folder, inflect):
    need(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder, progress=False)
    m = _matcher(None, inflect)
    texts = corpus["text"].tolist()
    # whole documents, and every line on its own (so non-ASCII documents put their ASCII lines on RE2)
    lines = [line for t in texts for line in t.splitlines()]
    for batch in (texts, lines):
        assert (m.counts(batch) == re_counts(m, batch)).all()
    assert on_re2(m, lines)[1].any()


def test_a_term_starting_with_punctuation_right_after_a_match_sees_the_character_before_it():
    # re's (?<!\w) looks at the character before; RE2 continuing after a match must too
    m = _matcher({"a": ["energy"], "b": ["-led"], "c": ["U.S."], "d": [".x"]}, False)
    texts = ["energy-led", "U.S..x", "a-led", "U.S.-led growth", "xenergy-led"]
    counts, done = on_re2(m, texts)
    assert done.all()
    assert [by_theme(m, row) for row in counts] == [{"a": 1}, {"c": 1, "d": 1}, {}, {"b": 1, "c": 1}, {}]
    assert (counts == re_counts(m, texts)).all()
