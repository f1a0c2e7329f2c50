"""Sentences, tokens and the one word rule, offline: the second stage of the pipeline.

Everything here runs without downloads: the sentence splitter is a compiled regular expression plus
a short list of abbreviation rules; the tokenizer follows the Treebank conventions but runs as
vectorised rules over character classes in numpy (no Python loop per token); lemmas come from
``simplemma`` (which ships its data); stopwords from ``toolkit/data/stopwords.txt``. Timings:
``benchmarks/bench_tokens.py``.

One file per verb:

========================  ===================================================================
``sentences.py``          :func:`split_sentences` (spans of one string), :func:`sentences`
                          (one row per sentence ``[doc_id, sent_id, sentence, start, end,
                          (date, source)]``)
``tokens.py``             :func:`tokens` (one row per token ``[doc_id, sent_id, token_id, token,
                          lower, lemma, is_stop, is_alpha, start, end]``; categorical strings,
                          int32 ids)
``metadata.py``           :func:`with_metadata` (corpus columns -- ``date``, ``source``, ... --
                          joined onto a token or sentence table by ``doc_id``)
``ngrams.py``             :func:`ngrams` (n-gram counts per document, never across sentences)
``stopwords.py``          :func:`load_stopwords` (the bundled list plus your own words)
``words.py``              the one word rule: where tokens break, what a word is;
                          :func:`words` and :func:`count_words` on plain strings
========================  ===================================================================

(``_chars.py``, ``_cuts.py``, ``_input.py``, ``_lemmas.py`` and ``_memo.py`` are private helpers: the
text as numpy arrays; the splitter's candidate cuts and sentence column of ASCII texts in numpy; the
corpus argument the verbs accept; simplemma's answers kept as a form -> lemma table in the cache
folder, so a new process loads simplemma only for forms it has not seen; and what was derived from a
text or a corpus -- splits, word counts, sentence tables -- remembered by content.)

Every count of words in the toolkit uses the rule in ``words.py``: ``is_alpha`` in :func:`tokens`,
:func:`count_words`, ``theme_frequency``'s ``per_1k_words``. Helpers other modules may call on a
plain string: :func:`split_sentences` (character spans), :func:`words` and :func:`count_words`.

This package is ``toolkit.tokenizing``, not ``toolkit.tokens``: ``toolkit.tokens`` is the verb, and
a subpackage of that name would replace it on import. For the same reason the names below are the
functions, not the files: ``toolkit.tokenizing.tokens`` is the verb; to reach a file's module
(e.g. to patch a constant) use ``importlib.import_module("toolkit.tokenizing.words")``.

>>> from toolkit.tokenizing import sentences
>>> sentences(["Rates rose 1/4 percent in the U.S. on Jan. 5. Mr. Smith agreed."])[["sent_id", "sentence"]]
   sent_id                                       sentence
0        0  Rates rose 1/4 percent in the U.S. on Jan. 5.
1        1                              Mr. Smith agreed.
"""
from __future__ import annotations

# Each `from .x import x` loads the file first and then binds the name, so the package attribute
# ends up as the function (a file loaded later would not rebind it: it is already in sys.modules).
from toolkit.tokenizing.stopwords import load_stopwords
from toolkit.tokenizing.words import count_words, words
from toolkit.tokenizing.sentences import sentences, split_sentences
from toolkit.tokenizing.tokens import tokens
from toolkit.tokenizing.metadata import with_metadata
from toolkit.tokenizing.ngrams import ngrams

__all__ = [
    "split_sentences",
    "sentences",
    "tokens",
    "with_metadata",
    "ngrams",
    "load_stopwords",
    "count_words",
    "words",
]
