"""Draw the sentences of the labelled outlook set (toolkit/data/outlook_labelled.csv), unlabelled.

Reads the real corpora in ../shared with ``toolkit.load_corpus`` and ``toolkit.sentences`` (never writes
there) and writes ``id, source, kind, doc_id, date, split, text, origin`` to a CSV file. Annotators then
label every row by GUIDELINES.md; this script never labels anything and never runs a scorer.

Sampling (fixed seed, so the same sample comes out every run):

* sources: the 10 bank folders of ``corpora/central-banks`` (source = folder name), FOMC statements,
  implementation notes and longer-run goals (``fomc``), PBoC MPC statements (``pboc``), the Beige Book
  (``beige``), the seed article (``trade``, origin ``seed``) and trade-press-style sentences written for
  this set (``trade``, origin ``written``, from ``written_trade.txt``);
* ``kind`` is the kind of release, from the folder, file name and the first lines (see :func:`kind_of`);
* a sentence is kept only if it reads as prose: 40-450 characters, at least 7 words, starts with a
  capital letter or a quote (a digit start is a cut after "2." in "2.2%"), ends in end punctuation, under half of its words capitalised, no table pipes, links or e-mail,
  not mostly numbers; list markers and Markdown bold (``**``) are stripped first;
* chrome: a sentence found in 5 or more documents of one central-bank folder is dropped (web headers,
  translation warnings); elsewhere repeats are kept once (the first document in date order);
* sentences of the 325-sentence development set (``outlook_dev.csv``) are left out, so that the new test
  split holds nothing the rules were tuned on;
* quotas per source (:data:`QUOTAS`), at most :data:`PER_DOC` sentences per document so a sample covers
  many releases; FOMC, PBoC and Beige Book half from recession/stress months (over-sampled bad times);
* split by document: within each source, documents in seeded random order go to whichever split holds
  fewer sentences so far (``dev`` first), so each source is about half dev, half test and no document
  is in both.

Usage (from the project root, with PYTHONPATH set to the project)::

    python docs/labelling/sample_labelled.py --out /tmp/labels/sample.csv
    # the second draw (ids L2001.., all dev, none of the first draw's documents):
    python docs/labelling/sample_labelled.py --extend toolkit/data/outlook_labelled.csv --scale 2 \
        --seed 20261202 --first-id 2001 --out /tmp/labels2/sample.csv
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from sample_sentences import NBER_RECESSIONS, PBOC_STRESS, in_periods  # noqa: E402

BANKS = ["bank_negara_malaysia", "bank_of_israel", "bank_of_korea", "bank_of_mexico", "bank_of_thailand",
         "central_bank_of_brazil", "central_bank_of_chile", "central_bank_of_the_philippines",
         "monetary_authority_of_singapore", "national_bank_of_poland"]
QUOTAS = {**{b: 85 for b in BANKS}, "fomc": 270, "pboc": 200, "beige": 310}
PER_DOC = {"fomc": 3, "pboc": 5, "beige": 2}   # central banks: 4
MINOR_KINDS = ("press_release", "implementation_note", "longer_run_goals")
MIN_KIND = 12
COLUMNS = ["id", "source", "kind", "doc_id", "date", "split", "text", "origin"]

STRIP = re.compile(r"^(?:[-*\u2022\u25aa]\s+|\(?[a-z0-9ivx]{1,3}[.)]\s+)")
BAD = re.compile(r"\||https?:|www\.|@|\.{4,}|_{3,}|\[\d+\]|\bTel\b|\bFax\b", re.IGNORECASE)


def clean(s: str) -> str:
    """White space collapsed, Markdown bold and a leading list marker removed."""
    s = re.sub(r"\s+", " ", s.replace("**", "")).strip()
    return STRIP.sub("", s).strip()


def is_prose(s: str) -> bool:
    """A full sentence, not a heading, table row, list of names, link or fragment."""
    if not 40 <= len(s) <= 450 or BAD.search(s):
        return False
    if not re.match(r"[A-Z\"'\u201c(]", s) or not re.search(r"[.!?][\"'\u201d)]?$", s):
        return False
    words = s.split()
    if len(words) < 7 or sum(w[:1].isupper() for w in words) / len(words) >= 0.5:
        return False
    return sum(c.isdigit() for c in s) / len(s) < 0.15


def kind_of(source: str, doc_id: str, text: str) -> str:
    """The kind of release: minutes, policy_statement, press_release, implementation_note, ..."""
    name = doc_id.lower()
    if source == "fomc":
        if "implementation_note" in name:
            return "implementation_note"
        if "longer-run-goals" in name:
            return "longer_run_goals"
        return "policy_statement" if re.search(r"\d{8}$|fomc-statement", name) else "press_release"
    if source == "pboc":
        return "mpc_communique"
    if source == "beige":
        return "national_summary" if name.endswith("-su") else "district_report"
    if source == "trade":
        return "trade_press"
    if "press statement" in name or "reaffirms" in name or "changes in copom" in name:
        return "press_release"
    if source in ("bank_negara_malaysia", "monetary_authority_of_singapore"):
        return "policy_statement"
    return "minutes"   # Korea, Israel, Thailand, Brazil, Chile, Philippines, Poland, Mexico: meeting minutes


def stratum(source: str, date) -> str:
    if date is None or source not in ("fomc", "pboc", "beige") or str(date) == "NaT":
        return "other"
    periods = PBOC_STRESS if source == "pboc" else NBER_RECESSIONS
    return "bad" if in_periods(date, periods) else "other"


def corpus_sentences(folder: Path, source: str, shared: Path) -> list[dict]:
    """Every prose sentence of one corpus folder, read with toolkit.load_corpus / toolkit.sentences."""
    import toolkit

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder)
    corpus = corpus[~corpus["is_duplicate"]].reset_index(drop=True)
    meta = corpus.set_index("doc_id")
    sents = toolkit.sentences(corpus)
    rows = []
    for doc_id, sent in zip(sents["doc_id"], sents["sentence"]):
        text = clean(sent)
        if not is_prose(text):
            continue
        date = meta.at[doc_id, "date"]
        date = None if str(date) in ("NaT", "None", "") else date
        rows.append({"source": source, "doc_id": f"{folder.name}/{doc_id}",
                     "kind": kind_of(source, doc_id, meta.at[doc_id, "text"]),
                     "date": date.date().isoformat() if date is not None else "",
                     "stratum": stratum(source, date.date() if date is not None else None),
                     "text": text, "origin": Path(meta.at[doc_id, "path"]).relative_to(shared).as_posix()})
    return rows


ROOT_SHARED = ROOT.parent / "shared"


def pools(shared: Path) -> dict[str, list[dict]]:
    """Sentences per source, chrome and development-set sentences removed, repeats kept once."""
    corpora = shared / "corpora"
    folders = [(corpora / "central-banks" / b, b) for b in BANKS] + [
        (corpora / "fomc-statements", "fomc"), (corpora / "pboc-mpc", "pboc"), (corpora / "beige-book", "beige")]
    dev = {r["text"].lower() for r in csv.DictReader(open(ROOT / "toolkit/data/outlook_dev.csv"))}
    seen, out = set(dev), {}
    for folder, source in folders:
        rows = corpus_sentences(folder, source, shared)
        if source in BANKS:
            docs_per = defaultdict(set)
            for r in rows:
                docs_per[r["text"].lower()].add(r["doc_id"])
            rows = [r for r in rows if len(docs_per[r["text"].lower()]) < 5]
        kept = []
        for r in sorted(rows, key=lambda r: (r["date"] or "9999", r["doc_id"])):
            if r["text"].lower() not in seen:
                seen.add(r["text"].lower())
                kept.append(r)
        out[source] = kept
    return out, seen


def draw(pool: list[dict], n: int, cap: int, rng: random.Random) -> list[dict]:
    """n sentences of the pool in seeded random order, at most cap from one document."""
    order = pool[:]
    rng.shuffle(order)
    per_doc, out = Counter(), []
    for r in order:
        if len(out) == n:
            break
        if per_doc[r["doc_id"]] < cap:
            per_doc[r["doc_id"]] += 1
            out.append(r)
    return out


def sample(shared: Path, seed: int, *, exclude: set | None = None, scale: float = 1.0) -> list[dict]:
    """The sample rows (without id and split), quotas per source (times ``scale``), bad times over-sampled.

    ``exclude``: documents (``doc_id``) never to draw from, with the sentences of those documents
    (a second draw leaves out every document of the first, whatever its split). With ``exclude`` the
    trade-press rows (seed article, written sentences) are not added again."""
    rng = random.Random(seed)
    by_source, seen = pools(shared)
    if exclude:
        by_source = {s: [r for r in pool if r["doc_id"] not in exclude] for s, pool in by_source.items()}
    rows = []
    for source, n in QUOTAS.items():
        n = round(n * scale)
        pool, cap = by_source[source], PER_DOC.get(source, 4)
        minor = [r for r in pool if r["kind"] in MINOR_KINDS]
        if minor:   # the rare kinds of release get MIN_KIND sentences each before the quota is filled
            for kind in MINOR_KINDS:
                rows += draw([r for r in minor if r["kind"] == kind], MIN_KIND, cap, rng)
            n -= sum(r["source"] == source for r in rows)
            pool = [r for r in pool if r["kind"] not in MINOR_KINDS]
        if source in ("fomc", "pboc", "beige"):
            bad = draw([r for r in pool if r["stratum"] == "bad"], n // 2, cap, rng)
            rows += bad + draw([r for r in pool if r["stratum"] != "bad"], n - len(bad), cap, rng)
        else:
            rows += draw(pool, n, cap, rng)
    return rows if exclude else rows + trade_rows(shared, seen)


def trade_rows(shared: Path, seen: set) -> list[dict]:
    """Every sentence of the seed article and the written trade-press-style sentences."""
    rows = [dict(r, stratum="seed") for r in corpus_sentences(shared / "seeds", "trade", shared)]
    rows = [r for r in rows if r["text"].lower() not in seen]
    lines = [x.strip() for x in (HERE / "written_trade.txt").read_text(encoding="utf-8").splitlines()]
    written = [x for x in lines if x and not x.startswith("#")]
    for i, text in enumerate(written, 1):
        if text.lower() not in seen:
            rows.append({"source": "trade", "doc_id": f"written/w{i:03d}", "kind": "trade_press",
                         "date": "", "stratum": "written", "text": text, "origin": "written"})
    return rows


def assign_splits(rows: list[dict], seed: int) -> None:
    """split = dev/test by document: per source, documents in random order fill the smaller split."""
    rng = random.Random(seed + 1)
    for source in sorted({r["source"] for r in rows}):
        counts = Counter(r["doc_id"] for r in rows if r["source"] == source)
        docs = sorted(counts)
        rng.shuffle(docs)
        size, split_of = {"dev": 0, "test": 0}, {}
        for d in docs:
            split_of[d] = "dev" if size["dev"] <= size["test"] else "test"
            size[split_of[d]] += counts[d]
        for r in rows:
            if r["source"] == source:
                r["split"] = split_of[r["doc_id"]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT_SHARED, help="the ../shared folder")
    ap.add_argument("--seed", type=int, default=20261201, help="random seed (default 20261201)")
    ap.add_argument("--out", type=Path, required=True, help="CSV file to write, e.g. /tmp/labels/sample.csv")
    ap.add_argument("--extend", type=Path, help="a second draw: leave out every document of this labelled "
                    "CSV, put all new rows in the dev split, number them from --first-id")
    ap.add_argument("--scale", type=float, default=1.0, help="quotas per source times this (default 1)")
    ap.add_argument("--first-id", type=int, default=1, help="number of the first id (default 1: L0001)")
    args = ap.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        sys.exit(f"no corpora at {args.shared / 'corpora'}: pass --shared pointing at the folder that holds corpora/")
    exclude, texts = None, set()
    if args.extend:
        with open(args.extend, newline="", encoding="utf-8") as fh:
            first = list(csv.DictReader(fh))
        exclude, texts = {r["doc_id"] for r in first}, {r["text"].lower() for r in first}
    rows = [r for r in sample(args.shared, args.seed, exclude=exclude, scale=args.scale)
            if r["text"].lower() not in texts]   # a repeated sentence the first draw took from another document
    if exclude:
        for r in rows:
            r["split"] = "dev"
    else:
        assign_splits(rows, args.seed)
    random.Random(args.seed + 2).shuffle(rows)   # annotators take every third row: mix the sources
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        out = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        out.writeheader()
        for i, row in enumerate(rows, 1):
            out.writerow({"id": f"L{i + args.first_id - 1:04d}", **row})
    print(f"{len(rows)} sentences -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
