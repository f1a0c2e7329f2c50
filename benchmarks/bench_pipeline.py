#!/usr/bin/env python
"""Benchmark the toolkit pipeline against the naive NLTK pipeline, on the same files, in one run.

Run from the project root (one command, after ``make test`` or ``make bench`` built ``.venv``)::

    .venv/bin/python benchmarks/bench_pipeline.py                     # full Beige Book (5,694 files)
    .venv/bin/python benchmarks/bench_pipeline.py --years 1990-2009   # the 2,080-file subset
    .venv/bin/python benchmarks/bench_pipeline.py --corpus PATH --skip-naive
    .venv/bin/python benchmarks/bench_pipeline.py --years 1990-2009 --profile   # where the time goes
    .venv/bin/python benchmarks/bench_pipeline.py --years 1990-2009 --repeat 3  # medians of 3 runs each

What is timed (wall clock, after the imports, which are reported on their own line):

* ``toolkit``: ``load_corpus`` -> ``sentences`` -> ``tokens`` -> ``document_tone`` (from the sentence
  table: no second sentence split) -> ``theme_frequency`` (given the token table when it accepts one).
  Variants: ``toolkit-pool`` (``workers=2``: files parsed by a process pool, then the same chain on
  blocks of whole documents, one per process, with ``toolkit.cache.map_documents``; only the tone and
  theme tables travel back), ``toolkit-cached``
  (a fresh process reading the parsed corpus from the ``toolkit.cache`` an earlier process filled, in a
  temporary cache folder), ``toolkit-warm`` (the second run in one process, as when a notebook re-runs
  the pipeline: lexicons, lemma cache and compiled patterns already loaded; its peak memory includes
  the first run's).
* ``readme``: the pipeline of README.md's quick tour, read from the README and run line by line as
  written (``load_corpus`` -> ``sentences`` -> ``tokens`` -> ``document_tone`` -> ``theme_frequency``,
  no option added): the toolkit picks the pool itself (``toolkit/pool.py``). ``readme-1`` and
  ``readme-2`` run the same lines with ``TOOLKIT_WORKERS=1`` (one process) and ``=2`` (the pool the
  toolkit picks on free cores), so a busy machine does not hide either figure. The report adds the
  token table's size against the text and the load average.
* ``naive``: what a user would write by hand: read each file, NLTK ``PunktSentenceTokenizer()``
  (untrained, no download), ``TreebankWordTokenizer`` words, vaderSentiment per sentence (document
  tone = mean compound) and theme counts from the Treebank words (the same theme dictionary).

Each variant runs in its own process; its peak memory is that process's maximum resident set size
(``os.wait4`` rusage, which covers the child and any pool workers it waited for; with a pool the figure
is the largest single process, the pool's sum is at most workers + 1 times that).

``--years A-B`` keeps the Beige Book years A..B: a temporary folder of symbolic links to those year
folders (the corpus itself is never copied nor written to).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "beige-book"
VARIANTS = ("readme", "readme-1", "readme-2", "toolkit", "toolkit-pool", "toolkit-cached", "toolkit-warm",
            "naive")
#: the pipeline lines of README.md's quick tour that the readme variants run verbatim, by what they assign
README_STEPS = {"load": "corpus = toolkit.load_corpus(", "sentences": "sents = toolkit.sentences(",
                "tokens": "toks = toolkit.tokens(", "document_tone": "tone = toolkit.document_tone(",
                "theme_frequency": "themes = toolkit.theme_frequency("}
_RESULT = "BENCH-RESULT "
LOAD_BEFORE = os.getloadavg()


# ------------------------------------------------------------------------------------- the corpus
def select_years(corpus: Path, years: str | None, tmp: Path) -> Path:
    """The folder to benchmark: ``corpus``, or a folder of links to its year sub-folders A..B."""
    if not years:
        return corpus
    m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", years.strip())
    if not m:
        raise SystemExit(f"--years {years!r}: expected YYYY or YYYY-YYYY, e.g. --years 1990-2009")
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    picked = [d for d in sorted(corpus.iterdir()) if d.is_dir() and d.name.isdigit()
              and first <= int(d.name) <= last]
    if not picked:
        raise SystemExit(f"--years {years}: no year folders {first}..{last} in {corpus} "
                         "(expected the Beige Book layout <YYYY>/<MM>/<YYYY>-<MM>-<district>.txt)")
    view = tmp / f"{corpus.name}-{first}-{last}"
    view.mkdir()
    for d in picked:
        (view / d.name).symlink_to(d, target_is_directory=True)
    return view


def article_files(root: Path) -> list[Path]:
    """The files the naive pipeline reads: text files, minus metadata (what load_corpus skips too)."""
    skip_dirs = {"_meta"}
    skip_names = {"SOURCE.txt", "README.txt", "README.md", "LICENSE", "LICENSE.txt"}
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        dirnames[:] = sorted(d for d in dirnames if d not in skip_dirs and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith((".txt", ".md")) and name not in skip_names and not name.startswith("."):
                out.append(Path(dirpath) / name)
    return out


# ------------------------------------------------------------------------------------- the pipelines
def _cpu() -> float:
    """CPU seconds of this process and of its finished children (pool workers), user + system."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_toolkit(root: Path, workers: int = 1, cache_dir: str | None = None) -> dict:
    """The toolkit pipeline; returns seconds per stage and what it produced."""
    t0 = time.perf_counter()
    import toolkit.tokenizing as tok
    from toolkit.corpus import load_corpus
    from toolkit.tone import document_tone
    from toolkit.themes import theme_frequency

    imports = time.perf_counter() - t0
    stages: dict[str, float] = {}
    cpu = _cpu()

    def step(name, fn, *args, **kwargs):
        t = time.perf_counter()
        out = fn(*args, **kwargs)
        stages[name] = time.perf_counter() - t
        return out

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # load_corpus counts skipped files in a warning
        if cache_dir:
            from toolkit.cache import load_corpus_cached

            corpus = step("load", load_corpus_cached, root, cache_dir=cache_dir, workers=workers,
                          progress=False)
        else:
            corpus = step("load", load_corpus, root, workers=workers, progress=False)
    if workers > 1:  # the whole chain per block of documents, one block per process; small results back
        from toolkit.cache import map_documents

        tone, themes, counts = step("sentences+tokens+tone+themes", map_documents, pipeline_block, corpus,
                                    workers=workers)
        n_sents, n_toks = int(counts["sentences"].sum()), int(counts["tokens"].sum())
    else:
        sents = step("sentences", tok.sentences, corpus)
        toks = step("tokens", tok.tokens, sents)
        tone = step("document_tone", document_tone, sents)
        themes = step("theme_frequency", _theme_frequency, corpus, verb=theme_frequency, toks=toks)
        n_sents, n_toks = len(sents), len(toks)
    return {
        "imports": imports, "stages": stages, "seconds": sum(stages.values()),
        "cpu": _cpu() - cpu,
        "documents": len(corpus), "sentences": n_sents, "tokens": n_toks,
        "mean_tone": float(tone["tone"].mean()), "theme_matches": int(themes["count"].sum()),
    }


def readme_pipeline(readme: Path = ROOT / "README.md") -> dict[str, str]:
    """The pipeline lines of the README's quick tour, verbatim (comments dropped): stage -> code."""
    text = readme.read_text(encoding="utf-8")
    start = text.find("## A quick tour")
    block = re.search(r"```python\n(.*?)```", text[start:], re.S) if start >= 0 else None
    if block is None:
        raise SystemExit(f"{readme}: no ```python block under '## A quick tour'; the readme variants run "
                         "that block's pipeline")
    lines = [ln.split("  #")[0].strip() for ln in block.group(1).splitlines()]
    steps = {}
    for stage, head in README_STEPS.items():
        found = [ln for ln in lines if ln.startswith(head)]
        if not found:
            raise SystemExit(f"{readme}: the quick tour has no line starting {head!r}; update README_STEPS "
                             "in benchmarks/bench_pipeline.py to the README's pipeline")
        steps[stage] = found[0]
    return steps


def run_readme(root: Path) -> dict:
    """The README's pipeline, line by line as the README writes it (its folder replaced by ``root``);
    the pool is whatever the toolkit decides (``$TOOLKIT_WORKERS`` set by the readme-1/-2 variants)."""
    steps = readme_pipeline()
    t0 = time.perf_counter()
    import toolkit

    toolkit.load_corpus, toolkit.sentences, toolkit.tokens  # the lazy names, imported now
    toolkit.document_tone, toolkit.theme_frequency
    imports = time.perf_counter() - t0
    scope: dict = {"toolkit": toolkit}
    stages: dict[str, float] = {}
    cpu = _cpu()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # load_corpus counts skipped files in a warning
        for stage, line in steps.items():
            code = line.replace('"data/"', repr(str(root))) if stage == "load" else line
            t = time.perf_counter()
            exec(code, scope)
            stages[stage] = time.perf_counter() - t
    return {"imports": imports, "stages": stages, "seconds": sum(stages.values()), "cpu": _cpu() - cpu,
            "documents": len(scope["corpus"]), "sentences": len(scope["sents"]), "tokens": len(scope["toks"]),
            "mean_tone": float(scope["tone"]["tone"].mean()),
            "theme_matches": int(scope["themes"]["count"].sum()),
            "text_mb": float(scope["corpus"]["text"].str.len().sum() / 1e6),
            "token_table_mb": float(scope["toks"].memory_usage(deep=True).sum() / 1e6),
            "load_average": list(os.getloadavg())}


def pipeline_block(block):
    """sentences -> tokens -> document_tone -> theme_frequency on one block of documents (in a worker)."""
    import pandas as pd

    import toolkit.tokenizing as tok
    from toolkit.tone import document_tone
    from toolkit.themes import theme_frequency

    sents = tok.sentences(block)
    toks = tok.tokens(sents)
    counts = pd.DataFrame({"sentences": [len(sents)], "tokens": [len(toks)]})
    return document_tone(sents), _theme_frequency(block, theme_frequency, toks), counts


def _theme_frequency(corpus, verb, toks):
    """theme_frequency, handing it the token table when it accepts one (no second word count)."""
    import inspect

    if "tokens" in inspect.signature(verb).parameters:
        return verb(corpus, tokens=toks)
    return verb(corpus)


def run_naive(root: Path) -> dict:
    """The naive pipeline: NLTK Punkt + Treebank + vaderSentiment per sentence, themes by word lookup."""
    t0 = time.perf_counter()
    from collections import Counter

    from nltk.tokenize import TreebankWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from toolkit.themes import load_themes

    imports = time.perf_counter() - t0
    t, cpu = time.perf_counter(), _cpu()
    themes = {name: [term.lower() for term in terms] for name, terms in load_themes().items()}
    punkt, treebank, vader = PunktSentenceTokenizer(), TreebankWordTokenizer(), SentimentIntensityAnalyzer()
    n_docs = n_sents = n_tokens = matches = 0
    tone_sum = 0.0
    for path in article_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        sents = punkt.tokenize(text)
        words = [w.lower() for s in sents for w in treebank.tokenize(s)]
        scores = [vader.polarity_scores(s)["compound"] for s in sents]
        counts = Counter(words)
        joined = " ".join(words)
        for terms in themes.values():
            for term in terms:
                matches += joined.count(term) if " " in term else counts[term]
        n_docs += 1
        n_sents += len(sents)
        n_tokens += len(words)
        tone_sum += sum(scores) / len(scores) if scores else 0.0
    seconds = time.perf_counter() - t
    return {"imports": imports, "stages": {"all": seconds}, "seconds": seconds,
            "cpu": _cpu() - cpu, "documents": n_docs,
            "sentences": n_sents, "tokens": n_tokens, "mean_tone": tone_sum / max(n_docs, 1),
            "theme_matches": matches}


def child(variant: str, root: Path, workers: int, cache_dir: str | None) -> None:
    """Entry point of one measured process: run ``variant`` once, print its result as JSON."""
    if variant == "naive":
        result = run_naive(root)
    elif variant.startswith("readme"):
        result = run_readme(root)
    elif variant == "toolkit-cached":
        result = run_toolkit(root, workers=1, cache_dir=cache_dir)
    elif variant == "toolkit-warm":  # a re-run in the same session: lexicons, lemmas, regexes are loaded
        run_toolkit(root)
        result = run_toolkit(root)
    else:
        result = run_toolkit(root, workers=workers if variant == "toolkit-pool" else 1)
    print(_RESULT + json.dumps(result), flush=True)


# ------------------------------------------------------------------------------------- measuring
def measure(variant: str, root: Path, workers: int, cache_dir: str | None) -> dict:
    """Run one variant in a fresh process; add its peak memory (MB) from ``os.wait4``."""
    cmd = [sys.executable, __file__, "--child", variant, "--corpus", str(root), "--workers", str(workers)]
    if cache_dir:
        cmd += ["--cache-dir", cache_dir]
    env = dict(os.environ)
    env.pop("TOOLKIT_WORKERS", None)
    if variant in ("readme-1", "readme-2"):  # one process, or the pool the toolkit picks on free cores
        env["TOOLKIT_WORKERS"] = variant[-1]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    line = next((ln for ln in out.splitlines() if ln.startswith(_RESULT)), None)
    if proc.returncode != 0 or line is None:
        raise SystemExit(f"{variant}: the measured process failed (exit {proc.returncode}); run it alone "
                         f"to see why: {' '.join(cmd)}")
    result = json.loads(line[len(_RESULT):])
    result["peak_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    return result


def round_order(variants: list[str], round_: int) -> list[str]:
    """The variants of one round: the toolkit ones rotated by ``round_``, naive last. On a VM the
    process that follows a long one with little memory pays for cold memory; rotating who comes first
    spreads that over the variants instead of always charging the same one.

    >>> round_order(["readme", "readme-1", "naive", "readme-2"], 1)
    ['readme-1', 'readme-2', 'readme', 'naive']
    """
    fast = [v for v in variants if v != "naive"]
    shift = round_ % max(len(fast), 1)
    return fast[shift:] + fast[:shift] + [v for v in variants if v == "naive"]


def median_run(runs: list[dict]) -> dict:
    """The run with the median wall time (the lower middle one of an even count)."""
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def report(results: dict[str, dict], n_bytes: int, n_files: int, label: str) -> str:
    mb = n_bytes / 1e6
    lines = [f"corpus: {label}: {n_files:,} files, {mb:.1f} MB",
             f"date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine()}",
             "load average before the run: {:.1f} {:.1f} {:.1f} (other processes share the cores when it "
             "is above 0)".format(*LOAD_BEFORE), "",
             "| variant | seconds | MB/s | docs/s | CPU s | peak MB | imports s | stages (s) |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for name, r in results.items():
        stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items())
        lines.append(f"| {name} | {r['seconds']:.2f} | {mb / r['seconds']:.1f} | "
                     f"{r['documents'] / r['seconds']:,.0f} | {r['cpu']:.2f} | {r['peak_mb']:.0f} | "
                     f"{r['imports']:.2f} | {stages} |")
    if "naive" in results:
        naive = results["naive"]
        lines.append("")
        for name, r in results.items():
            if name != "naive":
                lines.append(f"speed-up of {name} over naive: {naive['seconds'] / r['seconds']:.1f}x wall clock, "
                             f"{naive['cpu'] / r['cpu']:.1f}x CPU time of the measured process")
    lines.append("")
    for name, r in results.items():
        lines.append(f"{name}: {r['documents']:,} documents, {r['sentences']:,} sentences, "
                     f"{r['tokens'] or 0:,} tokens, mean tone {r['mean_tone']:.3f}, "
                     f"{r['theme_matches']:,} theme matches")
        if "token_table_mb" in r:
            lines.append(f"  token table {r['token_table_mb']:.0f} MB for {r['text_mb']:.1f} MB of text "
                         f"({r['token_table_mb'] / r['text_mb']:.1f}x); load average when it ended: "
                         + " ".join(f"{x:.1f}" for x in r["load_average"]))
    return "\n".join(lines)


def profile(root: Path, top: int) -> None:
    """Run the toolkit pipeline under cProfile in this process; print the top functions."""
    import cProfile
    import pstats

    run_toolkit(root)  # warm the imports and the lexicon caches
    prof = cProfile.Profile()
    prof.enable()
    result = run_toolkit(root)
    prof.disable()
    print("stages:", ", ".join(f"{k} {v:.2f}s" for k, v in result["stages"].items()))
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder of articles (default: ../shared/corpora/beige-book)")
    ap.add_argument("--years", help="Beige Book years to keep, e.g. 1990-2009")
    ap.add_argument("--variants", default=None,
                    help=f"comma-separated, from {', '.join(VARIANTS)} (default: all)")
    ap.add_argument("--skip-naive", action="store_true", help="do not run the (slow) naive pipeline")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per variant, round-robin; the table shows each variant's median run "
                         "(on a VM the first process after a pause pays for fresh memory: use 3 or more)")
    ap.add_argument("--workers", type=int, default=2, help="processes for toolkit-pool (default 2)")
    ap.add_argument("--profile", action="store_true", help="profile the toolkit pipeline instead")
    ap.add_argument("--top", type=int, default=25, help="rows of the profile to print")
    ap.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.corpus, args.workers, args.cache_dir)
        return
    if not args.corpus.is_dir():
        raise SystemExit(f"--corpus {args.corpus}: not a folder; give a folder of articles "
                         "(the default is ../shared/corpora/beige-book beside the project)")
    variants = args.variants.split(",") if args.variants else list(VARIANTS)
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        raise SystemExit(f"--variants: unknown {sorted(unknown)}; choose from {', '.join(VARIANTS)}")
    if args.skip_naive and "naive" in variants:
        variants.remove("naive")
    with tempfile.TemporaryDirectory(prefix="toolkit-bench-") as tmp:
        root = select_years(args.corpus.resolve(), args.years, Path(tmp))
        if args.profile:
            profile(root, args.top)
            return
        files = article_files(root)
        n_bytes = sum(len(f.read_bytes()) for f in files)  # also warms the OS file cache for everyone
        label = f"{args.corpus}" + (f" years {args.years}" if args.years else "")
        print(f"{label}: {len(files):,} files, {n_bytes / 1e6:.1f} MB; running {', '.join(variants)} "
              "(each in its own process)", flush=True)
        runs: dict[str, list[dict]] = {v: [] for v in variants}
        for round_ in range(args.repeat):
            for v in round_order(variants, round_):
                cache_dir = str(Path(tmp) / "cache") if v == "toolkit-cached" else None
                if cache_dir and round_ == 0:
                    measure(v, root, args.workers, cache_dir)  # a first process fills the cache (not reported)
                r = measure(v, root, args.workers, cache_dir)
                runs[v].append(r)
                print(f"  {v}: {r['seconds']:.2f} s, peak {r['peak_mb']:.0f} MB", flush=True)
        results = {v: median_run(rs) for v, rs in runs.items()}
        print()
        if args.repeat > 1:
            print(f"each row below is the median of {args.repeat} runs by wall time; all runs (s): "
                  + "; ".join(f"{v} " + ", ".join(f"{r['seconds']:.2f}" for r in rs) for v, rs in runs.items()))
        print(report(results, n_bytes, len(files), label))


if __name__ == "__main__":
    main()
