"""Draw the candidate sentences for the outlook development set (toolkit/data/outlook_dev.csv).

Reads the real corpora in ../shared/corpora (never writes there) and prints candidate sentences as CSV
on stdout: ``id, source, doc, date, origin, stratum, text``. The labeller then reads every candidate and
labels it by hand following GUIDELINES.md; this script never labels anything. The larger labelled set
(outlook_labelled.csv) is drawn by ``sample_labelled.py``, which reuses this file's period tables.

Sampling (fixed seed, so the same candidates come out every time):

* sentences are cut with a plain regular expression (end punctuation followed by white space and a capital
  letter, but not after an initial such as "W." or "U.S."), white space is collapsed, and sentences shorter
  than 40 or longer than 450 characters, date lines, "For release at ...", "For media inquiries ...",
  "Implementation Note issued ...", roll-call lists ("Voting for ...", or half the words capitalised) and
  headings (no end punctuation) are dropped;
* sentences are de-duplicated on their lower-cased text across the whole corpus (FOMC statements repeat
  boilerplate from meeting to meeting; the 2006-2016 overlap of the two FOMC sets is counted once, the
  file cited is the first one in date order);
* strata = corpus x period. FOMC and Beige Book: NBER recession months versus the rest; PBoC: stress
  quarters (2008-Q4..2009-Q2 and 2020-H1) versus the rest. Recession/stress strata are over-sampled so
  that bad-news sentences are not swamped by the long expansions;
* every sentence of the user's seed article (data/000_bc21e2d4d2f283e7.txt) is added with origin=seed.

Usage (from the project root)::

    .venv/bin/python docs/labelling/sample_sentences.py > /tmp/candidates.csv
    .venv/bin/python docs/labelling/sample_sentences.py --shared ../shared --seed 20261127
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# NBER business-cycle peaks/troughs (recession months, inclusive), 1969-2020.
NBER_RECESSIONS = [
    ((1969, 12), (1970, 11)),
    ((1973, 11), (1975, 3)),
    ((1980, 1), (1980, 7)),
    ((1981, 7), (1982, 11)),
    ((1990, 7), (1991, 3)),
    ((2001, 3), (2001, 11)),
    ((2007, 12), (2009, 6)),
    ((2020, 2), (2020, 4)),
]
PBOC_STRESS = [((2008, 10), (2009, 6)), ((2020, 1), (2020, 6))]

# (source, stratum) -> number of sentences drawn
QUOTAS = {
    ("fomc", "recession"): 50,
    ("fomc", "other"): 85,
    ("pboc", "stress"): 25,
    ("pboc", "other"): 50,
    ("beige", "recession"): 30,
    ("beige", "other"): 35,
}

# no cut after an initial or "U.S." ("Richard W. Fisher", "U.S. economy")
SPLIT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[A-Z\"'(])")
DROP = re.compile(
    r"^(for release|for media inquiries|implementation note|voting (for|against)|"
    r"(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}$)",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends."""
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Cut a document into sentences with a plain end-punctuation rule."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        out.extend(normalise(s) for s in SPLIT.split(normalise(para)))
    return [s for s in out if 40 <= len(s) <= 450 and not DROP.search(s) and is_prose(s)]


def is_prose(s: str) -> bool:
    """A full sentence: ends with end punctuation and is not a list of names or a heading."""
    words = s.split()
    capitals = sum(w[:1].isupper() for w in words) / len(words)
    return bool(re.search(r"[.!?][\"'\u201d)]?$", s)) and capitals < 0.5


def in_periods(d: date, periods) -> bool:
    ym = (d.year, d.month)
    return any(lo <= ym <= hi for lo, hi in periods)


def strip_front_matter(text: str) -> str:
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            return text[end + 4 :]
    return text


def fomc_docs(corpora: Path):
    """Yield (doc relative path, date, text) for both FOMC sets, in date order."""
    docs = []
    for p in sorted((corpora / "fomc-statements/1994-2016/statements").glob("*.txt")):
        d = date(int(p.stem[:4]), int(p.stem[4:6]), int(p.stem[6:8]))
        docs.append((p, d, p.read_text(encoding="utf-8")))
    for p in sorted((corpora / "fomc-statements/2006-2025/data/statements").glob("*.md")):
        y, m, dd = (int(x) for x in p.name[:10].split("-"))
        docs.append((p, date(y, m, dd), strip_front_matter(p.read_text(encoding="utf-8"))))
    docs.sort(key=lambda t: (t[1], str(t[0])))
    for p, d, text in docs:
        yield p.relative_to(corpora).as_posix(), d, text


def pboc_docs(corpora: Path):
    for p in sorted((corpora / "pboc-mpc").glob("*/peoples_bank_of_china_*.txt")):
        dd, mm, yyyy = (int(x) for x in p.stem.rsplit("_", 1)[1].split("-"))
        yield p.relative_to(corpora).as_posix(), date(yyyy, mm, dd), p.read_text(encoding="utf-8")


def beige_docs(corpora: Path):
    root = corpora / "beige-book"
    release = {}
    with open(root / "_meta/dates.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            release[(int(row["year"]), int(row["month"]))] = date(
                int(row["year"]), int(row["month"]), int(row["day"])
            )
    for p in sorted(root.glob("[12][0-9][0-9][0-9]/[01][0-9]/*.txt")):
        y, m = int(p.parent.parent.name), int(p.parent.name)
        d = release.get((y, m), date(y, m, 1))
        yield p.relative_to(corpora).as_posix(), d, p.read_text(encoding="utf-8", errors="replace")


def stratum(source: str, d: date) -> str:
    if source == "pboc":
        return "stress" if in_periods(d, PBOC_STRESS) else "other"
    return "recession" if in_periods(d, NBER_RECESSIONS) else "other"


def candidates(corpora: Path, seed: int) -> list[dict]:
    rng = random.Random(seed)
    pools: dict[tuple[str, str], list[dict]] = {k: [] for k in QUOTAS}
    seen: set[str] = set()
    for source, docs in (
        ("fomc", fomc_docs(corpora)),
        ("pboc", pboc_docs(corpora)),
        ("beige", beige_docs(corpora)),
    ):
        for doc, d, text in docs:
            for s in split_sentences(text):
                key = s.lower()
                if key in seen:
                    continue
                seen.add(key)
                pools[(source, stratum(source, d))].append(
                    {"source": source, "doc": doc, "date": d.isoformat(), "origin": "corpus",
                     "stratum": stratum(source, d), "text": s}
                )
    rows = []
    for key, n in QUOTAS.items():
        pool = pools[key]
        rows.extend(rng.sample(pool, min(n, len(pool))))
    return rows


def seed_rows(seed_file: Path) -> list[dict]:
    text = seed_file.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) China Powder News ", text)
    body = text[m.end():] if m else text
    body = body.split("(Edited by")[0]
    return [
        {"source": "trade", "doc": "seed", "date": m.group(1) if m else "", "origin": "seed",
         "stratum": "seed", "text": s}
        for s in split_sentences(body)
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the ../shared folder")
    ap.add_argument("--seed", type=int, default=20261127, help="random seed (default 20261127)")
    args = ap.parse_args(argv)
    corpora = args.shared / "corpora"
    if not corpora.is_dir():
        sys.exit(f"no corpora at {corpora}: pass --shared pointing at the folder that holds corpora/")
    rows = candidates(corpora, args.seed) + seed_rows(ROOT / "data" / "000_bc21e2d4d2f283e7.txt")
    out = csv.DictWriter(sys.stdout, fieldnames=["id", "source", "doc", "date", "origin", "stratum", "text"])
    out.writeheader()
    for i, row in enumerate(rows, 1):
        out.writerow({"id": f"c{i:03d}", **row})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
