"""The steps of a load that need every file of a folder, run on the rows once all files are parsed:
scraped web chrome out of ``text`` (:mod:`.chrome`), words run together split apart
(:mod:`.run_together`), then the ``series`` of each row (:mod:`.series`).

``load_corpus`` runs :func:`finish_rows` on all its rows. A loader that parses a corpus in blocks
(``toolkit.dask``) first gathers the :func:`folder_context` of the whole corpus from the blocks
(:func:`~toolkit.corpus.chrome.chrome_counts` of each block, the list of every file, and optionally
the :func:`~toolkit.corpus.run_together.run_together_splits` of the whole corpus, which
``toolkit.dask`` counts block by block with ``block_raw_counts``, ``wanted_pairs``, ``block_pair_counts``
and ``splits_from_counts``) and hands it to
:func:`finish_rows` for each block, so each block gets what ``load_corpus`` gives its rows. A context
without the splits (the two-element form) lets each block find its splits from its own rows.
"""
from __future__ import annotations

from toolkit.corpus.chrome import chrome_counts, merge_counts, remove_chrome
from toolkit.corpus.run_together import split_run_together
from toolkit.corpus.series import add_series, recurring_stems

__all__ = ["FolderContext", "folder_context", "finish_rows"]

#: (folder -> repeated chrome paragraphs, folder -> recurring file-name stems[, folder -> run-together splits])
FolderContext = tuple


def folder_context(block_counts, paths, splits: dict | None = None) -> FolderContext:
    """The context of a whole corpus from the ``chrome_counts`` of its blocks and the paths of its files.

    >>> rows = [{"path": f"f/{i}.txt", "text": "Home | About | Contact"} for i in range(3)]
    >>> folder_context([chrome_counts(rows)], [r["path"] for r in rows])[0]
    {'f': {'Home | About | Contact'}}
    """
    found = merge_counts(block_counts), recurring_stems(paths)
    return found if splits is None else (*found, splits)


def finish_rows(rows: list[dict], chrome=True, series=None, context: FolderContext | None = None,
                run_together=True) -> list[dict]:
    """Chrome out of ``text`` and ``chrome_removed``, run-together words split and ``words_split``,
    then ``series``, on ``rows`` (in place).

    ``context``: :func:`folder_context` of the whole corpus when ``rows`` are one block of it
    (default: the rows are the whole corpus).

    >>> rows = [{"path": f"fomc/{d}.md", "source": "", "title": "FOMC statement", "text": "Skip to main content\\n\\nRates held."}
    ...         for d in (20190130, 20190320)]
    >>> [(r["text"], r["chrome_removed"], r["words_split"], r["series"]) for r in finish_rows(rows)][0]
    ('Rates held.', 1, 0, 'fomc: statement')
    """
    found, stems, splits = (*context, None)[:3] if context is not None else (None, None, None)
    remove_chrome(rows, chrome, found)
    split_run_together(rows, run_together, splits)
    return add_series(rows, series, stems)
