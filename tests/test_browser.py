"""The rendered index and a report, opened in headless Chromium with the network off.

A small script added to a copy of each page writes what the browser actually rendered (headings,
each image's alt text and natural size, links) into the DOM, read back with ``--dump-dom``; a
screenshot of the index must not be blank. Skipped with a reason when Chromium is not installed
(``.ci/run`` installs the Debian ``chromium`` package).
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from toolkit.report import NOTEBOOKS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
    "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",  # network off
]
PROBE = """<script>
window.addEventListener("load", function () {
  var pick = function (sel, f) { return Array.prototype.map.call(document.querySelectorAll(sel), f); };
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({
    title: document.title,
    headings: pick("h1, h2", function (h) { return [h.tagName, h.textContent.replace("\\u00b6", "").trim()]; }),
    images: pick("img", function (i) { return {alt: i.alt, width: i.naturalWidth, height: i.naturalHeight}; }),
    links: pick("a[href]", function (a) { return a.getAttribute("href"); })
  });
  document.body.appendChild(out);
});
</script>"""


def chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def rendered(page: Path, tmp: Path) -> dict:
    """Open a copy of ``page`` with the probe script and return what the browser rendered."""
    probe_page = tmp / f"probe_{page.name}"
    probe_page.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = chromium(tmp, "--virtual-time-budget=10000", "--dump-dom", probe_page.as_uri())
    probe_page.unlink()
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, flags=re.S)
    assert found, f"the page did not finish loading in Chromium: {result.stderr[-500:]}"
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def site(render_once, release_corpus, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Chromium (Debian package `chromium`; .ci/run installs it) for the browser checks")
    return render_once("small", release_corpus), tmp_path_factory.mktemp("chromium")


def test_index_renders_its_headings_in_the_browser(site):
    out, tmp = site
    page = rendered(out / "index.html", tmp)
    assert page["title"].startswith("Reports:")
    assert [text for tag, text in page["headings"] if tag == "H2"] == [
        "What changed", "Tables (CSV)", "Corpus", "Headline", "Reports", "Reproducibility"]


def test_index_headline_image_loads_with_alt_text(site):
    out, tmp = site
    images = rendered(out / "index.html", tmp)["images"]
    series = (out / "index.html").read_text(encoding="utf-8").count('<section class="series">')
    assert series >= 1 and len(images) == series + 1  # a chart per series, then the headline
    assert all(img["alt"] and img["width"] > 100 and img["height"] > 50 for img in images)


def test_index_links_to_every_rendered_report(site):
    out, tmp = site
    links = rendered(out / "index.html", tmp)["links"]
    assert [link for link in links if link.endswith(".html")] == [f"{name}.html" for name in NOTEBOOKS]
    assert all((out / link.split("#")[0]).is_file() for link in links)  # sections and tables too
    assert any(link.startswith("04_release_comparison.html#") for link in links)


def test_report_page_renders_its_title_and_figures_offline(site):
    out, tmp = site
    page = rendered(out / "02_outlook_sentiment.html", tmp)
    assert ["H1", "02 Outlook sentiment"] in page["headings"]
    assert len(page["images"]) >= 3
    assert all(img["alt"] and img["width"] > 50 and img["height"] > 50 for img in page["images"])


def test_index_screenshot_is_not_blank(site):
    import matplotlib.image

    out, tmp = site
    shot = tmp / "index.png"
    chromium(tmp, "--window-size=1000,1400", f"--screenshot={shot}", (out / "index.html").as_uri())
    pixels = matplotlib.image.imread(shot)[..., :3]
    dark = (pixels.mean(axis=2) < 0.3).mean()           # text
    colour = (np.ptp(pixels, axis=2) > 0.2).mean()      # the chart's coloured marks
    assert dark > 0.005 and colour > 0.001
