"""Load a file or a folder of economic releases into one tidy table, one row per article.

``load_corpus(path)`` reads every article under ``path`` (recursively), works out its format, date,
source and title, removes press-release boilerplate from the body and normalises whitespace, so that
a hard-wrapped and an unwrapped copy of one release give the same ``text``.

Formats, detected per file:

* ``seed``: the trade-press format of ``data/000_bc21e2d4d2f283e7.txt``:
  ``date YYYY-MM-DD <Source> <body…>``, then an ``(Edited by …)`` line (kept as ``editor``) and a
  ``Note: The picture is for non-commercial use…`` line (dropped). Where the source name ends is
  decided by a list of known names (``toolkit/data/known_sources.txt`` plus ``sources=``), or else by
  a rule: the source is the run of capitalised words before the first word that starts a sentence
  ("On", "The", a month, a number, ...); such guesses are flagged in ``problems``.
* ``txt``: plain text, date from the file name: ``YYYYMMDD``, ``YYYY-MM-DD``, ``DD-MM-YYYY``
  (``peoples_bank_of_china_20-01-2002.txt``), ``YYYY-MM`` (Beige Book ``1970-05-ny.txt``, which also
  gives ``district`` and ``district_name``), else a dateline such as "January 30, 2008" at the top.
* ``markdown``: YAML front matter (every field becomes a column; ``date``, ``title``, ``source`` used).
* ``csv`` / ``tsv`` / ``jsonl`` / ``json`` / ``parquet``: one row per table row; the text, date, id,
  source and title columns are found by name (``text``/``body``/``content``…) or given explicitly.

Design notes
------------
* Whitespace: lines inside a paragraph are joined with one space, paragraphs are separated by
  ``"\\n\\n"``, runs of spaces collapse. A file without blank lines is one paragraph when its lines are
  short (hard-wrapped, ≤ 120 characters), else one paragraph per line. A word hyphenated across a line
  break ("longer-\\nterm") is joined as "longer-term"; the same for the "longer- term" artefacts of the
  2006-2025 FOMC Markdown, except before "and"/"or"/"to"/"nor" ("short- and long-term" stays).
  Non-breaking spaces and hyphens become plain ones; soft hyphens and zero-width characters go.
* Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (only tried when the bytes look
  like double-byte CJK), then cp1252 (latin-1 as the last resort). The choice is in ``encoding``.
* Accounting: ``df.attrs["files_seen"]`` = files loaded + entries in ``df.attrs["skipped"]``. A table
  file counts once however many rows it gives; an excluded folder (``_meta/``, hidden) is one entry.
* Rows are sorted by date (undated last), then ``doc_id``; the first copy of a text is the original,
  later copies get ``is_duplicate=True`` and ``duplicate_of=<doc_id of the first>``.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import io
import json
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import pandas as pd

__all__ = ["load_corpus", "CorpusWarning", "SkippedFiles", "DEFAULT_EXCLUDE", "CORE_COLUMNS"]

CORE_COLUMNS = ["doc_id", "date", "source", "title", "text", "path", "format", "is_duplicate", "duplicate_of"]
_BASE_EXTRA = ["encoding", "problems"]


class CorpusWarning(UserWarning):
    """Warning raised once per :func:`load_corpus` call that skipped files or found problems."""


# --------------------------------------------------------------------------------------------------
# exclusion rules: (glob on the entry's name, reason)
_LICENCE_NAMES = ("SOURCE.txt", "SOURCE", "LICENSE*", "LICENCE*", "COPYING*", "README*", "CHANGELOG*")
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".*",
    *_LICENCE_NAMES,
    "_meta",
    "__pycache__",
    "*.pyc",
    "Thumbs.db",
    "desktop.ini",
)

_TABLE_EXT = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
              ".parquet": "parquet", ".pq": "parquet"}
_MD_EXT = {".md", ".markdown", ".mdown"}
# Files that are certainly not articles (code, configuration, markup, documents, archives, images). Any
# other extension that decodes as text is read as plain text: real corpora have typos like "20080916.xt".
_NOT_ARTICLE_EXT = {".py", ".ipynb", ".js", ".css", ".sh", ".bat", ".ps1", ".yml", ".yaml", ".toml",
                    ".ini", ".cfg", ".xml", ".html", ".htm", ".pdf", ".doc", ".docx", ".odt", ".rtf",
                    ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar",
                    ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pickle", ".pkl"}

BEIGE_DISTRICTS = {
    "at": "Atlanta", "bo": "Boston", "ch": "Chicago", "cl": "Cleveland", "da": "Dallas",
    "kc": "Kansas City", "mi": "Minneapolis", "ny": "New York", "ph": "Philadelphia",
    "ri": "Richmond", "sf": "San Francisco", "sl": "St. Louis", "su": "National Summary",
}

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_NUM = {m: i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_NUM.update({m[:3]: i + 1 for i, m in enumerate(_MONTHS)})
_MONTH_NUM["sept"] = 9

# --------------------------------------------------------------------------------------------------
# precompiled regular expressions
_SEP = r"[-_. ]"
_FN_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_FN_Y_M_D = re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}(0?[1-9]|1[0-2]){_SEP}(0?[1-9]|[12]\d|3[01])(?!\d)")
_FN_D_M_Y = re.compile(rf"(?<!\d)(0?[1-9]|[12]\d|3[01]){_SEP}(0?[1-9]|1[0-2]){_SEP}((?:19|20)\d\d)(?!\d)")
_FN_Y_M = re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}(0[1-9]|1[0-2])(?![\d])")
_TEXT_DATE_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_TEXT_DATE_LONG = re.compile(
    r"(?:[A-Z][a-z]+day,?\s+)?(" + "|".join(m.capitalize() for m in _MONTHS) + r")\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)"
)
_SEED_HEAD = re.compile(r"\s*date\s*:?\s*((?:19|20)\d\d)([-/.])(\d\d)\2(\d\d)(?!\d)[ \t]*", re.IGNORECASE)
_BLANK = re.compile(r"\n[ \t]*\n\s*")
_WRAP_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?!(?:and|or|to|nor)\b)(?=[a-z])")
_SPACED_HYPHEN = re.compile(r"- (?!(?:and|or|to|nor)\b)(?=[a-z])")  # starts with a literal: fast scan
_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")

_TRANSLATE = {
    0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ", 0x2002: " ", 0x2003: " ", 0x3000: " ",
    0x2010: "-", 0x2011: "-", 0x00AD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None,
    0x2028: "\n", 0x2029: "\n\n",
}

# words that start a sentence (so they end a source name in the seed header), lower-cased
_STARTERS = frozenset("""
on the in at a an as after since this that these those recently today yesterday last with for from by
it its we our according amid despite during while when recent over under following due data figures
earlier more some many several according chinese china's there here new early late first
""".split()) | frozenset(_MONTHS) | frozenset(m[:3] for m in _MONTHS)
_STARTERS = _STARTERS - {"china", "new"}  # "China Daily", "New York Times"
_CONNECTORS = frozenset({"of", "and", "&", "for", "de", "on-line"})
_SEPARATOR_TOKENS = frozenset({"|", "-", "--", "–", "—", ":", "/", "•", "·"})


# --------------------------------------------------------------------------------------------------
# options
@dataclass(frozen=True)
class _Options:
    sources: tuple[str, ...] = ()
    boilerplate: tuple[tuple[str, Any], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    text_column: str | None = None
    date_column: str | None = None
    id_column: str | None = None
    source_column: str | None = None
    title_column: str | None = None
    default_source: str = ""
    encoding: str | None = None
    dayfirst: bool = True
    extra: dict = field(default_factory=dict)


def _data_path(name: str):
    return resources.files("toolkit") / "data" / name


def _read_lines(text: str) -> list[str]:
    return [ln.rstrip("\n\r") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _load_known_sources(extra: Iterable[str] | str | os.PathLike | None) -> tuple[str, ...]:
    names = _read_lines(_data_path("known_sources.txt").read_text(encoding="utf-8"))
    if extra is not None:
        if isinstance(extra, (str, os.PathLike)) and Path(extra).is_file():
            names += _read_lines(Path(extra).read_text(encoding="utf-8"))
        elif isinstance(extra, str):
            names.append(extra)
        else:
            names += [str(s) for s in extra]
    names = [n.strip() for n in names if n.strip()]
    # longest first, so "China Daily Global" wins over "China Daily"
    return tuple(sorted(dict.fromkeys(names), key=lambda s: (-len(s), s)))


def _parse_boilerplate_tsv(text: str, origin: str) -> list[tuple[str, str]]:
    rules = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise ValueError(f"{origin} line {n}: expected '<column><TAB><regex>', got {line!r}; "
                             "separate the column name and the expression with a tab")
        col, pattern = line.split("\t", 1)
        rules.append((col.strip(), pattern.strip()))
    return rules


def _load_boilerplate(extra) -> tuple[tuple[str, Any], ...]:
    rules = _parse_boilerplate_tsv(_data_path("boilerplate.tsv").read_text(encoding="utf-8"), "boilerplate.tsv")
    if extra is not None:
        if isinstance(extra, (str, os.PathLike)):
            p = Path(extra)
            if not p.is_file():
                raise FileNotFoundError(f"boilerplate file {str(p)!r} not found; pass a TSV of "
                                        "'<column><TAB><regex>' lines or a list of (column, regex) pairs")
            rules += _parse_boilerplate_tsv(p.read_text(encoding="utf-8"), str(p))
        else:
            for item in extra:
                if isinstance(item, str):
                    rules.append(("-", item))
                else:
                    col, pattern = item
                    rules.append((str(col), pattern))
    compiled = []
    for col, pattern in rules:
        try:
            rx = re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
        except re.error as exc:
            raise ValueError(f"boilerplate pattern {pattern!r} for column {col!r} is not a valid regular "
                             f"expression ({exc}); fix it or escape special characters with re.escape") from None
        compiled.append((col, rx))
    return tuple(compiled)


def _make_options(options: dict) -> _Options:
    known = {"sources", "boilerplate", "exclude", "text_column", "date_column", "id_column", "source_column",
             "title_column", "default_source", "encoding", "dayfirst", "progress", "workers"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"load_corpus() got unknown option(s) {unknown}; known options: {sorted(known)}")
    exclude = options.get("exclude")
    if exclude is None:
        exclude = DEFAULT_EXCLUDE
    elif isinstance(exclude, str):
        exclude = (exclude,)
    enc = options.get("encoding")
    if enc is not None:
        import codecs
        try:
            codecs.lookup(enc)
        except LookupError:
            raise ValueError(f"encoding={enc!r} is not a known codec; use e.g. 'utf-8', 'gb18030', 'cp1252', "
                             "or leave it out to detect it per file") from None
    return _Options(
        sources=_load_known_sources(options.get("sources")),
        boilerplate=_load_boilerplate(options.get("boilerplate")),
        exclude=tuple(exclude),
        text_column=options.get("text_column"),
        date_column=options.get("date_column"),
        id_column=options.get("id_column"),
        source_column=options.get("source_column"),
        title_column=options.get("title_column"),
        default_source=options.get("default_source") or "",
        encoding=enc,
        dayfirst=bool(options.get("dayfirst", True)),
    )


# --------------------------------------------------------------------------------------------------
# decoding and normalising
_HIGH = re.compile(rb"[\x80-\xff]")
_GB_PAIR = re.compile(rb"[\x81-\xfe][\x40-\x7e\x80-\xfe]")


def _looks_cjk(data: bytes) -> bool:
    """True when the high bytes come in pairs (double-byte CJK), not as isolated accented letters.

    Most pairs must also start with a GB2312 punctuation or common-hanzi lead byte (0xA1-0xD7), which
    tells Chinese from the rare accent pairs of European text ("Größe" is 0xF6 0xDF in cp1252).
    """
    sample = data[:8000]
    high = len(_HIGH.findall(sample))
    if high < 4:
        return False
    pairs = [m[0] for m in _GB_PAIR.findall(sample)]  # indexing bytes of a match gives the lead byte
    common = sum(1 for lead in pairs if 0xA1 <= lead <= 0xD7)
    return len(pairs) * 2 >= 0.9 * high and common >= 0.6 * len(pairs)


def _decode(data: bytes, forced: str | None) -> tuple[str, str]:
    """Return (text, encoding name). Raises UnicodeDecodeError only when a forced codec fails."""
    if forced:
        return data.decode(forced), forced
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]  # a BOM, then bytes that are not UTF-8: detect on the rest
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_cjk(data):
        try:
            text = data.decode("gb18030")
            if sum(1 for ch in text[:2000] if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                   or "\uff00" <= ch <= "\uffef") >= 2:
                return text, "gb18030"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _join_hyphen(m: re.Match) -> str:
    """'year- earlier' -> 'year-earlier' (only after a letter; ' - ' dashes stay)."""
    i = m.start()
    return "-" if i and m.string[i - 1].isalpha() else m.group(0)


def _normalise(text: str) -> list[str]:
    """Return the paragraphs of ``text`` with whitespace normalised (see the module notes)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    if "-\n" in text or "- \n" in text:
        text = _WRAP_HYPHEN.sub("-", text)
    text = text.strip()
    if "\n" not in text:
        paras = [text]
    else:
        paras = _BLANK.split(text)
        if len(paras) == 1:
            lines = text.split("\n")
            if max(len(ln) for ln in lines) > 120:  # unwrapped: one paragraph per line
                paras = lines
    out = []
    for p in paras:
        if "  " in p or "\n" in p or "\t" in p or "\x0b" in p or "\x0c" in p:
            p = " ".join(p.split())
        if p:
            if "- " in p:
                p = _SPACED_HYPHEN.sub(_join_hyphen, p)
            out.append(p)
    return out


def _link_text(m: re.Match) -> str:
    return m.group(1) or ""


def _strip_boilerplate(paras: list[str], rules, meta: dict) -> list[str]:
    keep = []
    for p in paras:
        if len(p) <= 400:
            for col, rx in rules:
                m = rx.fullmatch(p)
                if m:
                    if col != "-":
                        value = m.group(1) if rx.groups else p
                        if col in meta and meta[col]:
                            meta[col] = f"{meta[col]}; {value}"
                        else:
                            meta[col] = value
                    break
            else:
                keep.append(p)
        else:
            keep.append(p)
    return keep


# --------------------------------------------------------------------------------------------------
# dates
def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _date_from_name(stem: str, dayfirst: bool = True) -> tuple[str | None, str, re.Match | None]:
    """Return (ISO date, precision 'day'|'month'|'', match) from a file stem."""
    m = _FN_Y_M_D.search(stem)
    if m:
        iso = _valid(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            return iso, "day", m
    m = _FN_D_M_Y.search(stem)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        d, mo = (a, b) if dayfirst or b > 12 else (b, a)
        iso = _valid(y, mo, d) or _valid(y, d, mo)
        if iso:
            return iso, "day", m
    m = _FN_YMD.search(stem)
    if m:
        iso = _valid(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            return iso, "day", m
    impossible = _FN_Y_M_D.search(stem) or _FN_YMD.search(stem)
    if impossible:  # "2023-02-30": a day was meant, and it does not exist; not read as month 2023-02
        return None, "impossible", impossible
    m = _FN_Y_M.search(stem)
    if m:
        return f"{m[1]}-{m[2]}-01", "month", m
    return None, "", None


def _date_from_text(s: str) -> str | None:
    """An ISO or 'Month D, YYYY' date that makes up the whole string (a dateline)."""
    m = _TEXT_DATE_ISO.fullmatch(s)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _TEXT_DATE_LONG.fullmatch(s)
    if m:
        return _valid(int(m[3]), _MONTH_NUM[m[1].lower()], int(m[2]))
    return None


def _coerce_date(value, dayfirst: bool = True) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value).strip()
    iso = _date_from_text(s)
    if iso:
        return iso
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", s)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    try:
        ts = pd.to_datetime(s, dayfirst=dayfirst)
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(ts) else ts.date().isoformat()


# --------------------------------------------------------------------------------------------------
# seed header: where does the source name end?
def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _split_source(rest: str, known: tuple[str, ...]) -> tuple[str, str, str]:
    """Split ``"<Source> <body>"`` into (source, body, rule) where rule is 'known' or 'rule' or ''."""
    for name in known:  # case-sensitive: "The Paper" is an outlet, "The paper industry" is not
        n = len(name)
        if rest.startswith(name) and (len(rest) == n or not rest[n].isalnum()):
            body = rest[n:].lstrip(" :|-–—•·")
            return rest[:n], body, "known"
    tokens = rest.split(" ")
    src: list[str] = []
    body_start = len(tokens)
    for i, tok in enumerate(tokens):
        if tok in _SEPARATOR_TOKENS and src:
            body_start = i + 1
            break
        bare = tok.rstrip(":|")
        lw = bare.lower().strip("\"'“”‘’(")
        if i > 0 and (lw in _STARTERS or (tok[:1].isdigit() and not _ORDINAL.match(tok))):
            body_start = i
            break
        if tok.endswith(":") and bare[:1].isupper():
            src.append(bare)
            body_start = i + 1
            break
        if i > 0 and tok[-1:] in ",.;!?" :
            body_start = i
            break
        if bare[:1].isupper() or _ORDINAL.match(bare) or (src and lw in _CONNECTORS) or _is_cjk(bare[:1]):
            src.append(tok)
            continue
        # a lower-case word: the last capitalised word (before any "of"/"and") started the sentence
        body_start = i
        while src and src[-1].lower() in _CONNECTORS:
            src.pop()
            body_start -= 1
        if len(src) > 1:
            src.pop()
            body_start -= 1
        break
    while src and src[-1].lower() in _CONNECTORS:
        src.pop()
        body_start -= 1
    if not src or len(src) > 8 or (len(src) == 1 and src[0].lower() in _STARTERS):
        return "", rest, ""
    return " ".join(src), " ".join(tokens[body_start:]), "rule"


# --------------------------------------------------------------------------------------------------
# one file
def _rel_id(path: str, root: str) -> str:
    """doc_id of ``path`` below ``root``: relative POSIX path without extension (a single file: its stem)."""
    return os.path.splitext(_rel_posix(path, root))[0]


def _rel_posix(path: str, root: str) -> str:
    """``path`` relative to ``root`` with "/" separators (a single file: its name)."""
    if path == root:
        rel = os.path.basename(path)
    elif path.startswith(root) and path[len(root): len(root) + 1] in (os.sep, "/"):
        rel = path[len(root) + 1:]
    elif root.endswith(os.sep) and path.startswith(root):
        rel = path[len(root):]
    else:
        rel = os.path.relpath(path, root)
    if os.sep != "/":
        rel = rel.replace(os.sep, "/")
    return rel


@lru_cache(maxsize=1)
def _yaml_loader():
    """PyYAML's safe loader with timestamps kept as text: ``date: 2023-02-30`` would otherwise fail the
    whole front matter (title, source and all); as text it is one date problem, read by ``_coerce_date``."""
    import yaml

    class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        pass

    _Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    return _Loader


def _text_row(doc_id: str, path: str, raw: str, encoding: str, opts: _Options, fmt_hint: str) -> dict:
    meta: dict[str, Any] = {}
    problems: list[str] = []
    date = None
    source = ""
    title = ""
    fmt = fmt_hint
    body = raw
    if body.startswith("\ufeff"):
        body = body[1:]
    # Markdown front matter (also in .txt files that start with ---)
    if body.startswith("---"):
        end = re.search(r"^(?:---|\.\.\.)[ \t]*$", body[3:], re.MULTILINE)
        first_nl = body.find("\n")
        if end and first_nl != -1 and body[:first_nl].strip() == "---":
            fm_text = body[first_nl + 1: end.start() + 3]
            body = body[end.end() + 3:]
            fmt = "markdown"
            try:
                import yaml
                fm = yaml.load(fm_text, Loader=_yaml_loader()) or {}
                if not isinstance(fm, dict):
                    raise ValueError("front matter is not a mapping")
            except Exception as exc:  # noqa: BLE001 - a bad header is a reported problem, not a crash
                fm = {}
                problems.append(f"front matter is not valid YAML ({type(exc).__name__}); ignored")
            for k, v in fm.items():
                k = str(k)
                if k == "date":
                    date = _coerce_date(v, opts.dayfirst)
                    if date is None and v is not None:
                        problems.append(f"front-matter date {v!r} not understood")
                elif k == "title":
                    title = "" if v is None else str(v)
                elif k == "source":
                    source = "" if v is None else str(v)
                else:
                    if k in CORE_COLUMNS or k in _BASE_EXTRA:
                        k = f"meta_{k}"
                    if isinstance(v, (_dt.date, _dt.datetime)):
                        v = v.isoformat()
                    meta[k] = v
    paras = _normalise(body)
    if fmt == "markdown":
        cleaned = []
        for p in paras:
            h = _MD_HEADING.match(p)
            if h:
                p = h.group(1)
                if not title and not cleaned:
                    title = p
                    continue
            if "**" in p or "__" in p:
                p = _MD_EMPH.sub(r"\2", p)
            if p:
                cleaned.append(p)
        paras = cleaned
    elif paras:
        m = _SEED_HEAD.match(paras[0])
        if m:
            fmt = "seed"
            date = _valid(int(m[1]), int(m[3]), int(m[4]))
            if date is None:
                problems.append(f"header date {m[1]}-{m[3]}-{m[4]} is not a real date")
            rest = paras[0][m.end():]
            src, first, rule = _split_source(rest, opts.sources)
            if rule == "rule":
                problems.append(f"source {src!r} guessed by rule; if wrong, pass sources=[...]")
            elif not rule:
                problems.append("source name not recognised; pass sources=[...]")
            source = src
            paras = ([first] if first else []) + paras[1:]
            meta["source_rule"] = rule or "none"
    if fmt != "seed":
        stem = os.path.splitext(os.path.basename(path))[0]
        iso, precision, match = _date_from_name(stem, opts.dayfirst)
        if date is None and precision == "impossible":
            problems.append(f"file-name date {match[0]!r} is not a real date")
        if date is None and iso:
            date = iso
            if precision == "month":
                meta["date_precision"] = "month"
                code = stem[match.end():].strip("-_. ").lower()
                if code in BEIGE_DISTRICTS and not stem[: match.start()].strip("-_. "):
                    meta["district"] = code
                    meta["district_name"] = BEIGE_DISTRICTS[code]
                    source = source or "Federal Reserve Beige Book"
        if not source and match is not None and fmt == "txt":
            # "<source>_<date>.txt" (peoples_bank_of_china_20-01-2002.txt) names its source; words after
            # the date ("2021-03-17-statement") name the document, not the source, and are not used
            source = _source_from_slug(stem[: match.start()])
    # Markdown links also occur in plain-text releases (FOMC 1994-2016): keep the link text only
    paras = [(_MD_LINK.sub(_link_text, p).strip() if "](" in p else p) for p in paras]
    paras = _strip_boilerplate([p for p in paras if p], opts.boilerplate, meta)
    if date is None:
        for p in (meta.get("dateline"),) + tuple(paras[:2]):
            if p:
                iso = _date_from_text(p)
                if iso:
                    date = iso
                    if p in paras[:2]:
                        meta.setdefault("dateline", p)
                        paras.remove(p)
                    break
    text = "\n\n".join(paras)
    if date is None:
        problems.append("no date found (not in the file name, the header or a dateline)")
    if not text:
        problems.append("empty text after removing boilerplate")
    row = {
        "doc_id": doc_id, "date": date, "source": source or opts.default_source, "title": title, "text": text,
        "path": path, "format": fmt, "encoding": encoding, "problems": "; ".join(problems),
    }
    for k, v in meta.items():
        row.setdefault(k, v)
    return row


def _source_from_slug(slug: str) -> str:
    words = slug.replace("_", " ").replace("-", " ").split()
    if not words or len(words) > 8 or any(any(ch.isdigit() for ch in w) for w in words):
        return ""
    out = []
    for w in words:
        lw = w.lower()
        if lw in {"of", "and", "the", "for", "de"} and out:
            out.append(lw)
        elif lw == "peoples":
            out.append("People's")
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _find_column(columns, wanted: str | None, candidates: tuple[str, ...], what: str) -> str | None:
    if wanted is not None:
        if wanted not in columns:
            raise _SkipFile(f"unparseable table: no column {wanted!r} for {what} (columns: {list(columns)[:12]})")
        return wanted
    lower = {str(c).lower(): c for c in columns}
    for c in candidates:
        if c in lower:
            return lower[c]
    return None


class _SkipFile(Exception):
    pass


def _sniff_delimiter(text: str) -> str:
    """',' unless the header line plainly uses ';', tab or '|' (European spreadsheets use ';')."""
    header = text[: text.find("\n")] if "\n" in text else text
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def _read_table(path: str, data: bytes, kind: str, opts: _Options) -> tuple[pd.DataFrame, str]:
    if kind == "parquet":
        return pd.read_parquet(io.BytesIO(data)), "binary"
    text, enc = _decode(data, opts.encoding)
    if kind in ("csv", "tsv"):
        sep = "\t" if kind == "tsv" else _sniff_delimiter(text)
        # index_col=False: a first row with more cells than the header must not shift the columns (pandas
        # would take its leading cells as the index and read the "text" from a later cell)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = pd.read_csv(io.StringIO(text), sep=sep, dtype=object, keep_default_na=False, index_col=False)
        if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
            table.attrs["problem"] = "ragged table: rows with more cells than the header (extra cells dropped)"
        return table, enc
    if kind == "jsonl":
        return pd.read_json(io.StringIO(text), lines=True, dtype=False), enc
    obj = json.loads(text)
    if isinstance(obj, dict):
        for key in ("articles", "data", "records", "items", "rows", "documents", "docs"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
        else:
            obj = [obj]
    if not isinstance(obj, list) or not all(isinstance(r, dict) for r in obj):
        raise ValueError("expected a list of objects (one per article)")
    return pd.DataFrame.from_records(obj), enc


def _table_rows(path: str, root: str, data: bytes, kind: str, opts: _Options) -> list[dict]:
    try:
        table, enc = _read_table(path, data, kind, opts)
    except _SkipFile:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is a reported skip
        raise _SkipFile(f"unparseable table ({type(exc).__name__}: {str(exc)[:120]})") from None
    cols = list(table.columns)
    text_col = _find_column(cols, opts.text_column, ("text", "body", "content", "article", "full_text",
                                                        "fulltext", "story", "statement"), "text")
    if text_col is None:
        raise _SkipFile(f"unparseable table: no text column (looked for text/body/content/article; columns: "
                        f"{[str(c) for c in cols][:12]}); pass text_column=")
    date_col = _find_column(cols, opts.date_column, ("date", "published", "published_at", "pub_date",
                                                        "release_date", "datetime", "timestamp", "time"), "date")
    id_col = _find_column(cols, opts.id_column, ("id", "doc_id", "article_id"), "id")
    src_col = _find_column(cols, opts.source_column, ("source", "publisher", "outlet", "site", "media"), "source")
    title_col = _find_column(cols, opts.title_column, ("title", "headline", "heading"), "title")
    stem = _rel_id(path, root)
    used = {text_col, date_col, id_col, src_col, title_col}
    others = [c for c in cols if c not in used]
    records = table.to_dict("records")
    rows = []
    for i, rec in enumerate(records):
        problems = [table.attrs["problem"]] if table.attrs.get("problem") else []
        raw = rec.get(text_col)
        raw = "" if raw is None or (isinstance(raw, float) and np.isnan(raw)) else str(raw)
        meta: dict[str, Any] = {}
        paras = _strip_boilerplate(_normalise(raw), opts.boilerplate, meta)
        text = "\n\n".join(paras)
        date = None
        if date_col is not None:
            v = rec.get(date_col)
            date = _coerce_date(v, opts.dayfirst) if v is not None and v == v and v != "" else None
            if date is None and v not in (None, "") and v == v:
                problems.append(f"date {str(v)[:40]!r} not understood")
        if date is None:
            date = meta.get("dateline") and _date_from_text(meta["dateline"])
        if not date:
            date = None
            problems.append("no date found (no date column value)")
        if not text:
            problems.append("empty text")
        rid = rec.get(id_col) if id_col is not None else None
        doc_id = str(rid) if rid is not None and rid == rid and str(rid) != "" else f"{stem}/{i}"
        src = rec.get(src_col) if src_col is not None else None
        ttl = rec.get(title_col) if title_col is not None else None
        row = {
            "doc_id": doc_id, "date": date,
            "source": str(src) if src is not None and src == src and str(src) else opts.default_source,
            "title": str(ttl) if ttl is not None and ttl == ttl else "", "text": text, "path": str(path),
            "format": "jsonl" if kind == "json" else ("csv" if kind == "tsv" else kind), "encoding": enc,
            "problems": "; ".join(problems), "row": i,
        }
        for c in others:
            k = str(c)
            if k in row or k in CORE_COLUMNS:
                k = f"meta_{k}"
            row[k] = rec[c]
        for k, v in meta.items():
            row.setdefault(k, v)
        rows.append(row)
    if not rows:
        raise _SkipFile("unparseable table: no rows")
    return rows


def _load_file(path, root, options) -> tuple[list[dict], str | None]:
    """Load one file: (rows, None), or ([], reason) when it is skipped.

    A pure function of its arguments (``options`` is the internal ``_Options``; a dict of
    ``load_corpus`` options is accepted too), so it can run in a worker process.
    """
    path, root = os.fspath(path), os.fspath(root)
    opts = options if isinstance(options, _Options) else _make_options(dict(options or {}))
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return [], f"unreadable: {exc.strerror or exc}"
    if not data.strip():
        return [], "empty file"
    ext = os.path.splitext(path)[1].lower()
    kind = _TABLE_EXT.get(ext)
    if kind:
        if kind != "parquet" and b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return [], "binary file (NUL bytes), not a text table"
        try:
            return _table_rows(path, root, data, kind, opts), None
        except _SkipFile as exc:
            return [], str(exc)
    if ext in _NOT_ARTICLE_EXT:
        return [], (f"unsupported file type {ext!r}: load_corpus reads plain text and Markdown, and tables "
                    f"({', '.join(sorted(_TABLE_EXT))}); convert it to text first")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [], "binary file (NUL bytes), not text"
    try:
        raw, enc = _decode(data, opts.encoding)
    except UnicodeDecodeError as exc:
        return [], f"undecodable as {opts.encoding}: {exc.reason} at byte {exc.start}"
    if not raw.strip(" \t\r\n\ufeff"):
        return [], "empty file"
    head = raw[:8192]
    if not head.isascii() or _CONTROL.search(head):
        n_control = len(_CONTROL.findall(head))
        if n_control >= 5 and n_control > 0.01 * len(head):
            return [], f"binary file ({n_control} control characters in the first {len(head)}), not text"
    doc_id = _rel_id(path, root)
    fmt = "markdown" if ext in _MD_EXT else "txt"
    return [_text_row(doc_id, path, raw, enc, opts, fmt)], None


# --------------------------------------------------------------------------------------------------
# file names that are not UTF-8
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # not in text: C0/C1 controls but tab, newlines, form feed


def _printable(name: str) -> str:
    """``name`` without surrogate escapes, so pandas can store it and HTML can show it.

    A file name that is not UTF-8 (GBK from a Chinese Windows machine, Latin-1) comes from the file
    system with surrogate escapes. Each such path part is decoded as GB18030 when its high bytes look
    like double-byte Chinese, else its undecodable bytes are shown as ``\\xNN``.
    """
    if name.isascii() or not _SURROGATE.search(name):
        return name
    parts = []
    for part in name.split("/"):
        if _SURROGATE.search(part):
            raw = os.fsencode(part)
            try:
                part = raw.decode("gb18030") if _looks_cjk(raw) else raw.decode("utf-8", "backslashreplace")
            except UnicodeDecodeError:
                part = raw.decode("utf-8", "backslashreplace")
        parts.append(part)
    return "/".join(parts)


def _printable_rows(rows: list[dict]) -> list[dict]:
    """Rows of a file whose name is not UTF-8: every name-derived text made printable, the fact noted."""
    for r in rows:
        for k, v in r.items():
            if isinstance(v, str):
                r[k] = _printable(v)
        note = "file name is not UTF-8 (path shows it decoded)"
        r["problems"] = f"{r['problems']}; {note}" if r.get("problems") else note
    return rows


# --------------------------------------------------------------------------------------------------
# walking a folder
def _exclude_reason(name: str, rel: str, patterns: tuple[str, ...], is_dir: bool) -> str | None:
    """Why ``name`` (relative path ``rel``) is not read, or None. Patterns with a "/" match ``rel``."""
    for pat in patterns:
        if fnmatch.fnmatchcase(rel if "/" in pat else name, pat):
            if pat == ".*":
                return "hidden folder, not searched" if is_dir else "hidden file"
            if pat == "_meta":
                return "not an article: metadata folder (_meta), not searched"
            if pat in _LICENCE_NAMES:
                return "not an article: licence/metadata file"
            if pat in DEFAULT_EXCLUDE:
                return "not an article: system file"
            return f"excluded by pattern {pat!r}" + (", not searched" if is_dir else "")
    return None


def _walk(root: str, patterns: tuple[str, ...]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files below ``root`` (sorted, recursive, each real folder once) and the entries skipped."""
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen_dirs: set[str] = set()
    name_pats = [p for p in patterns if "/" not in p]
    path_pats = [p for p in patterns if "/" in p]
    name_rx = re.compile("|".join(fnmatch.translate(p) for p in name_pats)).match if name_pats else None
    path_rx = re.compile("|".join(fnmatch.translate(p) for p in path_pats)).match if path_pats else None

    def visit(d: str):
        real = os.path.realpath(d)
        if real in seen_dirs:
            skipped.append((d, "folder already visited (symlink loop or second link), not searched again"))
            return
        seen_dirs.add(real)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append((d, f"unreadable folder: {exc.strerror or exc}"))
            return
        subdirs = []
        for e in entries:
            try:
                is_dir = e.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            rel = _rel_posix(e.path, root) if path_rx is not None else e.name
            if (name_rx is not None and name_rx(e.name)) or (path_rx is not None and path_rx(rel)):
                skipped.append((e.path, _exclude_reason(e.name, rel, patterns, is_dir) or "excluded"))
            elif is_dir:
                subdirs.append(e.path)
            elif e.is_file():
                files.append(e.path)
            else:
                skipped.append((e.path, "not a regular file (broken link, socket or device)"))
        for s in subdirs:
            visit(s)

    visit(root)
    return files, skipped


# --------------------------------------------------------------------------------------------------
class SkippedFiles(pd.DataFrame):
    """``df.attrs["skipped"]``: a DataFrame[path, reason] of the entries ``load_corpus`` did not load.

    Unlike a plain DataFrame, ``skipped == other_frame`` gives one bool (``DataFrame.equals``), so pandas
    can compare ``attrs`` when corpora are concatenated (``pd.concat`` does that). Column comparisons
    (``skipped["reason"] == "empty file"``) work as usual.
    """

    @property
    def _constructor(self):
        return SkippedFiles

    def __eq__(self, other):  # type: ignore[override]
        if isinstance(other, pd.DataFrame):
            return self.equals(other)
        return super().__eq__(other)

    def __ne__(self, other):  # type: ignore[override]
        if isinstance(other, pd.DataFrame):
            return not self.equals(other)
        return super().__ne__(other)

    __hash__ = None  # type: ignore[assignment]


def _empty_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": pd.Series([], dtype=object), "date": pd.Series([], dtype="datetime64[ns]"),
        "source": pd.Series([], dtype=object), "title": pd.Series([], dtype=object),
        "text": pd.Series([], dtype=object), "path": pd.Series([], dtype=object),
        "format": pd.Series([], dtype=object), "is_duplicate": pd.Series([], dtype=bool),
        "duplicate_of": pd.Series([], dtype=object), "encoding": pd.Series([], dtype=object),
        "problems": pd.Series([], dtype=object),
    })


def _make_ids_unique(rows: list[dict]) -> None:
    """'a.txt' and 'a.md' (or two tables with the same ids) would share a doc_id: number the later ones."""
    seen: dict[str, int] = {}
    for r in rows:
        n = seen.get(r["doc_id"], 0)
        seen[r["doc_id"]] = n + 1
    if len(seen) == len(rows):
        return
    used = set(seen)
    count: dict[str, int] = {}
    for r in rows:
        d = r["doc_id"]
        if seen[d] == 1:
            continue
        count[d] = count.get(d, 0) + 1
        if count[d] == 1:
            continue
        k = count[d]
        while f"{d}~{k}" in used:
            k += 1
        new = f"{d}~{k}"
        used.add(new)
        r["doc_id"] = new
        note = f"doc_id {d!r} already used by another article; renamed {new!r}"
        r["problems"] = f"{r['problems']}; {note}" if r["problems"] else note


def _build_frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return _empty_frame()
    # sort: dated first by date, then doc_id
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["doc_id"], r["path"]))
    _make_ids_unique(rows)
    first_of: dict[str, str] = {}
    for r in rows:
        t = r["text"]
        if t and t in first_of:
            r["is_duplicate"] = True
            r["duplicate_of"] = first_of[t]
        else:
            if t:
                first_of[t] = r["doc_id"]
            r["is_duplicate"] = False
            r["duplicate_of"] = None
    keys: dict[str, None] = dict.fromkeys(CORE_COLUMNS + _BASE_EXTRA)
    for r in rows:
        for k in r:
            if k not in keys:
                keys[k] = None
    cols: dict[str, Any] = {}
    for k in keys:
        values = [r.get(k) for r in rows]
        if k == "date":
            cols[k] = np.array([v if v else "NaT" for v in values], dtype="datetime64[ns]")
        elif k == "is_duplicate":
            cols[k] = np.array(values, dtype=bool)
        else:
            cols[k] = values
    df = pd.DataFrame(cols)
    return df


def load_corpus(path, **options) -> pd.DataFrame:
    """Read a file or a folder of releases into a table with one row per article.

    Parameters
    ----------
    path : str or Path
        A file, or a folder searched recursively (symbolic links followed, each real folder once).
    sources : list of str or path, optional
        Extra source names for the seed format ``date YYYY-MM-DD <Source> <body>`` (added to
        ``toolkit/data/known_sources.txt``); a path to a file with one name per line also works.
    boilerplate : list of (column, regex) or path, optional
        Extra boilerplate paragraphs to remove (column ``"-"`` drops them, any other name keeps the
        first group as metadata), added to ``toolkit/data/boilerplate.tsv``.
    exclude : list of glob patterns, optional
        File/folder names not read (each is listed in ``attrs["skipped"]`` with a reason). Default
        :data:`DEFAULT_EXCLUDE`: hidden entries, SOURCE.txt, LICENSE*, README*, ``_meta`` folders…
        Passing a list replaces the default; use ``DEFAULT_EXCLUDE + ("drafts",)`` to extend it.
    text_column, date_column, id_column, source_column, title_column : str, optional
        Column names in CSV / JSON Lines / Parquet files (default: found by name, e.g. ``text``,
        ``body`` or ``content``; ``date``; ``id``).
    default_source : str, optional
        Source for articles whose source cannot be read from the file (default ``""``).
    encoding : str, optional
        Force one encoding for every file (default: detect per file; see the ``encoding`` column).
    dayfirst : bool
        Read ``NN-NN-YYYY`` in file names and ``NN/NN/YYYY`` in table date columns as day-month-year
        (default ``True``, as the PBoC uses); an impossible day-first date is read month-first.
    progress : bool or None
        Show a tqdm progress bar; ``None`` (default) shows one for more than 200 files when stderr is a
        terminal or a notebook; ``True`` always, ``False`` never.
    workers : int, optional
        Load files in that many worker processes (default 1: in this process).

    Returns
    -------
    DataFrame
        Columns ``doc_id, date, source, title, text, path, format, is_duplicate, duplicate_of,
        encoding, problems`` and then every other piece of metadata found (``editor``, front-matter
        fields, ``district``, ``release``, …). ``attrs["skipped"]`` is a DataFrame[path, reason] of the
        files not loaded, ``attrs["files_seen"]`` = files loaded + skipped entries, ``attrs["root"]`` the
        path given. One :class:`CorpusWarning` counts skipped files and rows with problems.

    Examples
    --------
    >>> from toolkit import load_corpus
    >>> df = load_corpus("data/000_bc21e2d4d2f283e7.txt")
    >>> df.loc[0, ["date", "source"]].tolist()
    [Timestamp('2023-03-25 00:00:00'), 'China Powder News']
    >>> df.loc[0, "text"][:17]
    'On March 23, 2023'
    """
    progress = options.pop("progress", None)
    workers = options.pop("workers", None)
    opts = _make_options(options)
    root = os.path.expanduser(os.fspath(path))
    if not os.path.exists(root):
        raise FileNotFoundError(f"load_corpus: {str(path)!r} does not exist (looked in {Path.cwd()}); "
                                "give a file or a folder of articles")
    skipped: list[tuple[str, str]] = []
    if os.path.isdir(root):
        root = root.rstrip("/" + os.sep) or root
        files, skipped = _walk(root, opts.exclude)
    else:
        files = [root]
    n_walk_skipped = len(skipped)
    rows: list[dict] = []
    n_files = len(files)
    show = (n_files > 200) if progress is None else bool(progress)
    forced = progress is True
    results: Iterable[tuple[list[dict], str | None]]
    if workers and int(workers) > 1 and n_files > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(int(workers)) as pool:
            chunk = max(1, n_files // (int(workers) * 8))
            results = list(_progress(pool.map(_load_file, files, [root] * n_files, [opts] * n_files,
                                              chunksize=chunk), n_files, show, forced))
    else:
        results = (_load_file(f, root, opts) for f in _progress(files, n_files, show, forced))
    for f, (file_rows, reason) in zip(files, results):
        if reason is not None:
            skipped.append((f, reason))
        else:
            rows.extend(file_rows if f.isascii() or not _SURROGATE.search(f) else _printable_rows(file_rows))
    df = _build_frame(rows)
    skipped_df = SkippedFiles({"path": [_printable(p) for p, _ in skipped], "reason": [r for _, r in skipped]})
    df.attrs["skipped"] = skipped_df
    df.attrs["files_seen"] = n_files + n_walk_skipped  # every file is either loaded or in skipped
    df.attrs["root"] = str(path)
    n_problem = int((df["problems"].astype(str) != "").sum()) if len(df) else 0
    if skipped or n_problem:
        parts = []
        if skipped:
            parts.append(f"skipped {len(skipped)} of {df.attrs['files_seen']} files/folders seen "
                         "(see df.attrs['skipped'] for each path and reason)")
        if n_problem:
            parts.append(f"{n_problem} loaded row(s) have problems (see the 'problems' column)")
        warnings.warn(f"load_corpus({str(path)!r}): " + "; ".join(parts), CorpusWarning, stacklevel=2)
    return df


def _progress(it, total: int, show: bool, forced: bool = False):
    """A tqdm bar; automatic bars stay off when stderr is not a terminal, ``progress=True`` forces one."""
    if not show:
        return it
    from tqdm.auto import tqdm
    return tqdm(it, total=total, desc="load_corpus", unit="file", disable=False if forced else None)
