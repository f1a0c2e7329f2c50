"""Load a file or a folder of economic releases into one tidy table, one row per article.

``load_corpus(path)`` reads every article under ``path`` (recursively), works out its format, date,
source and title, removes press-release boilerplate from the body and normalises whitespace, so that
a hard-wrapped and an unwrapped copy of one release give the same ``text``.

Formats, detected per file (one reader per format in :mod:`toolkit.corpus.readers`):

* ``seed``: the trade-press format of ``data/000_bc21e2d4d2f283e7.txt``:
  ``date YYYY-MM-DD <Source> <body…>``, then an ``(Edited by …)`` line (kept as ``editor``) and a
  ``Note: The picture is for non-commercial use…`` line (dropped); see :mod:`.readers.seed`.
* ``txt``: plain text, date from the file name: ``YYYYMMDD``, ``YYYY-MM-DD``, ``DD-MM-YYYY``
  (``peoples_bank_of_china_20-01-2002.txt``), ``YYYY-MM`` (Beige Book ``1970-05-ny.txt``, which also
  gives ``district`` and ``district_name``), else a dateline such as "January 30, 2008" at the top.
* ``markdown``: YAML front matter (every field becomes a column; ``date``, ``title``, ``source`` used).
* ``csv`` / ``tsv`` / ``jsonl`` / ``json`` / ``parquet``: one row per table row; the text, date, id,
  source and title columns are found by name (``text``/``body``/``content``…) or given explicitly.

Modules: :mod:`.load` (``load_corpus``), :mod:`.files` (``iter_files``: walking, excludes, symlink
loops), :mod:`.parse` (``parse_files``: files to rows, worker processes), :mod:`.readers` (the
registry ``{extension: reader}``), :mod:`.normalize` (encodings, whitespace; :mod:`.page_breaks`,
sentences cut by page and column breaks; :mod:`.headings`, run-in section headings), :mod:`.dates`,
:mod:`.names` (what a file name says), :mod:`.dates_name` (dates in names: month names, roman months,
8-digit runs, two-digit years), :mod:`.dates_text` (dates in the head of a text), :mod:`.dates_folder`
(the date of each article from all its sources, decisions per folder, the order of trust),
:mod:`.date_table` (the ``dates=`` option), :mod:`.boilerplate` (rules and known sources),
:mod:`.options`, :mod:`.frame` and :mod:`.duplicates` (rows to the table), :mod:`.columns`,
:mod:`.paths` (doc ids, file names that are not UTF-8), :mod:`.folders` (the steps that need every file
of a folder: :mod:`.chrome`, scraped web chrome out of ``text``, :mod:`.run_together`, words run together
by PDF extraction split on the folder's evidence (counted by :mod:`.word_counts`), and :mod:`.series`,
the ``series`` column).

Design notes
------------
* Whitespace and encodings: see :mod:`toolkit.corpus.normalize`; the detected encoding is in the
  ``encoding`` column.
* Accounting: ``df.attrs["files_seen"]`` = files loaded + entries in ``df.attrs["skipped"]``. A table
  file counts once however many rows it gives; an excluded folder (``_meta/``, hidden) is one entry.
* Rows are sorted by date (undated last), then ``doc_id``; the first copy of a text is the original,
  later copies get ``is_duplicate=True`` and ``duplicate_of=<doc_id of the first>``.
* The three public steps of ``load_corpus`` can be run apart (``toolkit.cache`` and ``toolkit.dask``
  do): ``iter_files(path)`` -> ``parse_files(files, path)`` -> ``build_frame(rows)``.

>>> from toolkit.corpus import iter_files, parse_files, build_frame
>>> files = [p for p, reason in iter_files("data/") if reason is None]
>>> rows, skipped = parse_files(files, "data/")
>>> build_frame(rows).loc[0, "source"]
'China Powder News'
"""
from __future__ import annotations

from toolkit.corpus.columns import CORE_COLUMNS
from toolkit.corpus.files import iter_files
from toolkit.corpus.frame import SkippedFiles, build_frame
from toolkit.corpus.load import CorpusWarning, load_corpus
from toolkit.corpus.names import BEIGE_DISTRICTS
from toolkit.corpus.options import DEFAULT_EXCLUDE
from toolkit.corpus.parse import parse_files

__all__ = ["load_corpus", "CorpusWarning", "SkippedFiles", "DEFAULT_EXCLUDE", "CORE_COLUMNS", "iter_files",
           "parse_files", "build_frame", "BEIGE_DISTRICTS"]
