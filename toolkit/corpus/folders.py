"""The steps of a load that need every file of a folder, run on the rows once all files are parsed:
scraped web chrome out of ``text`` (:mod:`.chrome`), then the ``series`` of each row (:mod:`.series`).

``load_corpus`` runs :func:`finish_rows` on all its rows. A loader that parses a corpus in blocks
(``toolkit.dask``) first gathers the :func:`folder_context` of the whole corpus from the blocks
(:func:`~toolkit.corpus.chrome.chrome_counts` of each block, the list of every file) and hands it to
:func:`finish_rows` for each block, so each block gets what ``load_corpus`` gives its rows.
"""
from __future__ import annotations

from toolkit.corpus.chrome import chrome_counts, merge_counts, remove_chrome
from toolkit.corpus.series import add_series, recurring_stems

__all__ = ["FolderContext", "folder_context", "finish_rows"]

#: (folder -> repeated chrome paragraphs, folder -> recurring file-name stems)
FolderContext = tuple


def folder_context(block_counts, paths) -> FolderContext:
    """The context of a whole corpus from the ``chrome_counts`` of its blocks and the paths of its files.

    >>> rows = [{"path": f"f/{i}.txt", "text": "Home | About | Contact"} for i in range(3)]
    >>> folder_context([chrome_counts(rows)], [r["path"] for r in rows])[0]
    {'f': {'Home | About | Contact'}}
    """
    return merge_counts(block_counts), recurring_stems(paths)


def finish_rows(rows: list[dict], chrome=True, series=None, context: FolderContext | None = None) -> list[dict]:
    """Chrome out of ``text`` and ``chrome_removed``, then ``series``, on ``rows`` (in place).

    ``context``: :func:`folder_context` of the whole corpus when ``rows`` are one block of it
    (default: the rows are the whole corpus).

    >>> rows = [{"path": f"fomc/{d}.md", "source": "", "title": "FOMC statement", "text": "Skip to main content\\n\\nRates held."}
    ...         for d in (20190130, 20190320)]
    >>> [(r["text"], r["chrome_removed"], r["series"]) for r in finish_rows(rows)][0]
    ('Rates held.', 1, 'fomc: statement')
    """
    found, stems = context if context is not None else (None, None)
    return add_series(remove_chrome(rows, chrome, found), series, stems)
