"""The report notebooks: committed clean, parameterised, and every one runs on a small corpus and on FOMC."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from conftest import FOMC_2006, need, write_release_corpus

from toolkit.report import NOTEBOOKS, PARAMETERS, render_report

ROOT = Path(__file__).resolve().parents[1]
PATHS = [ROOT / "toolkit" / "notebooks" / f"{name}.ipynb" for name in NOTEBOOKS]


def error_outputs(executed_ipynb: Path) -> list[str]:
    nb = nbformat.read(executed_ipynb, as_version=4)
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells for o in c.get("outputs", [])
            if o.get("output_type") == "error"]


# --------------------------------------------------------------------------- the committed notebooks
@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, f"{path.name} has no code"
    assert all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_opens_with_a_parameters_cell(path):
    nb = nbformat.read(path, as_version=4)
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert "parameters" in first_code.metadata.get("tags", [])
    names = set(re.findall(r"^(\w+)\s*=", first_code.source, flags=re.M))
    assert set(PARAMETERS) <= names


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_states_question_and_caveats(path):
    text = " ".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    assert "**Question.**" in text and "**Caveats.**" in text and "## Answer" in text


def toolkit_imports(source: str) -> set[str]:
    """The toolkit modules a cell's source imports (``import toolkit.x`` / ``from toolkit.x import``)."""
    found = set(re.findall(r"^\s*(?:from|import)\s+(toolkit(?:\.\w+)*)", source, flags=re.M))
    found |= {f"toolkit.{m}" for m in re.findall(r"^\s*from\s+toolkit\s+import\s+.*?\b(plots|nb)\b", source, flags=re.M)}
    return found


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_imports_only_toolkit_plots_and_nb(path):
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    assert toolkit_imports(source) <= {"toolkit", "toolkit.plots", "toolkit.nb"}
    assert "_common" not in source


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_second_cell_is_the_shared_setup(path):
    code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    assert "docs = setup(corpus, start=start, end=end, source=source)" in code[1].source
    assert "set_option" not in code[1].source  # display options live in toolkit.nb.setup


def test_notebooks_ship_inside_the_package():
    from toolkit.report import NOTEBOOK_DIR

    assert NOTEBOOK_DIR == ROOT / "toolkit" / "notebooks"
    assert sorted(p.stem for p in NOTEBOOK_DIR.glob("*.ipynb")) == sorted(NOTEBOOKS)
    assert not (ROOT / "notebooks").exists()


def test_nber_recessions_are_a_bundled_table_of_dates():
    from toolkit.evaluation import NBER_RECESSIONS, nber_recessions

    header = [line for line in NBER_RECESSIONS.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("https://www.nber.org/research/data/us-business-cycle-expansions-and-contractions" in line for line in header)
    rec = nber_recessions()
    great = rec[rec["label"] == "2007-09"].iloc[0]
    assert (great["start"], great["end"]) == (pd.Timestamp("2007-12-01"), pd.Timestamp("2009-06-30"))
    assert rec["start"].is_monotonic_increasing and (rec["end"] > rec["start"]).all()


def test_nber_recessions_names_the_missing_column(tmp_path):
    from toolkit.evaluation import nber_recessions

    (tmp_path / "r.csv").write_text("start,end\n2001-03,2001-11\n")
    with pytest.raises(ValueError, match="peak"):
        nber_recessions(tmp_path / "r.csv")


def test_validation_notebook_reads_the_recession_dates_from_the_data_file():
    source = nbformat.read(ROOT / "toolkit" / "notebooks" / "05_validation.ipynb", as_version=4)
    code = "\n".join(c.source for c in source.cells if c.cell_type == "code")
    assert "nber_recessions()" in code and "2007-12-01" not in code


# --------------------------------------------------------------------------- rendered on a small corpus
@pytest.fixture(scope="module")
def small_render(render_once, release_corpus):
    return render_once("small", release_corpus)


@pytest.mark.parametrize("name", list(NOTEBOOKS))
def test_notebook_runs_without_error_on_a_small_corpus(small_render, name):
    assert error_outputs(small_render / f"{name}.ipynb") == []
    assert (small_render / f"{name}.html").stat().st_size > 0


def test_article_text_is_escaped_in_every_report(small_render):
    pages = {p.name: p.read_text(encoding="utf-8") for p in small_render.glob("*.html")}
    assert not [name for name, page in pages.items() if "<script>alert(" in page]
    assert any("&lt;script&gt;alert(" in page for page in pages.values())  # the text is shown, as text


def test_every_figure_in_the_reports_has_alt_text(small_render):
    tags = [t for p in small_render.glob("*.html") for t in re.findall(r"<img\b[^>]*>", p.read_text(encoding="utf-8"))]
    assert len(tags) >= 10
    assert all(re.search(r'alt="[^"]{10,}"', t) for t in tags)


def test_comparison_shows_the_latest_release_against_the_one_before(small_render):
    page = (small_render / "04_release_comparison.html").read_text(encoding="utf-8")
    assert "<strong>2024-01-31</strong> (earlier) with <strong>2024-03-20</strong>" in page


def test_outlook_notebook_names_the_latest_release_and_the_one_before_in_its_series(small_render):
    page = (small_render / "02_outlook_sentiment.html").read_text(encoding="utf-8")
    assert re.search(r"The latest release of the series \u201cExample Committee[^\u201d]*\u201d, 2024-03-20, scores [+-]\d\.\d\d "
                     r"\([+-]\d\.\d\d against 2024-01-31", page)


def test_comparison_with_one_release_says_two_are_needed(tmp_path):
    corpus = write_release_corpus(tmp_path / "one", dates=["2024-01-31"])
    render_report(corpus, tmp_path / "out", notebooks=["04"], progress=False)
    assert error_outputs(tmp_path / "out" / "04_release_comparison.ipynb") == []
    page = (tmp_path / "out" / "04_release_comparison.html").read_text(encoding="utf-8")
    assert "<strong>Comparison needs two releases</strong>" in page


def test_every_notebook_runs_on_a_corpus_without_dates(tmp_path):
    corpus = tmp_path / "undated"
    corpus.mkdir()
    for name, text in {"a": "Growth slowed and unemployment rose. Inflation remains elevated.",
                       "b": "Exports picked up strongly. The outlook improved.",
                       "c": "Demand weakened. Risks to the outlook have increased."}.items():
        (corpus / f"{name}.txt").write_text(text + "\n")
    render_report(corpus, tmp_path / "out", progress=False)
    assert {name: error_outputs(tmp_path / "out" / f"{name}.ipynb") for name in NOTEBOOKS} == dict.fromkeys(NOTEBOOKS, [])
    assert "No article has a date" in (tmp_path / "out" / "02_outlook_sentiment.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- rendered on FOMC 2006-2025
@pytest.fixture(scope="module")
def fomc_render(render_once):
    return render_once("fomc-2006", need(FOMC_2006), no_input=True)


@pytest.mark.shared
@pytest.mark.parametrize("name", list(NOTEBOOKS))
def test_notebook_runs_without_error_on_fomc_2006_2025(fomc_render, name):
    assert error_outputs(fomc_render / f"{name}.ipynb") == []
    page = (fomc_render / f"{name}.html").read_text(encoding="utf-8")
    assert "<img alt=" in page


@pytest.mark.shared
@pytest.mark.parametrize("name", ["02_outlook_sentiment", "04_release_comparison"])
def test_fomc_latest_release_sentences_name_the_latest_two_statements(fomc_render, name):
    page = (fomc_render / f"{name}.html").read_text(encoding="utf-8")
    if name.startswith("02"):
        assert re.search(r"The latest release of the series \u201cfomc: statement\u201d, 2025-07-30, scores [^<]* against "
                         r"2025-06-18", page)
    else:
        assert "<strong>2025-06-18</strong> (earlier) with <strong>2025-07-30</strong> (later)" in page
    assert not re.search(r"(latest release|Comparing)[^<]*2025-08-22", page)  # not the longer-run goals document


@pytest.mark.shared
def test_no_input_hides_the_code_cells(fomc_render):
    page = (fomc_render / "02_outlook_sentiment.html").read_text(encoding="utf-8")
    assert 'class="highlight hl-ipython3"' not in page
    assert "document_tone(" not in page
    assert "<h1" in page and "<img alt=" in page


# --------------------------------------------------------------------------- issue 15 item 6: ranked tables, one release
def test_ranked_sentences_list_a_repeated_sentence_once_and_never_on_both_sides():
    from toolkit import score_sentences, sentences
    from toolkit.nb import ranked_sentences

    docs = pd.DataFrame({"doc_id": ["a", "b"], "source": "Fed", "date": pd.to_datetime(["2024-01-31", "2024-03-20"]),
                         "text": ["Growth picked up. Risks rose.", "Growth picked up. Rates held."]})
    ranked = ranked_sentences(score_sentences(sentences(docs)), n=5)
    assert ranked["sentence"].is_unique
    repeated = ranked[ranked["sentence"] == "Growth picked up."].iloc[0]
    assert repeated["n_releases"] == 2 and f"{repeated['date']:%Y-%m-%d}" == "2024-03-20"
    assert (ranked.loc[ranked["side"] == "positive", "score"] > 0).all()
    assert (ranked.loc[ranked["side"] == "negative", "score"] < 0).all()
    assert "Rates held." not in set(ranked["sentence"])  # neutral: on neither side


def test_one_release_is_a_dot_over_its_date_not_a_time_axis():
    import matplotlib

    matplotlib.use("Agg")
    from toolkit import plots

    one = pd.DataFrame({"date": pd.to_datetime(["2023-03-25"]), "tone": [0.8], "ci_low": [0.6], "ci_high": [0.9]})
    ax = plots.tone_timeline(one)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2023-03-25"]
    two = pd.concat([one, one.assign(date=pd.Timestamp("2024-03-25"))], ignore_index=True)
    assert len(plots.tone_timeline(two).get_xticks()) > 1  # two releases keep their time axis


def test_fomc_index_names_the_latest_two_statements_and_the_signed_tone_change(fomc_render):
    import toolkit
    from toolkit.nb import pick_releases

    old, new, old_label, new_label = pick_releases(toolkit.load_corpus(FOMC_2006))
    signed = f"{toolkit.tone_shift(old, new).change:+.2f}".replace("-", "\u2212")
    page = (fomc_render / "index.html").read_text(encoding="utf-8")
    assert f"latest {new_label} vs {old_label}: tone {signed}" in page
    assert "fomc: longer-run goals" in page  # the other series is summarised on its own, not mixed in


# --------------------------------------------------------------------------- the default corpus
def test_notebook_default_corpus_is_the_bundled_sample_from_any_folder(tmp_path, monkeypatch):
    from toolkit import nb

    first = next(c for c in nbformat.read(PATHS[3], as_version=4).cells if c.cell_type == "code")
    defaults: dict = {}
    exec(first.source, {}, defaults)  # the parameters cell is plain assignments
    monkeypatch.chdir(tmp_path)  # a copy made with `toolkit notebooks --copy` lives anywhere
    docs = nb.load(defaults["corpus"])
    assert defaults["corpus"] is None and len(docs) == 11
    assert len(nb.releases(docs[docs["path"].astype(str).str.contains("fomc")])) == 10


def test_default_corpus_without_the_sample_says_to_set_corpus(tmp_path, monkeypatch):
    from toolkit import nb

    monkeypatch.setattr(nb, "__file__", str(tmp_path / "site-packages" / "toolkit" / "nb.py"))
    with pytest.raises(FileNotFoundError, match="set `corpus` in the parameters cell"):
        nb.load(None)


def test_picker_offers_the_releases_of_the_compared_series_only():
    # the sample mixes one trade-press article with ten FOMC statements: the drop-downs of 04 must
    # list the statements only, so that a pick compares like with like
    from toolkit import nb
    from toolkit.compare import series_of

    docs = nb.load(None)
    offered = nb.series_releases(docs)
    assert len(offered) == 10 and len(nb.releases(docs)) == 11
    old, new, *_ = nb.pick_releases(docs)
    assert {f"{d:%Y-%m-%d}" for d in new["date"]} <= set(offered)
    main = series_of(new).iloc[0]
    assert set(series_of(docs[docs["date"].dt.strftime("%Y-%m-%d").isin(offered)])) == {main}
    assert nb.series_releases(docs, series="all") == nb.releases(docs)
