"""Running the notebooks: papermill executes each one in a kernel of this interpreter, nbconvert
turns the result into HTML, several notebooks at once in worker processes.

``kernel_dir`` writes a Jupyter data folder whose ``python3`` kernel is ``sys.executable`` (so the
notebooks import this toolkit, wherever it is installed); ``run_one`` executes and exports one
notebook (in a worker); ``run_notebooks`` runs them all, slowest first, and stops at the first
failure with a ``RuntimeError`` naming the notebook and its failing cell.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path

from toolkit.report.catalog import _COST, NOTEBOOKS
from toolkit.report.kernels import START_TIMEOUT, start_kernel, stop_kernel

__all__ = ["kernel_dir", "run_one", "run_notebooks"]

# START_TIMEOUT (seconds a kernel may take to start; papermill's 60 s is short on a busy machine)
# and the start itself -- one at a time, retried on fresh ports -- live in toolkit.report.kernels.


def kernel_dir() -> str:
    """A Jupyter data folder whose ``python3`` kernel is this interpreter (so the notebooks see this toolkit)."""
    root = Path(tempfile.mkdtemp(prefix="toolkit-kernel-"))
    spec = root / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (toolkit report)",
        "language": "python",
    }))
    return str(root)


def _error_text(exc: Exception) -> str:
    """Where a notebook failed: ``cell N: Error: message`` for a failing cell, else the exception's last line."""
    if hasattr(exc, "ename"):  # papermill's PapermillExecutionError names the failing cell
        return f"cell {getattr(exc, 'exec_count', '?')}: {exc.ename}: {exc.evalue}"
    return f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else exc!r}"


def _export_html(out_ipynb: Path, no_input: bool) -> Path:
    """Write the executed notebook beside itself as HTML (code cells hidden with ``no_input``)."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(out_ipynb, as_version=4)
    exporter = HTMLExporter(exclude_input=no_input, exclude_input_prompt=no_input, exclude_output_prompt=no_input)
    title = NOTEBOOKS.get(out_ipynb.stem, (out_ipynb.stem,))[0]
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    out_html = out_ipynb.with_suffix(".html")
    out_html.write_text(body, encoding="utf-8")
    return out_html


def run_one(notebook: str, out_dir: str, parameters: dict, no_input: bool, kernels: str) -> dict:
    """Execute one notebook with papermill and export it to HTML (runs in a worker process).

    Returns ``{"notebook", "html", "seconds", "error"}``; ``error`` is empty on success.
    """
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [kernels, os.environ.get("JUPYTER_PATH")]))
    os.environ.setdefault("MPLBACKEND", "Agg")
    quiet = os.open(os.devnull, os.O_WRONLY)  # kernels inherit this stderr: keep their start-up chatter
    os.dup2(quiet, 2)                         # off the console; failures come back as exceptions
    import papermill as pm

    nb_path = Path(notebook)
    out_ipynb = Path(out_dir) / nb_path.name
    t0 = time.perf_counter()
    km = None
    try:  # the kernel starts under a machine-wide lock (no port race), then runs beside the others
        km = start_kernel("python3", str(nb_path.parent), timeout=START_TIMEOUT)
        pm.execute_notebook(
            str(nb_path), str(out_ipynb), parameters=parameters, kernel_name="python3", km=km,
            progress_bar=False, cwd=str(nb_path.parent), start_timeout=START_TIMEOUT,
        )
    except Exception as exc:
        return {"notebook": nb_path.stem, "html": "", "seconds": time.perf_counter() - t0, "error": _error_text(exc)}
    finally:
        if km is not None:
            stop_kernel(km)
    out_html = _export_html(out_ipynb, no_input)
    return {"notebook": nb_path.stem, "html": out_html.name, "seconds": time.perf_counter() - t0, "error": ""}


def run_notebooks(paths: list[Path], staging: Path, parameters: dict, *, no_input: bool, jobs: int | None,
                  progress: bool, kernels: str, out: Path, meanwhile=None):
    """Run ``paths`` into ``staging``, ``jobs`` at once; returns ``(results in the order given, meanwhile())``.

    ``meanwhile`` (a callable, optional) runs in this process while the workers execute, so the
    index's headline figure costs no extra time. The first failure cancels the rest and raises
    ``RuntimeError`` naming the notebook and cell (and that ``out`` is unchanged).
    """
    from tqdm.auto import tqdm

    jobs = max(1, min(jobs or min(os.cpu_count() or 1, 4), len(paths)))
    results: list[dict] = []
    extra = None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool, \
            tqdm(total=len(paths), desc="rendering reports", unit="notebook", disable=not progress) as bar:
        heavy_first = sorted(paths, key=lambda p: -_COST.get(p.stem, 0))  # better packing on few workers
        futures = [pool.submit(run_one, str(p), str(staging), parameters, no_input, kernels) for p in heavy_first]
        if meanwhile is not None:
            extra = meanwhile()
        for fut in as_completed(futures):
            result = fut.result()
            bar.set_postfix_str(result["notebook"])
            bar.update()
            if result["error"]:
                for other in futures:
                    other.cancel()
                raise RuntimeError(f"notebook {result['notebook']} failed at {result['error']}; "
                                   f"the previous reports in {out} are unchanged")
            results.append(result)
    order = {p.stem: i for i, p in enumerate(paths)}
    results.sort(key=lambda r: order[r["notebook"]])
    return results, extra
