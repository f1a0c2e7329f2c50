"""Text statistics on a token table: which words a corpus, a release or a period uses most or most
distinctively, and which words go together.

One file per statistic (each verb takes a token table from :func:`toolkit.tokens`, or a corpus it
tokenizes first, and returns a DataFrame):

========================  ===================================================================
``top_terms.py``          ``top_terms``: most frequent content words, overall or per group
``collocations.py``       ``collocations``: NLTK bigram/trigram collocations, stopword-aware,
                          within sentences
``tfidf.py``              ``tfidf_terms``: the words most distinctive of each release or period
``keyness.py``            ``keyness`` and ``g2_statistic``: words over-used in one set of releases
                          against another (log-likelihood G², p-value, log ratio; Dunning 1993)
========================  ===================================================================

(``_tokens.py`` is private: the token-table argument, ``by``/``freq`` grouping, and what a content
word is -- a word token, ``is_alpha`` by the one word rule of :mod:`toolkit.tokenizing.words`, that
is not a stopword.)

>>> from toolkit.textstats import top_terms
>>> top_terms(["Exports rose. Exports fell."], n=1)[["term", "count"]].values.tolist()
[['exports', 2]]
"""
from __future__ import annotations

from toolkit.textstats.collocations import collocations
from toolkit.textstats.keyness import g2_statistic, keyness
from toolkit.textstats.tfidf import tfidf_terms
from toolkit.textstats.top_terms import top_terms

__all__ = ["top_terms", "collocations", "tfidf_terms", "keyness", "g2_statistic"]
