"""Hash what the pipeline produces, so a refactor can show that nothing changed for users.

For each corpus (the seed article, FOMC 1994-2016 and 2006-2025, PBoC, Beige Book 2000-2009) it runs
``load_corpus``, ``sentences``, ``tokens``, ``document_tone``, ``theme_frequency``, ``timeline`` and
``redline`` (the last two releases of the corpus) and prints one SHA-256 per output: the hash of the
table's column names, dtypes and every value written as CSV (floats at full precision), plus
``attrs["skipped"]`` for the load. Equal hashes before and after a change mean equal outputs.

Run it from the project folder, with ``../shared`` beside it::

    .venv/bin/python benchmarks/output_hashes.py                    # print the hashes
    .venv/bin/python benchmarks/output_hashes.py --save before.json # keep them
    .venv/bin/python benchmarks/output_hashes.py --check before.json # compare; exit 1 on a difference

Paths in the outputs (``path`` column, skipped files) are written relative to the corpus folder, so
the hashes do not depend on where the checkout lives.

The token table is hashed on its values in the shape it had before it became compact (issue 14:
``token``/``lower`` categorical instead of str, ``sent_id``/``token_id``/``start``/``end`` int32
instead of int64, no ``date``/``source`` per token): :func:`token_values` joins ``date``/``source``
back with ``toolkit.with_metadata`` and casts those columns back, so an equal hash means every token
value is unchanged. ``--raw-tokens`` hashes the table as ``tokens`` returns it instead.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


def corpora(tmp: Path) -> dict[str, Path]:
    """The corpora hashed: name -> folder. Beige Book 2000-2009 is a folder of links to those years."""
    beige = tmp / "beige-2000-2009"
    beige.mkdir()
    for year in range(2000, 2010):
        (beige / str(year)).symlink_to(CORPORA / "beige-book" / str(year), target_is_directory=True)
    return {
        "seed": ROOT / "data",
        "fomc-1994-2016": CORPORA / "fomc-statements" / "1994-2016" / "statements",
        "fomc-2006-2025": CORPORA / "fomc-statements" / "2006-2025" / "data" / "statements",
        "pboc": CORPORA / "pboc-mpc",
        "beige-2000-2009": beige,
    }


def table_hash(df: pd.DataFrame, root: Path | None = None) -> str:
    """SHA-256 of a table's columns, dtypes and values (CSV, full float precision)."""
    df = pd.DataFrame(df).copy()
    if root is not None:
        for col in ("path",):
            if col in df:
                df[col] = df[col].map(lambda p: _relative(p, root))
    h = hashlib.sha256()
    h.update(repr([(str(c), str(t)) for c, t in df.dtypes.items()]).encode())
    h.update(df.to_csv(index=False, float_format="%.17g").encode())
    return h.hexdigest()


def _relative(p, root: Path) -> str:
    for path, folder in ((Path(p), root), (Path(p).resolve(), root.resolve())):
        try:
            return str(path.relative_to(folder))
        except ValueError:
            pass
    return str(p)


def token_values(toks: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The token table in its pre-issue-14 shape: ``token``/``lower`` as str, ids and offsets int64,
    the corpus ``date``/``source`` on every token (joined by ``doc_id``)."""
    import toolkit

    out = toolkit.with_metadata(toks, corpus) if "date" not in toks.columns else toks
    cast = {c: "str" for c in ("token", "lower") if isinstance(out[c].dtype, pd.CategoricalDtype)}
    cast.update({c: "int64" for c in ("sent_id", "token_id", "start", "end") if out[c].dtype != "int64"})
    return out.astype(cast)


def hashes_for(name: str, folder: Path, raw_tokens: bool = False) -> dict[str, str]:
    import toolkit

    out: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = toolkit.load_corpus(folder, progress=False)
        out["load"] = table_hash(corpus, folder)
        skipped = pd.DataFrame(corpus.attrs.get("skipped", pd.DataFrame()))
        out["load.skipped"] = table_hash(skipped, folder)
        sents = toolkit.sentences(corpus)
        out["sentences"] = table_hash(sents)
        toks = toolkit.tokens(sents)
        out["tokens"] = table_hash(toks if raw_tokens else token_values(toks, corpus))
        out["document_tone"] = table_hash(toolkit.document_tone(sents))
        out["theme_frequency"] = table_hash(toolkit.theme_frequency(corpus))
        dated = corpus[corpus["date"].notna()]
        if dated["date"].nunique() >= 2:
            out["timeline"] = table_hash(toolkit.timeline(corpus, progress=False))
            dates = sorted(dated["date"].unique())
            old = toolkit.select(corpus, date=dates[-2])
            new = toolkit.select(corpus, date=dates[-1])
            out["redline"] = table_hash(toolkit.redline(old, new))
    print(f"{name}: {len(corpus)} documents", file=sys.stderr)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--save", type=Path, help="write the hashes to this JSON file")
    ap.add_argument("--check", type=Path, help="compare with hashes saved earlier; exit 1 on a difference")
    ap.add_argument("--raw-tokens", action="store_true",
                    help="hash the token table as tokens() returns it (default: its values, see token_values)")
    args = ap.parse_args(argv)
    if not CORPORA.is_dir():
        raise SystemExit(f"needs the real corpora in {CORPORA} (../shared beside the project)")
    with tempfile.TemporaryDirectory() as tmp:
        result = {name: hashes_for(name, folder, args.raw_tokens) for name, folder in corpora(Path(tmp)).items()}
    for name, outputs in result.items():
        for output, digest in outputs.items():
            print(f"{name:16} {output:16} {digest}")
    if args.save:
        args.save.write_text(json.dumps(result, indent=2) + "\n")
    if args.check:
        before = json.loads(args.check.read_text())
        diff = [f"{n}/{o}" for n in sorted(set(before) | set(result))
                for o in sorted(set(before.get(n, {})) | set(result.get(n, {})))
                if before.get(n, {}).get(o) != result.get(n, {}).get(o)]
        print("identical to " + str(args.check) if not diff else "DIFFERENT: " + ", ".join(diff))
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
