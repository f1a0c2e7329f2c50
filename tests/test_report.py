"""The report command: checks the corpus first, fails cleanly, writes its output atomically."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from conftest import write_release_corpus
from nbformat.v4 import new_code_cell, new_notebook

from toolkit.__main__ import main
from toolkit.report import corpus_hash, figure_html, load, parse_params, pick_releases, render_report, summary

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args):
    """``python -m toolkit report ... --quiet`` in a child process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "toolkit", "report", *map(str, args), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def run_main(capsys, *args):
    """The same command in this process (the entry point ``main``), for speed."""
    code = main(["report", *map(str, args), "--quiet"])
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


def write_notebook(path: Path, *sources: str) -> Path:
    """A notebook with the standard parameters cell and the given code cells."""
    params = new_code_cell("corpus = None\nstart = None\nend = None\nsource = None\n"
                           "old_release = None\nnew_release = None\ninteractive = True")
    params.metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=[params, *(new_code_cell(s) for s in sources)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def assert_one_line_error(result, *words):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("toolkit report: error:")
    for word in words:
        assert word in lines[0]


# --------------------------------------------------------------------------- CLI error paths
def test_missing_corpus_path_exits_with_one_line_error(tmp_path):
    result = run_cli("--corpus", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert_one_line_error(result, "not found", "nowhere")
    assert not (tmp_path / "out").exists()


def test_empty_corpus_folder_exits_with_one_line_error(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_main(capsys, "--corpus", tmp_path / "empty", "--out", tmp_path / "out")
    assert_one_line_error(result, "empty")


def test_folder_without_readable_article_exits_with_one_line_error(capsys, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "blank.txt").write_text("")
    (bad / "image.bin").write_bytes(b"\x00\x01\x02\xff")
    result = run_main(capsys, "--corpus", bad, "--out", tmp_path / "out")
    assert_one_line_error(result, "no readable article", "blank.txt")


def test_unknown_parameter_is_rejected_with_the_allowed_names(capsys, tmp_path, release_corpus):
    result = run_main(capsys, "--corpus", release_corpus, "--out", tmp_path / "out", "--param", "colour=red")
    assert_one_line_error(result, "colour", "start")


def test_date_range_that_keeps_nothing_is_rejected(capsys, tmp_path, release_corpus):
    result = run_main(capsys, "--corpus", release_corpus, "--out", tmp_path / "out", "--param", "start=2030-01-01")
    assert_one_line_error(result, "no article left", "2030-01-01")


def test_unknown_notebook_name_is_rejected(capsys, tmp_path, release_corpus):
    result = run_main(capsys, "--corpus", release_corpus, "--out", tmp_path / "out", "--notebooks", "09")
    assert_one_line_error(result, "unknown notebook", "01_corpus_overview")


def test_reports_inside_the_corpus_folder_are_refused(capsys, tmp_path):
    corpus = write_release_corpus(tmp_path / "corpus")
    result = run_main(capsys, "--corpus", corpus, "--out", corpus / "reports")
    assert_one_line_error(result, "inside the corpus folder")


def test_failed_notebook_keeps_the_previous_reports(capsys, tmp_path, release_corpus):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "index.html").write_text("previous set")
    broken = write_notebook(tmp_path / "broken.ipynb", "raise ValueError('this cell is broken')")
    result = run_main(capsys, "--corpus", release_corpus, "--out", out, "--notebooks", broken)
    assert_one_line_error(result, "broken", "this cell is broken")
    assert (out / "index.html").read_text() == "previous set"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.ipynb", "reports"]  # no staging left


def test_leftovers_of_a_killed_run_are_tidied_and_the_previous_set_restored(tmp_path):
    from toolkit.report import _recover

    dead = 999_999_999  # above Linux's pid_max: no such process
    (tmp_path / f".reports.tmp-{dead}-x1").mkdir()
    (tmp_path / f".reports.old-{dead}-1").mkdir()
    (tmp_path / f".reports.old-{dead}-1" / "index.html").write_text("previous set")
    _recover(tmp_path / "reports")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert (tmp_path / "reports" / "index.html").read_text() == "previous set"


# --------------------------------------------------------------------------- a successful run
@pytest.fixture(scope="module")
def probe_render(tmp_path_factory, release_corpus):
    """Render one small notebook that records its interpreter and parameters, over an older report set."""
    tmp = tmp_path_factory.mktemp("probe")
    probe = write_notebook(tmp / "probe.ipynb", "import sys\nprint('EXECUTABLE', sys.executable)\n"
                                                 "print('START', start, 'INTERACTIVE', interactive)")
    out = tmp / "reports"
    out.mkdir()
    (out / "stale.html").write_text("from an older run")
    table = render_report(release_corpus, out, notebooks=[probe], params=["start=2023-12-01"], progress=False)
    return table, out


def test_report_kernel_runs_this_interpreter(probe_render):
    _, out = probe_render
    executed = nbformat.read(out / "probe.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert f"EXECUTABLE {sys.executable}" in printed


def test_param_reaches_the_notebook_and_widgets_are_off(probe_render):
    _, out = probe_render
    executed = nbformat.read(out / "probe.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "START 2023-12-01 INTERACTIVE False" in printed


def test_successful_run_replaces_the_previous_set(probe_render):
    table, out = probe_render
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "manifest.json", "probe.html", "probe.ipynb", "tables"]
    assert [Path(h).name for h in table["html"]] == ["probe.html"]


def test_index_records_corpus_hash_parameters_and_versions(probe_render, release_corpus):
    _, out = probe_render
    index = (out / "index.html").read_text()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["corpus_hash"] == corpus_hash(release_corpus)
    assert manifest["corpus_hash"] in index
    assert manifest["parameters"]["start"] == "2023-12-01"
    assert manifest["versions"]["pandas"] == pd.__version__
    assert '<a href="probe.html">' in index


def test_index_summarises_the_selected_date_range(probe_render):
    _, out = probe_render
    index = (out / "index.html").read_text()
    assert '<th scope="row">first date</th><td>2023-12-13</td>' in index
    assert '<th scope="row">articles</th><td>3</td>' in index


def test_index_headline_figure_has_alt_text(probe_render):
    _, out = probe_render
    index = (out / "index.html").read_text()
    assert '<img alt="' in index
    assert 'alt=""' not in index


# --------------------------------------------------------------------------- helpers
def test_corpus_hash_changes_when_an_article_changes(tmp_path):
    (tmp_path / "a.txt").write_text("Rates held.")
    before = corpus_hash(tmp_path)
    (tmp_path / "a.txt").write_text("Rates rose.")
    assert corpus_hash(tmp_path) != before


def test_corpus_hash_reads_file_names_that_are_not_utf8(tmp_path):
    (tmp_path / os.fsdecode(b"\xbb\xf5_2023-06-20.txt")).write_text("Rates held.")  # GBK bytes in the name
    assert len(corpus_hash(tmp_path)) == 64


def test_figure_html_escapes_the_alt_text():
    import matplotlib.pyplot as plt

    from toolkit.plots._common import set_alt_text

    _, ax = plt.subplots()
    tag = figure_html(set_alt_text(ax, '<script>"x"</script>'))
    plt.close(ax.figure)
    assert tag.startswith('<img alt="&lt;script&gt;&quot;x&quot;&lt;/script&gt;" src="data:image/png;base64,')


def test_load_keeps_the_date_range_and_source(release_corpus):
    docs = load(release_corpus, start="2023-12-01", end="2024-01-31", source="Example Committee")
    assert docs["doc_id"].tolist() == ["2023-12-13-statement", "2024-01-31-statement"]
    assert docs.attrs["filtered_out"] == 3  # two outside the range, one undated


def test_summary_counts_articles_and_dates(release_corpus):
    table = summary(load(release_corpus))
    assert table.loc["articles", "value"] == "5"
    assert table.loc["without a date", "value"] == "1"
    assert table.loc["first date", "value"] == "2023-11-01"


def test_summary_names_the_series_beside_the_sources():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "date": pd.to_datetime(["2020-01-01"] * 3),
                         "source": ["", "", "Trade Weekly"], "series": ["fomc: statement"] * 2 + [""],
                         "text": ["Rates held."] * 3})
    table = summary(docs)
    assert table.loc["sources", "value"] == "(no source) (2), Trade Weekly (1)"
    assert table.loc["series (what the reports compare)", "value"] == "fomc: statement (2), Trade Weekly (1)"


def test_parse_params_reads_json_scalars_and_keeps_dates_as_text():
    assert parse_params(["start=2020-01-01", "new_release=null", "end=2021-06-30"]) == {
        "start": "2020-01-01", "new_release": None, "end": "2021-06-30"}


def test_pick_releases_defaults_to_the_latest_and_the_one_before(release_corpus):
    old, new, old_label, new_label = pick_releases(load(release_corpus))
    assert (old_label, new_label) == ("2024-01-31", "2024-03-20")
    assert new["doc_id"].tolist() == ["2024-03-20-statement"]


def test_pick_releases_takes_a_doc_id_or_a_date(release_corpus):
    old, new, *_ = pick_releases(load(release_corpus), old="2023-11-01-statement", new="2024-01-31")
    assert (old["doc_id"].tolist(), new["doc_id"].tolist()) == (["2023-11-01-statement"], ["2024-01-31-statement"])


def test_pick_releases_names_the_dates_there_are_when_one_is_unknown(release_corpus):
    with pytest.raises(ValueError, match="2024-03-20"):
        pick_releases(load(release_corpus), new="2030-01-01")


def test_pick_releases_needs_two_releases(tmp_path):
    assert pick_releases(load(write_release_corpus(tmp_path / "one", dates=["2024-01-31"]))) is None


def test_default_pair_compares_the_latest_two_releases_of_the_series_with_most_releases():
    docs = pd.DataFrame({
        "doc_id": ["s1", "s2", "goals", "s3"],
        "text": ["Growth rose.", "Growth slowed.", "Goals.", "Growth held."],
        "source": "",
        "type": ["meeting", "meeting", "longer-run-goals", "meeting"],
        "date": pd.to_datetime(["2025-05-07", "2025-06-18", "2025-08-22", "2025-07-30"]),
    })
    old, new, old_label, new_label = pick_releases(docs)
    assert (old_label, new_label) == ("2025-06-18", "2025-07-30")
    assert list(new["doc_id"]) == ["s3"] and new.attrs["series"] == "meeting"


def test_pick_releases_reads_the_series_column_and_mixes_only_when_asked():
    docs = pd.DataFrame({
        "doc_id": ["s1", "m1", "s2", "m2", "m3"], "text": ["a", "b", "c", "d", "e"], "source": "Bank",
        "series": ["Bank: statement", "Bank: minutes", "Bank: statement", "Bank: minutes", "Bank: minutes"],
        "date": pd.to_datetime(["2024-01-31", "2024-02-20", "2024-03-20", "2024-04-09", "2024-05-21"]),
    })
    assert pick_releases(docs)[2:] == ("2024-04-09", "2024-05-21")             # minutes: most releases
    assert pick_releases(docs, series="Bank: statement")[2:] == ("2024-01-31", "2024-03-20")
    assert pick_releases(docs, new="2024-03-20")[2:] == ("2024-01-31", "2024-03-20")  # before it in its series
    assert pick_releases(docs, series="all")[2:] == ("2024-04-09", "2024-05-21")
    assert pick_releases(docs, series="all", new="2024-03-20")[2:] == ("2024-02-20", "2024-03-20")
    with pytest.raises(ValueError, match="series in this corpus: Bank: minutes, Bank: statement"):
        pick_releases(docs, series="Bank: goals")


@pytest.mark.shared
def test_index_headline_names_the_latest_two_fomc_statements(fomc_2006):
    from toolkit.report.index import headline

    tag = headline(load(fomc_2006))
    caption = tag[tag.index("<figcaption>"):]
    assert "Latest two releases in the series \u201cfomc: statement\u201d: 2025-06-18" in caption
    assert "→ 2025-07-30" in caption and "2025-08-22" not in caption


# --------------------------------------------------------------------------- python -m toolkit notebooks --copy
def run_copy(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "toolkit", "notebooks", "--copy", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def packaged(name: str) -> bytes:
    from toolkit.report import NOTEBOOK_DIR

    return (NOTEBOOK_DIR / name).read_bytes()


def test_notebooks_copy_writes_the_five_packaged_notebooks(tmp_path):
    from toolkit.report import NOTEBOOKS

    result = run_copy(tmp_path / "lab")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("copied 5 notebooks to")
    assert sorted(p.name for p in (tmp_path / "lab").glob("*.ipynb")) == [f"{n}.ipynb" for n in NOTEBOOKS]
    assert all((tmp_path / "lab" / f"{n}.ipynb").read_bytes() == packaged(f"{n}.ipynb") for n in NOTEBOOKS)


def test_notebooks_copy_again_replaces_copies_nobody_edited(tmp_path):
    assert run_copy(tmp_path / "lab").returncode == 0
    assert run_copy(tmp_path / "lab").returncode == 0


def test_notebooks_copy_refuses_to_overwrite_an_edited_copy(tmp_path):
    assert run_copy(tmp_path / "lab").returncode == 0
    edited = tmp_path / "lab" / "02_outlook_sentiment.ipynb"
    edited.write_text(edited.read_text(encoding="utf-8").replace("# 02 Outlook sentiment", "# 02 My notes"))
    result = run_copy(tmp_path / "lab")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("toolkit notebooks: error:"), result.stderr
    assert "02_outlook_sentiment.ipynb" in lines[0] and "--force" in lines[0]
    assert "# 02 My notes" in edited.read_text(encoding="utf-8")


def test_notebooks_copy_force_overwrites_an_edited_copy(tmp_path):
    assert run_copy(tmp_path / "lab").returncode == 0
    edited = tmp_path / "lab" / "01_corpus_overview.ipynb"
    edited.write_text("{}")
    result = run_copy(tmp_path / "lab", "--force")
    assert result.returncode == 0, result.stderr
    assert edited.read_bytes() == packaged("01_corpus_overview.ipynb")


def test_notebooks_copy_into_a_file_exits_with_one_line_error(tmp_path):
    (tmp_path / "lab").write_text("not a folder")
    result = run_copy(tmp_path / "lab")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "is a file" in result.stderr


# --------------------------------------------------------------------------- from an installed wheel
def build_wheel(tmp: Path) -> Path:
    """A wheel of this checkout (a copy of it, so no build/ is left here), built without the network:
    first with the venv's own setuptools; when that is too old for pyproject.toml, in pip's isolated
    build environment from the configured (local) index. Skips with the reason when neither works."""
    import shutil

    src = tmp / "src"
    shutil.copytree(ROOT / "toolkit", src / "toolkit", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    env = {**os.environ, "PIP_NO_INPUT": "1"}
    env.pop("PYTHONPATH", None)
    errors = []
    for extra in (["--no-build-isolation", "--no-index"], []):
        result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *extra, "-w", str(tmp / "dist"),
                                 str(src)], capture_output=True, text=True, timeout=600, env=env)
        wheels = sorted((tmp / "dist").glob("toolkit-*.whl"))
        if result.returncode == 0 and wheels:
            return wheels[0]
        errors.append((result.stderr.strip().splitlines() or ["?"])[-1])
    pytest.skip(f"could not build a wheel of toolkit here: {errors}")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel installed with ``pip install --target``: ``(tmp, site, env)``, env putting only that copy
    of toolkit on PYTHONPATH (dependencies come from the venv)."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(tmp)
    site = tmp / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", str(site),
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return tmp, site, {**os.environ, "PYTHONPATH": str(site)}


@pytest.mark.slow
def test_installed_wheel_renders_all_five_reports_from_the_notebooks_it_ships(installed, release_corpus):
    from toolkit.report import NOTEBOOKS

    tmp, site, env = installed
    report = subprocess.run([sys.executable, "-m", "toolkit", "report", "--corpus", str(release_corpus),
                             "--out", str(tmp / "out"), "--quiet"], capture_output=True, text=True, cwd=tmp,
                            env=env, timeout=900)
    assert report.returncode == 0, report.stderr
    assert (tmp / "out" / "index.html").is_file()
    assert all((tmp / "out" / f"{name}.html").stat().st_size > 0 for name in NOTEBOOKS)
    for name in NOTEBOOKS:  # papermill records the notebook it ran: the installed copy, not the checkout's
        ran = nbformat.read(tmp / "out" / f"{name}.ipynb", as_version=4).metadata["papermill"]["input_path"]
        assert Path(ran) == site / "toolkit" / "notebooks" / f"{name}.ipynb"


@pytest.mark.slow
def test_installed_wheel_copies_its_notebooks(installed):
    tmp, site, env = installed
    result = run_copy(tmp / "lab", cwd=tmp, env=env)
    assert result.returncode == 0, result.stderr
    copied = sorted(p.name for p in (tmp / "lab").glob("*.ipynb"))
    assert copied == sorted(p.name for p in (site / "toolkit" / "notebooks").glob("*.ipynb")) and len(copied) == 5


# --------------------------------------------------------------------------- the index and the notebook helpers
def test_index_headline_leaves_the_callers_pyplot_alone(monkeypatch, release_corpus):
    import matplotlib
    import matplotlib.pyplot as plt

    from toolkit.report.index import headline

    def no_switch(*args, **kwargs):
        raise AssertionError("headline switched the caller's matplotlib backend")

    monkeypatch.setattr(matplotlib, "use", no_switch)
    open_before = plt.get_fignums()
    tag = headline(load(release_corpus))
    assert tag.startswith('<img alt="Line chart of tone')
    assert plt.get_fignums() == open_before


def test_headline_given_the_corpus_tone_draws_what_it_would_score_itself(release_corpus):
    import toolkit
    from toolkit.report.index import headline

    docs = load(release_corpus)
    assert headline(docs, tone=toolkit.document_tone(docs)) == headline(docs)


def test_summary_counts_words_with_the_toolkit_word_rule():
    from toolkit.tokenizing import count_words

    text = "The U.S. economy grew 4.6 percent in 2024, year-over-year."
    docs = pd.DataFrame({"doc_id": ["a"], "date": pd.to_datetime(["2024-01-31"]), "source": ["Fed"], "text": [text]})
    assert summary(docs).loc["median words per article", "value"] == str(count_words(text)) == "7"


# --------------------------------------------------------------------------- issue 15: kernels, sample, what changed, tables
from toolkit.report import kernels as kernels_module  # noqa: E402
from toolkit.report.latest import change_sentence, latest_changes  # noqa: E402
from toolkit.report.tables import TABLES, write_tables  # noqa: E402

SAMPLE = ROOT / "data"


def two_releases(old_text: str, new_text: str, source: str = "Fed") -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["a", "b"], "source": source, "type": "meeting", "text": [old_text, new_text],
                         "date": pd.to_datetime(["2024-01-31", "2024-03-20"])})


def test_kernel_start_is_retried_and_returns_the_first_kernel_that_answers(monkeypatch, tmp_path):
    calls = []

    def flaky(name, cwd, timeout):
        calls.append(timeout)
        if len(calls) < 3:
            raise RuntimeError("Kernel didn't respond in 1 seconds")
        return "started"

    monkeypatch.setattr(kernels_module, "_start_once", flaky)
    assert kernels_module.start_kernel("python3", str(tmp_path), timeout=1, tries=3, lock=tmp_path / "l") == "started"
    assert calls == [1, 1, 1]


def test_kernel_start_gives_a_clear_error_after_the_last_try(monkeypatch, tmp_path):
    def never(name, cwd, timeout):
        raise RuntimeError("Kernel didn't respond in 1 seconds")

    monkeypatch.setattr(kernels_module, "_start_once", never)
    with pytest.raises(RuntimeError) as err:
        kernels_module.start_kernel("python3", str(tmp_path), timeout=1, tries=2, lock=tmp_path / "l")
    message = str(err.value)
    assert "after 2 tries" in message and "fresh ports" in message and "didn't respond" in message
    assert "try 2" in message and "try 3" not in message


def test_a_kernel_starts_answers_and_stops(tmp_path):
    km = kernels_module.start_kernel("python3", str(tmp_path), lock=tmp_path / "l")
    try:
        assert km.is_alive()
    finally:
        kernels_module.stop_kernel(km)
    assert not km.is_alive()


def test_the_bundled_sample_is_the_seed_plus_ten_fomc_statements():
    import toolkit

    docs = toolkit.load_corpus(SAMPLE)
    series = toolkit.series_of(docs)
    assert (series == "fomc: statement").sum() == 10
    seed = docs[docs["doc_id"] == "000_bc21e2d4d2f283e7"].iloc[0]
    assert f"{seed['date']:%Y-%m-%d}" == "2023-03-25" and seed["source"] == "China Powder News"
    note = (SAMPLE / "SOURCE.txt").read_text(encoding="utf-8")
    assert "17 U.S.C. 105" in note
    for path in (SAMPLE / "fomc").glob("*.md"):
        assert f"fomc/{path.name}" in note, f"SOURCE.txt does not list {path.name}"


def test_latest_change_names_the_pair_the_signed_change_and_the_sentence_that_moved_it():
    row = latest_changes(two_releases("Growth slowed. Rates held.", "Growth picked up. Rates held.")).iloc[0]
    assert (row["old"], row["new"]) == ("2024-01-31", "2024-03-20")
    assert row["change"] > 0 and row["tone_new"] > row["tone_old"]
    assert row["top_sentence"] == "Growth picked up."
    text = change_sentence(row)
    assert text.startswith(f"latest 2024-03-20 vs 2024-01-31: tone +{row['change']:.2f} (")
    assert "'Growth picked up.'" in text


def test_latest_change_of_a_falling_tone_is_signed_with_a_minus():
    row = latest_changes(two_releases("Growth picked up. Rates held.", "Growth slowed. Rates held.")).iloc[0]
    assert row["change"] < 0
    assert f"tone \u2212{abs(row['change']):.2f}" in change_sentence(row)


def test_the_answers_compare_the_latest_pair_once_for_the_index_and_the_tables(monkeypatch, tmp_path):
    import toolkit.compare
    from toolkit.report.answers import what_changed

    calls = []
    real = toolkit.compare.tone_shift

    def counted(old, new, **kwargs):
        calls.append((tuple(old["doc_id"]), tuple(new["doc_id"])))
        return real(old, new, **kwargs)

    monkeypatch.setattr(toolkit.compare, "tone_shift", counted)
    docs = pd.concat([two_releases("Growth slowed. Rates held.", "Growth picked up. Rates held."),
                      two_releases("Demand fell.", "Demand rose.", source="Powder News").assign(doc_id=["c", "d"])],
                     ignore_index=True)
    answers = what_changed(docs, tmp_path)
    assert sorted(calls) == [(("a",), ("b",)), (("c",), ("d",))]  # two series, each pair once
    assert {t["file"] for t in answers["tables"]} >= {"tables/redline_latest.csv", "tables/word_shift_latest.csv"}
    assert len(answers["latest"]) == 2


def test_a_series_with_one_release_is_reported_not_compared_and_not_dropped():
    docs = pd.concat([two_releases("Growth slowed.", "Growth picked up."),
                      pd.DataFrame({"doc_id": ["c"], "source": "Powder News", "text": ["Demand rose."],
                                    "date": pd.to_datetime(["2023-03-25"])})], ignore_index=True)
    table = latest_changes(docs).set_index("series")
    assert set(table.index) == {"Fed: meeting", "Powder News"}
    lone = table.loc["Powder News"]
    assert pd.isna(lone["change"]) and "one release" in lone["note"]
    assert change_sentence(lone.to_dict()).startswith("latest 2023-03-25: one release only")


def test_a_theme_diluted_by_a_longer_release_did_not_fall():
    old = "Inflation rose. Growth slowed."
    new = "Inflation rose. Growth slowed. Exports rose. Exports rose again."
    row = latest_changes(two_releases(old, new)).iloc[0]
    assert "prices and inflation" not in row["themes_fell"]  # same one sentence, smaller share: not a move
    assert "exports and trade" in row["themes_rose"]


def test_tables_are_written_as_csv_with_the_rows_of_their_verbs(tmp_path):
    import toolkit

    docs = two_releases("Growth slowed. Rates held.", "Growth picked up. Rates held.")
    listed = {t["name"]: t for t in write_tables(docs, tmp_path / "tables")}
    assert set(listed) == set(TABLES)
    redline = pd.read_csv(tmp_path / "tables" / "redline_latest.csv")
    assert len(redline) == listed["redline_latest.csv"]["rows"] == 2
    assert redline["contribution"].sum() == pytest.approx(toolkit.tone_shift(docs.iloc[[0]], docs.iloc[[1]]).change)
    tone = pd.read_csv(tmp_path / "tables" / "tone_per_release.csv")
    assert tone["date"].tolist() == ["2024-01-31", "2024-03-20"]


def test_tables_of_a_single_release_say_why_there_is_no_redline(tmp_path):
    docs = two_releases("Growth slowed.", "Growth picked up.").iloc[[0]]
    listed = {t["name"]: t for t in write_tables(docs, tmp_path)}
    assert listed["redline_latest.csv"]["file"] == "" and "nothing to compare" in listed["redline_latest.csv"]["note"]
    assert not (tmp_path / "redline_latest.csv").exists()
    assert listed["tone_per_release.csv"]["rows"] == 1


@pytest.fixture(scope="module")
def sample_render(render_once):
    return render_once("sample", SAMPLE)


def test_sample_index_answers_what_changed_first(sample_render):
    import toolkit
    from toolkit.nb import pick_releases

    page = (sample_render / "index.html").read_text(encoding="utf-8")
    old, new, old_label, new_label = pick_releases(toolkit.load_corpus(SAMPLE))
    change = toolkit.tone_shift(old, new).change
    signed = f"{change:+.2f}".replace("-", "\u2212")
    assert f"latest {new_label} vs {old_label}: tone {signed}" in page
    assert page.index("What changed") < page.index("<h2>Corpus</h2>")
    assert 'href="04_release_comparison.html#Redline"' in page
    assert "one release only: nothing to compare" in page  # the seed article's own series


def test_sample_report_set_holds_its_csv_tables_listed_and_linked(sample_render):
    manifest = json.loads((sample_render / "manifest.json").read_text(encoding="utf-8"))
    page = (sample_render / "index.html").read_text(encoding="utf-8")
    files = [t["file"] for t in manifest["tables"]]
    assert sorted(Path(f).name for f in files) == sorted(TABLES)
    for f in files:
        assert (sample_render / f).is_file() and f'href="{f}"' in page
    timeline = pd.read_csv(sample_render / "tables" / "timeline.csv")
    assert (timeline["series"] == "fomc: statement").sum() == 10


def test_sample_comparison_report_compares_two_statements(sample_render):
    page = (sample_render / "04_release_comparison.html").read_text(encoding="utf-8")
    assert "2025-06-18" in page and "2025-07-30" in page
    assert "<strong>Comparison needs two releases</strong>" not in page  # the rendered message, not the code


def test_release_chart_of_a_corpus_without_a_series_column_draws_its_sources_releases():
    """A hand-built corpus (source, date, text; no series column): the chart finds the series the
    way latest_changes names it (toolkit.series_of: the source here)."""
    from toolkit import document_tone
    from toolkit.report.changes import release_chart

    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": "Powder News",
                         "date": pd.to_datetime(["2024-01-31", "2024-03-20", "2024-05-01"]),
                         "text": ["Growth slowed.", "Growth picked up.", "Demand rose sharply."]})
    row = latest_changes(docs).iloc[0]
    tone = document_tone(docs)
    assert "series" not in tone.columns
    ax = release_chart(tone, row)
    assert len(ax.lines[0].get_xdata()) == 3  # every release of the series
    from toolkit.plots import alt_text

    assert "Powder News: 3 releases from 2024-01-31 to 2024-05-01" in alt_text(ax)


def test_release_chart_puts_the_dates_of_the_latest_pair_on_opposite_sides():
    """Two close releases: the higher one's date over its dot, the lower one's under it, so the two
    labels never print on top of each other."""
    from toolkit.report.changes import release_chart

    tone = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-04-10", "2024-04-24"]),
                         "tone": [0.3, 0.04, -0.05], "source": "Bank", "series": "Bank: minutes"})
    ax = release_chart(tone, {"series": "Bank: minutes", "old": "2024-04-10", "new": "2024-04-24",
                              "change": -0.09})
    offsets = {a.get_text(): a.xyann[1] for a in ax.texts}
    assert offsets["2024-04-10"] > 0 > offsets["2024-04-24"]
