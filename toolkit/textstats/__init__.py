"""Text statistics on a token table: which words a corpus, a release or a period uses most or most
distinctively, and which words go together.

One file per statistic (each verb takes a token table from :func:`toolkit.tokens`, or a corpus it
tokenizes first, and returns a DataFrame):

========================  ============================================================