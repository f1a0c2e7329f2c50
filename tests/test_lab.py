"""Notebook 04 in a real JupyterLab, driven by headless Chromium: run all, pick another release, the redline follows.

``jupyter lab --no-browser`` serves copies of the shipped notebooks (``copy_notebooks``) from a
temporary folder, on a free port with a token. Its config, data, runtime, settings and workspace
folders are temporary too, so nothing in ``~/.jupyter`` leaks in (the notebook's ``python3``
kernel is this venv's own) and nothing is written there; news and update checks are off.
Kernels talk over IPC sockets, not TCP ports, so they cannot lose the port race that
``toolkit.report.kernels`` guards papermill's kernels against. Playwright drives the Debian
``chromium`` (never a downloaded browser) with the network off except 127.0.0.1. Screenshots go
to ``build/test-artifacts/`` (``$TOOLKIT_TEST_ARTIFACTS``). Skipped with a reason when Chromium
or playwright is absent (``.ci/run`` installs chromium, ``make test`` installs ``.[test]``).
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from toolkit.report import copy_notebooks

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("TOOLKIT_TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NOTEBOOK = "04_release_comparison.ipynb"
NETWORK_OFF = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--disable-extensions", "--proxy-server=127.0.0.1:9",
               "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]  # as test_browser.py; 127.0.0.1 is the lab
SERVER_TIMEOUT = 180   # s for `jupyter lab` to answer; a cold start on a busy 2-core machine takes 10-60 s
KERNEL_TIMEOUT = 240   # s for the notebook's kernel to start and go idle
RUN_TIMEOUT = 420      # s for "Run All Cells" (the whole test takes 25-65 s on a busy 2-core machine)
STEP_TIMEOUT = 180     # s for one widget redraw
CONFIG = """c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"
c.ServerApp.terminals_enabled = False
c.KernelManager.transport = "ipc"
"""
SETTINGS = {"@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False}}

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- the server
def _lab_env(base: Path) -> dict:
    """Environment for a JupyterLab that reads and writes only inside ``base``."""
    env = dict(os.environ)
    for var, name in [("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"), ("JUPYTER_RUNTIME_DIR", "rt"),
                      ("JUPYTERLAB_SETTINGS_DIR", "settings"), ("JUPYTERLAB_WORKSPACES_DIR", "workspaces")]:
        env[var] = str(base / name)
        (base / name).mkdir()
    (base / "config" / "jupyter_server_config.py").write_text(CONFIG, encoding="utf-8")
    for plugin, values in SETTINGS.items():
        path = base / "settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    return env


def _get(url: str, timeout: float = 10):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


def _log_tail(log: Path, n: int = 4000) -> str:
    return f"\n--- jupyter lab log ({log}), last {n} characters ---\n{log.read_text(errors='replace')[-n:]}"


def _wait_for_server(proc: subprocess.Popen, runtime: Path, token: str, log: Path) -> str:
    """The base URL of the server once ``/api/status`` answers; fails with the log after SERVER_TIMEOUT."""
    deadline = time.monotonic() + SERVER_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter lab exited with code {proc.returncode} before answering" + _log_tail(log))
        info = runtime / f"jpserver-{proc.pid}.json"
        if info.is_file():
            with_port = json.loads(info.read_text(encoding="utf-8"))
            url = f"http://127.0.0.1:{with_port['port']}/"
            try:
                _get(f"{url}api/status?token={token}")
                return url
            except OSError:
                pass
        time.sleep(0.5)
    pytest.fail(f"jupyter lab did not answer within {SERVER_TIMEOUT} s" + _log_tail(log))


def _stop_server(proc: subprocess.Popen, url: str | None, token: str) -> None:
    """Shut the kernels down, then the server's process group; kill whatever is left of either."""
    import psutil  # a dependency of ipykernel

    if url:
        try:
            for kernel in _get(f"{url}api/kernels?token={token}"):
                req = urllib.request.Request(f"{url}api/kernels/{kernel['id']}?token={token}", method="DELETE")
                urllib.request.urlopen(req, timeout=30).close()
        except OSError:
            pass  # the server is gone: its kernels are among the children below
    try:
        children = psutil.Process(proc.pid).children(recursive=True)  # kernels run in sessions of their own
    except psutil.NoSuchProcess:
        children = []
    for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    _, alive = psutil.wait_procs(children, timeout=10)
    for child in alive:
        child.kill()


@pytest.fixture(scope="module")
def lab():
    """A running JupyterLab on copies of the shipped notebooks: (base URL, token, notebook folder, log)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Chromium (Debian package `chromium`; .ci/run installs it) for the JupyterLab test")
    pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[test]'; make test does)")
    base = Path(tempfile.mkdtemp(prefix="tk-lab-"))  # short: IPC socket paths are limited to ~100 characters
    folder = copy_notebooks(base / "notebooks")[0].parent
    env, token, log = _lab_env(base), secrets.token_hex(16), base / "jupyter-lab.log"
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", "--port=0",
           "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={folder}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = None
    try:
        url = _wait_for_server(proc, base / "rt", token, log)
        yield url, token, folder, log
    finally:
        _stop_server(proc, url, token)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(log, ARTIFACTS / "lab_jupyter.log")  # the whole server log, kept beside the screenshots
        shutil.rmtree(base, ignore_errors=True)


# --------------------------------------------------------------------------- the browser
ALL_SETTLED = """() => {
  const p = Array.from(document.querySelectorAll('.jp-CodeCell .jp-InputPrompt'), e => e.textContent.trim());
  return p.some(t => /^\\[\\d+\\]:$/.test(t)) && !p.some(t => t.startsWith('[*]'));
}"""
STARTED = """() => Array.from(document.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))
  .some(e => /^\\[(\\*|\\d+)\\]:$/.test(e.textContent.trim()))"""


def _wait_for_kernel(url: str, token: str, log: Path) -> None:
    """Poll the server until the notebook's session has a kernel that is idle (started and answering)."""
    deadline, state = time.monotonic() + KERNEL_TIMEOUT, "no session yet"
    while time.monotonic() < deadline:
        sessions = [s for s in _get(f"{url}api/sessions?token={token}") if s["path"].endswith(NOTEBOOK)]
        state = sessions[0]["kernel"]["execution_state"] if sessions else state
        if state == "idle":
            return
        time.sleep(1)
    pytest.fail(f"the kernel of {NOTEBOOK} was not idle within {KERNEL_TIMEOUT} s (last state: {state})" + _log_tail(log))


def _run_all_cells(page) -> None:
    """Run > Run All Cells, again if the click came before the notebook took it; waits until the run ends."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        page.locator(".jp-Notebook .jp-Cell").first.click()  # the notebook is the current widget
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            page.wait_for_function(STARTED, timeout=60_000, polling=500)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    else:
        raise AssertionError("Run > Run All Cells did not start any cell in three tries")
    try:
        page.wait_for_function(ALL_SETTLED, timeout=RUN_TIMEOUT * 1000, polling=1000)
    except PlaywrightTimeout:
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        raise AssertionError(f"Run All Cells had not finished after {RUN_TIMEOUT} s; prompts: {prompts}") from None


def _saved_errors(page, path: Path) -> list[str]:
    """Save the notebook (Ctrl+S) and read it back: the cells that did not run, and every error output."""
    import nbformat

    page.keyboard.press("Control+s")
    deadline, cells = time.monotonic() + STEP_TIMEOUT, []
    while time.monotonic() < deadline:
        try:
            cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        except ValueError:  # not JSON yet: read while the server rewrites it in place
            time.sleep(0.5)
            continue
        if all(c.execution_count is not None for c in cells):
            break
        time.sleep(1)
    not_run = [f"code cell {i} has no execution count in the saved notebook (it did not run, or Ctrl+S did not save)"
               for i, c in enumerate(cells) if c.execution_count is None]
    return not_run + [f"code cell {i}: {o.get('ename')}: {o.get('evalue')}" for i, c in enumerate(cells)
                      for o in c.outputs if o.get("output_type") == "error"]


def _wait_for_text(page, selector: str, text: str) -> None:
    """Poll until the element at ``selector`` shows ``text``; after STEP_TIMEOUT, say what it shows instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function("([sel, text]) => document.querySelector(sel).innerText.includes(text)",
                               arg=[selector, text], polling=500)
    except PlaywrightTimeout:
        shown = page.locator(selector).inner_text()[:300]
        raise AssertionError(f"{selector} did not show {text!r} within {STEP_TIMEOUT} s; it shows {shown!r}") from None


def _expected_line(docs, earlier: str, later: str) -> str:
    """What the picker's cell says for a pair: the tone of each release and the change, as notebook 04 words it."""
    from toolkit import tone_shift
    from toolkit.nb import pick_releases

    a, b, a_label, b_label = pick_releases(docs, earlier, later)
    s = tone_shift(a, b)
    return f"Tone {a_label} → {b_label}: {s.tone_old:+.2f} → {s.tone_new:+.2f} ({s.change:+.2f})."


def _outside(url: str) -> bool:
    """True for an http(s)/ws(s) address that is not the lab server on 127.0.0.1."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != "127.0.0.1"


def _shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def test_release_picker_redraws_the_redline_in_jupyterlab(lab, record_property, capsys):
    from playwright.sync_api import sync_playwright

    from toolkit.nb import load, releases

    url, token, folder, log = lab
    docs = load(None)  # the notebook's default corpus: the bundled sample
    dates = releases(docs)
    specs = _get(f"{url}api/kernelspecs?token={token}")["kernelspecs"]
    wanted = json.loads((folder / NOTEBOOK).read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]
    assert wanted in specs, f"{NOTEBOOK} names kernel {wanted!r}; this venv's JupyterLab has {sorted(specs)}"
    chosen = dates[-3]  # the release before the picker's default "earlier" one
    shots = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=NETWORK_OFF, timeout=STEP_TIMEOUT * 1000)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(STEP_TIMEOUT * 1000)
        outside = []  # requests for anything but the lab server (the flags make them fail)
        page.on("request", lambda r: outside.append(r.url) if _outside(r.url) else None)
        try:
            page.goto(f"{url}lab/tree/{NOTEBOOK}?token={token}")
            page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for()
            _wait_for_kernel(url, token, log)
            _run_all_cells(page)
            assert _saved_errors(page, folder / NOTEBOOK) == []

            picker = page.locator(".widget-interact")
            earlier = picker.locator(".widget-dropdown", has_text="earlier").locator("select")
            earlier.scroll_into_view_if_needed()
            said, before = picker.inner_text(), picker.locator(".redline").inner_text()
            shots.append(_shot(page, "lab_04_run_all.png"))

            earlier.select_option(label=chosen)
            expected = _expected_line(docs, chosen, dates[-1])
            _wait_for_text(page, ".widget-interact", expected)
            said_after, after = picker.inner_text(), picker.locator(".redline").inner_text()
            earlier.scroll_into_view_if_needed()
            shots.append(_shot(page, "lab_04_picked_release.png"))
        except BaseException:
            shots.append(_shot(page, "lab_04_failure.png"))
            print(f"screenshots: {', '.join(map(str, shots))}" + _log_tail(log))
            raise
        finally:
            record_property("screenshots", " ".join(map(str, shots)))
            browser.close()
    with capsys.disabled():
        print(f"\nJupyterLab screenshots: {', '.join(map(str, shots))}")
    assert _expected_line(docs, dates[-2], dates[-1]) in said  # by default the latest two releases
    assert expected in said_after and expected not in said
    assert after != before  # the redline was redrawn for the new pair
    assert outside == [], f"JupyterLab asked for {len(outside)} outside addresses, first {outside[:3]}"
