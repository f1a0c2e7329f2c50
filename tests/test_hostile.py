"""Hostile corpora: the messy folders researchers really have, made by the tests.

Each case writes a few files (binary files named .txt, empty files, GBK names and contents, a BOM,
cp1252 quotes, CRLF, no header, an impossible date, duplicates, nested folders, a symlink loop, a very
large file, malformed tables and front matter, HTML and ``<script>`` in the text). For every case each
stage either works or raises a ``ValueError`` that says why, and every file seen is either a row or a
skipped entry with a reason. docs/HARDENING.md lists the cases and what happens to each.
"""
from __future__ import annotations

import html.parser
import json
import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.report import NOTEBOOKS

BIG_MB = 20  # "tens of MB": big enough to find quadratic steps, small enough to keep the suite quick

ZH = ("中国人民银行货币政策委员会召开2023年第一季度例会。会议认为，今年以来宏观政策靠前协同发力，"
      "经济增长好于预期。国内需求不足，外部环境复杂严峻。")
FOMC = ("Recent indicators suggest that economic activity expanded at a solid pace. Job gains have moderated "
        "but remain strong, and the unemployment rate has remained low. Inflation remains elevated.")
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def big_text(megabytes: float) -> str:
    """About ``megabytes`` MB of release-like paragraphs (numbered, so sentences differ), made in well under a second."""
    para = ("Recent indicators suggest that economic activity expanded at a solid pace in quarter {i}. "
            "Job gains have moderated in district {i} but remain strong, and unemployment has remained low. "
            "Inflation remains elevated in region {i}; the Committee is highly attentive to inflation risks.\n\n")
    return "".join(para.format(i=i) for i in range(int(megabytes * 1e6 / len(para.format(i=100000)))))


# --------------------------------------------------------------------------- the cases
# Each writer fills ``folder`` and returns the number of entries ``load_corpus`` must account for.
def binary_txt(folder: Path) -> int:
    (folder / "chart.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "noise.txt").write_bytes(bytes((i * 7919) % 255 + 1 for i in range(4000)))  # no NUL byte at all
    return 2


def empty_files(folder: Path) -> int:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\r\n")
    (folder / "bom_only.txt").write_bytes(b"\xef\xbb\xbf")
    return 3


def gbk_chinese(folder: Path) -> int:
    (folder / "中国人民银行_2023-03-15.txt").write_bytes(ZH.encode("gb18030"))  # UTF-8 name, GB18030 text
    with open(os.fsencode(folder) + "/货币政策_2023-06-20.txt".encode("gbk"), "wb") as fh:  # GBK name and text
        fh.write(ZH.encode("gbk"))
    return 2


def utf8_bom(folder: Path) -> int:
    (folder / "2023-01-05.txt").write_bytes(("\ufeff" + FOMC).encode("utf-8"))
    return 1


def cp1252_quotes(folder: Path) -> int:
    text = "The Committee\u2019s \u201cmoderate\u201d view \u2014 growth slowed and caf\u00e9 sales fell."
    (folder / "2023-01-06.txt").write_bytes(text.encode("cp1252"))
    return 1


def crlf(folder: Path) -> int:
    (folder / "2023-01-07.txt").write_bytes(b"Growth slowed.\r\nPrices rose.\r\n\r\nRates held.\r\n")
    (folder / "2023-01-08.txt").write_bytes(b"Old Mac line ends.\rGrowth slowed.\r\rRates held.\r")
    return 2


def no_header(folder: Path) -> int:
    (folder / "notes.txt").write_text("Growth slowed and hiring weakened. Rates held.\n", encoding="utf-8")
    return 1


def impossible_date(folder: Path) -> int:
    (folder / "2023-02-30.txt").write_text("Growth slowed on a day that does not exist.\n", encoding="utf-8")
    (folder / "seed.txt").write_text("date 2023-02-30 China Powder News On February 30, output fell sharply.\n"
                                     "(Edited by Li Wei)\n", encoding="utf-8")
    (folder / "front.md").write_text("---\ndate: 2023-02-30\ntitle: Impossible\n---\n\nOutput fell.\n",
                                     encoding="utf-8")
    return 3


def duplicates(folder: Path) -> int:
    (folder / "2023-03-22.txt").write_text(FOMC, encoding="utf-8")
    (folder / "2023-03-22 (1).txt").write_text(FOMC, encoding="utf-8")  # the same page saved twice
    (folder / "copy.md").write_text(f"---\ndate: 2023-03-22\n---\n\n{FOMC}\n", encoding="utf-8")
    return 3


def nested_folders(folder: Path) -> int:
    deep = folder / "2023" / "q1" / "march" / "fomc"
    deep.mkdir(parents=True)
    (deep / "2023-03-22.txt").write_text(FOMC, encoding="utf-8")
    (folder / "2023" / "2023-01-31.txt").write_text("Growth slowed. Rates held.", encoding="utf-8")
    return 2


def symlink_loop(folder: Path) -> int:
    (folder / "sub").mkdir()
    (folder / "sub" / "2023-05-03.txt").write_text(FOMC, encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")  # sub/up/sub/up/... forever
    os.symlink("nowhere.txt", folder / "dangling.txt")
    return 3


def very_large(folder: Path) -> int:
    (folder / "2023-06-14.txt").write_text(big_text(BIG_MB), encoding="utf-8")
    (folder / "2023-07-26.txt").write_text(FOMC, encoding="utf-8")
    return 2


def malformed_tables(folder: Path) -> int:
    (folder / "quote.csv").write_text('id,text,date\n1,"unclosed quote,2023-01-01\n2,ok,2023-01-02\n')
    (folder / "ragged.csv").write_text("id,text,date\n1,Growth slowed.,2023-01-01,extra,cells\n2\n")
    (folder / "notext.csv").write_text("a,b\n1,2\n")
    (folder / "broken.jsonl").write_text('{"text": "Growth slowed.", "date": "2023-01-01"}\n{"text": oops\n')
    (folder / "scalar.jsonl").write_text("1\n2\n")
    return 5


def malformed_front_matter(folder: Path) -> int:
    (folder / "bad_yaml.md").write_text("---\ntitle: [unclosed\ndate: 2023-04-01\n---\n\nGrowth slowed.\n")
    (folder / "list.md").write_text("---\n- a\n- b\n---\n\nRates held.\n")
    (folder / "unclosed.md").write_text("---\ntitle: never closed\n\nPrices rose.\n")
    (folder / "tabs.md").write_text("---\ntitle:\tTabbed\n\tdate: 2023-04-02\n---\n\nHiring weakened.\n")
    return 4


def html_script(folder: Path) -> int:
    (folder / "2024-03-20-xss.md").write_text(
        f"---\ntitle: Statement {PAYLOADS[0]}\nsource: Fed {PAYLOADS[1]}\nnote: {PAYLOADS[0]}\n---\n\n"
        f"Output collapsed {PAYLOADS[0]} and unemployment soared {PAYLOADS[1]} as demand fell sharply.\n\n"
        "<p>Inflation <b>remains</b> elevated.</p>\n", encoding="utf-8")
    (folder / "2024-05-01-page.txt").write_text(
        "<html><head><script>alert(1)</script></head><body><h1>Statement</h1>"
        "<p>Growth slowed.</p></body></html>\n", encoding="utf-8")
    (folder / f"2024-06-12 {PAYLOADS[1]}.txt").write_text("Output fell and unemployment rose.\n")  # in a file name
    return 3


CASES = {f.__name__: f for f in (
    binary_txt, empty_files, gbk_chinese, utf8_bom, cp1252_quotes, crlf, no_header, impossible_date, duplicates,
    nested_folders, symlink_loop, very_large, malformed_tables, malformed_front_matter, html_script)}


def load_quietly(path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return toolkit.load_corpus(path)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Each case in its own folder: name -> (folder, entries written, loaded corpus, sentence table)."""
    root = tmp_path_factory.mktemp("hostile")
    made = {}
    for name, write in CASES.items():
        folder = root / name
        folder.mkdir()
        entries = write(folder)
        docs = load_quietly(folder)
        made[name] = (folder, entries, docs, toolkit.sentences(docs))
    return made


def reasons(docs: pd.DataFrame) -> dict[str, str]:
    return {os.path.basename(p): r for p, r in docs.attrs["skipped"].itertuples(index=False)}


def row(docs: pd.DataFrame, doc_id: str) -> pd.Series:
    return docs.set_index("doc_id").loc[doc_id]


# --------------------------------------------------------------------------- every stage, every case
@pytest.mark.parametrize("case", CASES)
def test_every_file_seen_is_a_row_or_a_skip_with_a_reason(hostile, case):
    _, entries, docs, _ = hostile[case]
    skipped = docs.attrs["skipped"]
    files_with_rows = docs["path"].nunique() if len(docs) else 0
    assert docs.attrs["files_seen"] == entries
    assert files_with_rows + len(skipped) == docs.attrs["files_seen"]
    assert all(isinstance(r, str) and len(r) > 5 for r in skipped["reason"])


@pytest.mark.parametrize("case", CASES)
def test_tokenize_gives_exact_spans_and_accounts_for_every_document(hostile, case):
    _, _, docs, sents = hostile[case]
    toks = toolkit.tokens(sents)
    text = dict(zip(docs["doc_id"], docs["text"]))
    assert all(text[d][a:b] == s for d, a, b, s in zip(sents["doc_id"], sents["start"], sents["end"], sents["sentence"]))
    assert set(sents["doc_id"]) | set(sents.attrs.get("empty_docs", [])) == set(docs["doc_id"])
    assert set(toks["doc_id"].astype(str)) <= set(sents["doc_id"])


@pytest.mark.parametrize("case", CASES)
def test_document_tone_scores_every_document_within_bounds(hostile, case):
    _, _, docs, _ = hostile[case]
    tone = toolkit.document_tone(docs)
    assert sorted(tone["doc_id"]) == sorted(docs["doc_id"])
    assert tone["tone"].between(-1, 1).all()


@pytest.mark.parametrize("case", CASES)
def test_theme_frequency_has_a_row_per_document_and_theme(hostile, case):
    _, _, docs, _ = hostile[case]
    themes = toolkit.theme_frequency(docs)
    assert len(themes) == len(docs) * len(toolkit.load_themes())
    assert themes["share"].between(0, 1).all()


@pytest.mark.parametrize("case", CASES)
def test_compare_works_or_says_why(hostile, case):
    _, _, docs, _ = hostile[case]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            timeline = toolkit.timeline(docs, progress=False, n_boot=20)
        except ValueError as exc:  # fewer than two dated releases: a reason, not a crash
            assert "two releases" in str(exc)
        else:
            assert len(timeline) >= 2 and timeline["tone"].between(-1, 1).all()
    usable = docs[docs["text"].str.len() > 0].sort_values("text", key=lambda t: t.str.len())
    if len(usable):
        old, new = usable.iloc[0], usable.iloc[min(1, len(usable) - 1)]  # the two shortest
        with warnings.catch_warnings():  # the very large one: too many pairs to weigh, said in a warning
            warnings.simplefilter("ignore")
            red = toolkit.redline(old["text"], new["text"])
        assert set(red["status"]) <= {"unchanged", "edited", "moved", "added", "removed"}


# --------------------------------------------------------------------------- what happens to each case
def test_binary_files_named_txt_are_skipped_as_binary(hostile):
    _, _, docs, _ = hostile["binary_txt"]
    assert docs.empty
    assert all("binary" in r for r in reasons(docs).values())


def test_empty_and_blank_files_are_skipped_as_empty(hostile):
    _, _, docs, _ = hostile["empty_files"]
    assert reasons(docs) == dict.fromkeys(["blank.txt", "bom_only.txt", "empty.txt"], "empty file")


def test_gb18030_text_and_gbk_file_names_load_as_chinese(hostile):
    _, _, docs, _ = hostile["gbk_chinese"]
    assert docs["text"].tolist() == [ZH, ZH]
    assert set(docs["encoding"]) == {"gb18030"}
    assert "货币政策_2023-06-20" in set(docs["doc_id"])  # a GBK-encoded name, decoded
    assert [f"{d:%Y-%m-%d}" for d in docs["date"]] == ["2023-03-15", "2023-06-20"]


def test_utf8_bom_is_not_part_of_the_text(hostile):
    _, _, docs, _ = hostile["utf8_bom"]
    assert docs.loc[0, "text"] == FOMC


def test_cp1252_curly_quotes_decode_without_mojibake(hostile):
    _, _, docs, _ = hostile["cp1252_quotes"]
    text = docs.loc[0, "text"]
    assert "Committee\u2019s" in text and "\u201cmoderate\u201d" in text and "café" in text


def test_crlf_and_cr_line_ends_leave_no_carriage_return(hostile):
    _, _, docs, sents = hostile["crlf"]
    assert not docs["text"].str.contains("\r").any()
    assert row(docs, "2023-01-07")["text"] == "Growth slowed. Prices rose.\n\nRates held."
    assert len(sents) == 6


def test_file_without_header_loads_undated_with_the_problem_noted(hostile):
    _, _, docs, _ = hostile["no_header"]
    assert docs["date"].isna().all()
    assert "no date" in docs.loc[0, "problems"]


@pytest.mark.parametrize("doc_id", ["2023-02-30", "seed", "front"])
def test_impossible_date_is_missing_with_the_problem_noted_not_moved(hostile, doc_id):
    _, _, docs, _ = hostile["impossible_date"]
    article = row(docs, doc_id)
    assert pd.isna(article["date"])
    assert "2023-02-30" in article["problems"]


def test_duplicates_point_to_the_first_copy(hostile):
    _, _, docs, _ = hostile["duplicates"]
    first = docs.loc[~docs["is_duplicate"], "doc_id"].tolist()
    assert len(first) == 1
    assert set(docs.loc[docs["is_duplicate"], "duplicate_of"]) == set(first)


def test_nested_folders_are_searched_and_named_by_their_path(hostile):
    _, _, docs, _ = hostile["nested_folders"]
    assert sorted(docs["doc_id"]) == ["2023/2023-01-31", "2023/q1/march/fomc/2023-03-22"]


def test_symlink_loop_is_visited_once_and_reported(hostile):
    _, _, docs, _ = hostile["symlink_loop"]
    assert docs["doc_id"].tolist() == ["sub/2023-05-03"]
    why = reasons(docs)
    assert "loop" in why["up"] and "link" in why["dangling.txt"]


def test_very_large_file_is_loaded_whole_and_split(hostile):
    _, _, docs, sents = hostile["very_large"]
    big = row(docs, "2023-06-14")
    assert len(big["text"]) > BIG_MB * 0.9e6
    assert (sents["doc_id"] == "2023-06-14").sum() > 100_000


def test_malformed_tables_are_skipped_with_the_parser_reason(hostile):
    _, _, docs, _ = hostile["malformed_tables"]
    why = reasons(docs)
    loaded = set(docs["path"].map(os.path.basename))
    assert loaded | set(why) == {"quote.csv", "ragged.csv", "notext.csv", "broken.jsonl", "scalar.jsonl"}
    assert "no text column" in why["notext.csv"]
    assert all(r.startswith("unparseable") for r in why.values())


def test_ragged_csv_keeps_its_columns_and_notes_the_problem(hostile):
    _, _, docs, _ = hostile["malformed_tables"]
    first = row(docs, "1")
    assert first["text"] == "Growth slowed." and f"{first['date']:%Y-%m-%d}" == "2023-01-01"
    assert "ragged" in first["problems"]


def test_malformed_front_matter_keeps_the_body_and_notes_the_problem(hostile):
    _, _, docs, _ = hostile["malformed_front_matter"]
    assert "YAML" in row(docs, "bad_yaml")["problems"] and row(docs, "bad_yaml")["text"] == "Growth slowed."
    assert "YAML" in row(docs, "list")["problems"] and row(docs, "list")["text"] == "Rates held."
    assert "Prices rose." in row(docs, "unclosed")["text"]


def test_html_and_script_in_articles_are_kept_as_plain_text(hostile):
    _, _, docs, _ = hostile["html_script"]
    article = row(docs, "2024-03-20-xss")
    assert PAYLOADS[0] in article["text"] and PAYLOADS[1] in article["text"]
    assert PAYLOADS[0] in article["title"] and PAYLOADS[1] in article["source"]
    assert f"2024-06-12 {PAYLOADS[1]}" in set(docs["doc_id"])


# --------------------------------------------------------------------------- the report on the hostile folder
ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "toolkit", "report", *map(str, args), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    """``python -m toolkit report`` run once per session on every case together (the very large file at
    2 MB: the notebooks score it several times). Returns (corpus, out, returncode, stderr)."""
    import fcntl

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # one render for all workers
    corpus, out, record = shared / "hostile-all" / "corpus", shared / "hostile-all" / "reports", shared / "hostile-all.json"
    with open(shared / "hostile-all.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            for name, write in CASES.items():
                (corpus / name).mkdir(parents=True)
                if name == "very_large":
                    (corpus / name / "2023-06-14.txt").write_text(big_text(2), encoding="utf-8")
                else:
                    write(corpus / name)
            done = run_cli("--corpus", corpus, "--out", out)
            record.write_text(json.dumps({"returncode": done.returncode, "stderr": done.stderr}))
    result = json.loads(record.read_text())
    return corpus, out, result["returncode"], result["stderr"]


class _LiveContent(html.parser.HTMLParser):
    """Collects what a browser would run or load from the payloads: script bodies, img src=x, on* handlers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "img" and (values.get("src") == "x" or "onerror" in values):
            self.live.append(f"<img {attrs}>")
        self.live += [f"<{tag} {k}=...>" for k, v in attrs if k.startswith("on") and "alert" in (v or "")]
        if tag == "script":
            self._script = values.get("type") or "text/javascript"

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None and "alert(" in data:
            self.live.append(f"<script type={self._script}>{data[:80]}")


def test_report_renders_every_notebook_on_the_hostile_folder(hostile_report):
    _, out, returncode, stderr = hostile_report
    assert returncode == 0, stderr
    assert {p.name for p in out.glob("*.html")} == {"index.html", *(f"{nb}.html" for nb in NOTEBOOKS)}


def test_report_index_counts_every_skipped_file(hostile_report):
    corpus, out, returncode, _ = hostile_report
    assert returncode == 0
    skipped = len(load_quietly(corpus).attrs["skipped"])
    assert f'<th scope="row">files skipped</th><td>{skipped}</td>' in (out / "index.html").read_text()


def test_report_html_has_no_live_script_or_img_from_article_text(hostile_report):
    _, out, returncode, _ = hostile_report
    assert returncode == 0
    for page in out.glob("*.html"):
        parser = _LiveContent()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.live == [], page.name


def test_report_shows_the_payloads_as_escaped_text(hostile_report):
    _, out, returncode, _ = hostile_report
    assert returncode == 0
    pages = " ".join(p.read_text(encoding="utf-8") for p in out.glob("*.html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages


# --------------------------------------------------------------------------- interrupted runs
PREVIOUS = {"index.html": "<h1>previous set</h1>", "01_corpus_overview.html": "<p>previous report</p>"}


def previous_set(out: Path) -> Path:
    out.mkdir()
    for name, text in PREVIOUS.items():
        (out / name).write_text(text)
    return out


def _default_sigint() -> None:
    """In the render's process: Ctrl+C as a terminal sends it. A suite started in the background by a
    shell script inherits SIGINT *ignored* (POSIX shells do that for ``&`` jobs), and Python then keeps
    ignoring it, so the interrupt would never arrive."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_render(tmp_path: Path, corpus: Path, signum: int) -> tuple[Path, subprocess.Popen, str]:
    """Start a render over a previous set, send ``signum`` once its temporary folder appears."""
    out = previous_set(tmp_path / "reports")
    log = tmp_path / "stderr.log"
    with open(log, "w") as err:  # a file, not a pipe: workers left by a kill must not keep us waiting on it
        proc = subprocess.Popen([sys.executable, "-m", "toolkit", "report", "--corpus", str(corpus), "--out",
                                 str(out), "--notebooks", "01", "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=err, start_new_session=True, preexec_fn=_default_sigint)
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob(".reports.tmp-*")):
            assert proc.poll() is None, "the render ended before it could be interrupted"
            assert time.monotonic() < deadline, "no temporary folder appeared"
            time.sleep(0.05)
        staging = next(tmp_path.glob(".reports.tmp-*"))
        while not any(staging.glob("*.ipynb")) and time.monotonic() < deadline:  # papermill has started
            assert proc.poll() is None, "the render ended before it could be interrupted"
            time.sleep(0.05)
        os.kill(proc.pid, signum)
        proc.wait(timeout=180)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the workers this render started, if any are left
        except ProcessLookupError:
            pass
    stderr = log.read_text()
    log.unlink()
    return out, proc, stderr


def assert_previous_set_intact(out: Path) -> None:
    assert {p.name: p.read_text() for p in out.iterdir()} == PREVIOUS
    assert sorted(p.name for p in out.parent.iterdir() if not p.name.startswith(".")) == ["reports"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killed_render_leaves_the_previous_set_intact(tmp_path, release_corpus, signum):
    out, proc, _ = interrupt_render(tmp_path, release_corpus, signum)
    assert proc.returncode != 0
    assert_previous_set_intact(out)


def test_interrupted_render_says_so_and_tidies_up(tmp_path, release_corpus):
    out, proc, stderr = interrupt_render(tmp_path, release_corpus, signal.SIGINT)
    assert proc.returncode == 130
    assert [line for line in stderr.splitlines() if line.strip()] == [
        "toolkit report: interrupted; the previous reports are unchanged"]
    assert_previous_set_intact(out)
    assert not list(tmp_path.glob(".reports.*"))


def test_next_render_after_a_kill_replaces_the_previous_set(tmp_path, release_corpus):
    out, _, _ = interrupt_render(tmp_path, release_corpus, signal.SIGKILL)
    done = run_cli("--corpus", release_corpus, "--out", out, "--notebooks", "01")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["01_corpus_overview.html", "01_corpus_overview.ipynb",
                                                      "index.html", "manifest.json", "tables"]
    assert not list(tmp_path.glob(".reports.*"))


# --------------------------------------------------------------------------- user errors: one line, no traceback
def unreadable_folder(folder: Path) -> Path:
    """Only files no loader can read: binary, empty, a table without text, and a symlink loop."""
    folder.mkdir()
    binary_txt(folder)
    empty_files(folder)
    (folder / "notext.csv").write_text("a,b\n1,2\n")
    os.symlink(".", folder / "loop")
    return folder


@pytest.mark.parametrize("args, words", [
    (["--param", "start"], ["start", "key=value"]),
    (["--param", "=2020-01-01"], ["key=value"]),
    (["--param", "start=2023-02-30"], ["start=2023-02-30", "not a real date", "YYYY-MM-DD"]),
    (["--param", "end=yesterday"], ["end=yesterday", "not a real date"]),
], ids=["no-equals", "no-key", "impossible-date", "not-a-date"])
def test_bad_param_exits_with_one_readable_line(tmp_path, release_corpus, args, words):
    done = run_cli("--corpus", release_corpus, "--out", tmp_path / "out", *args)
    assert_one_line_error(done, words)
    assert not (tmp_path / "out").exists()


def test_folder_of_only_unreadable_files_exits_with_the_reasons(tmp_path):
    done = run_cli("--corpus", unreadable_folder(tmp_path / "bad"), "--out", tmp_path / "out")
    assert_one_line_error(done, ["no readable article", "7 files skipped"])


def test_binary_file_as_corpus_exits_with_one_readable_line(tmp_path):
    binary_txt(tmp_path)
    done = run_cli("--corpus", tmp_path / "chart.txt", "--out", tmp_path / "out")
    assert_one_line_error(done, ["no readable article", "binary"])


def test_out_that_is_a_file_is_rejected_before_rendering(tmp_path, release_corpus):
    (tmp_path / "out").write_text("not a folder")
    done = run_cli("--corpus", release_corpus, "--out", tmp_path / "out", timeout=60)
    assert_one_line_error(done, ["is a file"])
    assert (tmp_path / "out").read_text() == "not a folder"


def test_missing_chinese_named_corpus_exits_with_its_name(tmp_path):
    done = run_cli("--corpus", tmp_path / "货币政策", "--out", tmp_path / "out")
    assert_one_line_error(done, ["not found", "货币政策"])


def assert_one_line_error(done, words):
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("toolkit report: error:"), done.stderr
    for word in words:
        assert word in lines[0]
