"""Scraped web chrome out of ``text``: menus, breadcrumbs, skip links, script and cookie notices,
footers, page marks, print and share links; and the Markdown remnants of converted pages.

Runs on the rows of a whole load (after every file is parsed, before the table is built), because a
repeated line is only seen across the files of a folder. A paragraph leaves ``text`` when

1. it matches, in full, a notice of the bundled list ``toolkit/data/web_chrome.txt`` (skip links,
   "JavaScript is disabled", cookie banners, "Print this page", "© 2024 …"), in any file; or
2. it repeats in several files of its folder (at least 3 and a fifth of them), is not a sentence, and
   has the shape of chrome: a menu or breadcrumb (three or more short items between ``|``, ``»``,
   ``›``, ``>``, ``/``, ``•`` or ``·``) or a page mark ("3", "2/4", "Page 3 of 5", "- 3 -").

Repeated *sentences* stay (FOMC statements repeat policy sentences on purpose), and so do repeated
headings ("Monetary Policy Decision"): they are content, not chrome. Every row gets
``chrome_removed``, the number of paragraphs taken out. The folder of a file is its parent folder,
with year folders ("2019", "2019-05") counted as part of the folder above, so a bank's releases
filed by year are one folder.

Markdown remnants are normalised in every paragraph: a rule of dashes, equals signs, stars or
underscores and an empty heading ("##") go; a table loses its pipes and ``|---|`` separator rows
(cells become text separated by spaces, placeholder headers such as "Col2" go).

>>> rows = [{"path": f"bank/{y}.md", "text": "Home | Policy | Statements\\n\\nRates were held.\\n\\n-----"}
...         for y in (2019, 2020, 2021)]
>>> [r["text"] for r in remove_chrome(rows)] == ["Rates were held."] * 3
True
>>> rows[0]["chrome_removed"]
1
"""
from __future__ import annotations

import math
import os
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from toolkit.corpus.paths import folder_above

__all__ = ["load_chrome_notices", "normalise_remnants", "is_sentence", "chrome_shaped", "chrome_folder",
           "chrome_counts", "merge_counts", "chrome_patterns", "find_chrome", "remove_chrome"]

_RULE = re.compile(r"[-=_*~\u2013\u2014\u2500 ]{3,}")
_EMPTY_HEADING = re.compile(r"#{1,6}")
_TABLE_SEP = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?")
_PLACEHOLDER = re.compile(r"(?<=\|)\s*Col\d+\s*(?=\|)")
_PAGE_MARK = re.compile(r"(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]", re.IGNORECASE)
_NAV_SEP = re.compile(r"\s*(?:\||»|›|\s>\s|\s/\s|•|·)\s*")
_END = re.compile(r"[.!?:;)\"'”’]$")
_YEARISH = re.compile(r"(?:19|20)\d{2}(?:[-_]\d{1,2})?")


@lru_cache(maxsize=8)
def load_chrome_notices(extra: tuple[str, ...] = ()) -> re.Pattern:
    """The bundled notices (``toolkit/data/web_chrome.txt``) plus ``extra`` regexes, as one pattern
    matched in full, ignoring case.

    >>> bool(load_chrome_notices().fullmatch("Skip to main content"))
    True
    >>> bool(load_chrome_notices().fullmatch("The Committee decided to keep rates unchanged."))
    False
    """
    text = resources.files("toolkit").joinpath("data", "web_chrome.txt").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    lines += list(extra)
    for ln in extra:
        try:
            re.compile(ln)
        except re.error as exc:
            raise ValueError(f"chrome pattern {ln!r} is not a valid regular expression ({exc}); give a list of "
                             "regexes, each matching a whole paragraph") from None
    return re.compile("|".join(f"(?:{ln})" for ln in lines), re.IGNORECASE)


def normalise_remnants(p: str) -> str:
    """A paragraph without Markdown remnants: "" for a rule or an empty heading; a table without pipes.

    >>> normalise_remnants("-----"), normalise_remnants("##")
    ('', '')
    >>> normalise_remnants("|Col1|Rate| |---|---| |2019|3.00|")
    'Rate 2019 3.00'
    """
    if _RULE.fullmatch(p) or _EMPTY_HEADING.fullmatch(p):
        return ""
    if "|" in p and p.count("|") >= 2:
        p = _TABLE_SEP.sub(" ", p)
        p = _PLACEHOLDER.sub("", p)
        if p.lstrip().startswith("|") or p.rstrip().endswith("|"):
            p = " ".join(p.replace("|", " ").split())
    return p


def is_sentence(p: str) -> bool:
    """True for running text: 4+ words ending like a sentence, or 15+ words.

    >>> is_sentence("Rates were held at 3 percent."), is_sentence("Monetary Policy Decision")
    (True, False)
    """
    # paragraphs are whitespace-normalised: one space between words; 14 spaces in the head settle it
    n_words = (p.count(" ", 0, 400) if len(p) > 400 else p.count(" ")) + 1
    return n_words >= 15 or (n_words >= 4 and bool(_END.search(p)))


def chrome_shaped(p: str) -> bool:
    """A menu or breadcrumb (3+ short items between separators) or a page mark.

    >>> chrome_shaped("Home > Monetary Policy > Statements"), chrome_shaped("2/4")
    (True, True)
    >>> chrome_shaped("Inflation and the labour market")
    False
    """
    if _PAGE_MARK.fullmatch(p):
        return True
    items = [i for i in _NAV_SEP.split(p) if i]
    return len(items) >= 3 and all(len(i.split()) <= 4 for i in items)


def chrome_folder(path: str) -> str:
    """The folder whose files are compared: the parent folder, year folders merged into the one above.

    >>> chrome_folder("banks/israel/2019/july.md"), chrome_folder("fomc/20080130.txt")
    ('banks/israel', 'fomc')
    """
    return folder_above(path, _YEARISH)


def _paragraphs(row: dict) -> list[str]:
    text = row.get("text")
    return text.split("\n\n") if isinstance(text, str) and text else []


def chrome_counts(rows: list[dict]) -> tuple[dict[str, Counter], Counter]:
    """(folder -> Counter of its non-sentence paragraphs by number of files, folder -> number of files):
    what :func:`find_chrome` counts, for one block of files (blocks add up with :func:`merge_counts`)."""
    counts: dict[str, Counter] = {}
    n_files: Counter = Counter()
    for row in rows:
        folder = chrome_folder(os.fspath(row.get("path", "")))
        n_files[folder] += 1
        paras = {normalise_remnants(p) for p in _paragraphs(row)}
        counts.setdefault(folder, Counter()).update(p for p in paras if p and not is_sentence(p) and chrome_shaped(p))
    return counts, n_files


def merge_counts(parts) -> dict[str, set[str]]:
    """The repeated chrome of each folder from the :func:`chrome_counts` of blocks of a corpus."""
    counts: dict[str, Counter] = {}
    n_files: Counter = Counter()
    for part_counts, part_files in parts:
        n_files.update(part_files)
        for folder, counter in part_counts.items():
            counts.setdefault(folder, Counter()).update(counter)
    found: dict[str, set[str]] = {}
    for folder, counter in counts.items():
        least = max(3, math.ceil(0.2 * n_files[folder]))
        found[folder] = {p for p, n in counter.items() if n >= least}
    return found


def find_chrome(rows: list[dict]) -> dict[str, set[str]]:
    """folder -> the repeated chrome-shaped paragraphs of its files (rule 2 of the module notes).

    >>> rows = [{"path": f"f/{i}.txt", "text": f"Page {i} of 9\\n\\nHome | About | Contact"} for i in range(4)]
    >>> sorted(find_chrome(rows)["f"])
    ['Home | About | Contact']
    """
    return merge_counts([chrome_counts(rows)])


def chrome_patterns(chrome) -> tuple[str, ...]:
    """The extra notice regexes of a ``chrome=`` option: a list of regexes, one regex, or a path to a file
    of one regex a line (``#`` comments); True gives none.

    >>> chrome_patterns(["Follow us.*"]), chrome_patterns(True)
    (('Follow us.*',), ())
    """
    if chrome is True or chrome is None:
        return ()
    if isinstance(chrome, (str, os.PathLike)) and os.path.isfile(chrome):
        with open(chrome, encoding="utf-8") as fh:
            return tuple(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))
    if isinstance(chrome, str):
        return (chrome,)
    try:
        return tuple(str(p) for p in chrome)
    except TypeError:
        raise TypeError(f"chrome= must be True, False, a list of regexes or a path to a file of them, not "
                        f"{type(chrome).__name__}") from None


def _strip_row(row: dict, repeated: set[str], notices: re.Pattern) -> None:
    """Remove the chrome paragraphs of one row (in place) and count them in ``chrome_removed``."""
    paras = _paragraphs(row)
    kept, removed = [], 0
    for p in paras:
        q = normalise_remnants(p)
        if not q:
            continue
        if q in repeated or notices.fullmatch(q):
            removed += 1
        else:
            kept.append(q)
    if kept != paras:
        row["text"] = "\n\n".join(kept)
        if not kept and paras:
            note = f"every paragraph was web chrome ({removed} removed); the text is empty"
            row["problems"] = "; ".join(p for p in (row.get("problems") or "", note) if p)
    row["chrome_removed"] = removed


def remove_chrome(rows: list[dict], chrome=True, found: dict[str, set[str]] | None = None) -> list[dict]:
    """Take chrome paragraphs out of each row's ``text`` (in place) and count them in ``chrome_removed``.

    ``chrome``: True (default) for the bundled notices and repeated chrome, False to keep every
    paragraph (``chrome_removed`` is then 0), or extra notice regexes (see :func:`chrome_patterns`).
    ``found``: the result of :func:`find_chrome` over the whole corpus, when ``rows`` are only part of it.
    """
    if chrome is False:
        for row in rows:
            row["chrome_removed"] = 0
        return rows
    notices = load_chrome_notices(chrome_patterns(chrome))
    found = find_chrome(rows) if found is None else found
    for row in rows:
        if isinstance(row.get("text"), str):
            _strip_row(row, found.get(chrome_folder(os.fspath(row.get("path", ""))), set()), notices)
        else:
            row["chrome_removed"] = 0
    return rows
