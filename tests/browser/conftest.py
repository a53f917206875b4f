"""Real-browser tests: one Chromium for the whole run, a fresh page per test.

Fixtures every browser test can use:
  site                         the live server's base URL, with the clinic content loaded
  phone_page / desktop_page    a Playwright page at 375×812 / 1280×800, pointed at `site`
  any_page                     the same test at both sizes (ids: phone, desktop)
  assert_accessible(page)      axe-core, WCAG 2.2 A/AA: fails with each rule id and node
  assert_no_horizontal_scroll(page)

Pages are opened with paths: `phone_page.goto(reverse("procedures:list"))`.
Chromium comes from Debian (`apt-get install -y chromium`); without it these tests are
skipped on a developer's machine and fail under CI=true.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse
# ORM calls made from the test body (loading content, checking what was saved).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
SIZES = {"phone": PHONE, "desktop": DESKTOP}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
INSTALL_HINT = "Install it with `apt-get install -y chromium` (Debian/Ubuntu), then run `make test` again."
BROWSER_DIR = Path(__file__).resolve().parent
ARTIFACTS_DIR = BROWSER_DIR.parent.parent / "test-artifacts"


def chromium_available():
    return os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)


def running_in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    """Mark every test in tests/browser; skip them only where Chromium is missing outside CI."""
    skip = None
    if not chromium_available() and not running_in_ci():
        skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM_PATH}. {INSTALL_HINT}")
    for item in items:
        if BROWSER_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if skip is not None:
                item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test so the page fixture can tell it failed.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser():
    if not chromium_available():
        # Only reached under CI=true: elsewhere the tests were skipped at collection.
        pytest.fail(f"CI=true but Chromium is missing at {CHROMIUM_PATH}. {INSTALL_HINT}", pytrace=False)
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=15_000)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def browser_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(autouse=True)
def media_in_tmp(settings, browser_media_root):
    """One temporary media folder for the whole browser run (this replaces the per-test one
    of tests/conftest.py): the web-sized copies of the illustrations are made once and
    reused, instead of costing every test seconds of image encoding. The originals are
    removed so the loader stores them under the same names again."""
    settings.MEDIA_ROOT = browser_media_root
    shutil.rmtree(browser_media_root / "procedures", ignore_errors=True)


@pytest.fixture
def site(live_server):
    """The live server's URL, its database holding the clinic's shipped content."""
    from procedures.content_loader import load_clinic_content

    load_clinic_content()
    return live_server.url


def _open_page(browser, site, request, viewport):
    context = browser.new_context(base_url=site, viewport=viewport, locale="en-US")
    # Generous: the machine running the suite may be busy; a passing test never waits this long.
    context.set_default_timeout(30_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS_DIR.mkdir(exist_ok=True)
        name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in request.node.nodeid)
        page.screenshot(path=str(ARTIFACTS_DIR / f"{name[-150:]}.png"), full_page=True)
    context.close()


@pytest.fixture
def phone_page(browser, site, request):
    yield from _open_page(browser, site, request, PHONE)


@pytest.fixture
def desktop_page(browser, site, request):
    yield from _open_page(browser, site, request, DESKTOP)


@pytest.fixture(params=list(SIZES))
def any_page(browser, site, request):
    """Runs the test once on a phone and once on a desktop screen."""
    yield from _open_page(browser, site, request, SIZES[request.param])


def axe_violations(page):
    """axe-core's WCAG 2.2 A/AA violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return results.response["violations"]


def describe_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = "; ".join(line.strip() for line in node.get("failureSummary", "").splitlines()[1:])
            lines.append(f"    {target}: {summary}")
    return "\n".join(lines)


def check_accessible(page):
    violations = axe_violations(page)
    if violations:
        viewport = page.viewport_size
        pytest.fail(
            f"axe found {len(violations)} WCAG violation(s) on {page.url} at "
            f"{viewport['width']}×{viewport['height']}:\n{describe_violations(violations)}",
            pytrace=False,
        )


def check_no_horizontal_scroll(page):
    overflow = page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > width + 1)
                .filter(el => getComputedStyle(el).position !== 'fixed')
                .slice(0, 5)
                .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : ''));
            return {scrollWidth: document.documentElement.scrollWidth, width, wide};
        }"""
    )
    assert overflow["scrollWidth"] <= overflow["width"], (
        f"{page.url} scrolls sideways: the page is {overflow['scrollWidth']} px wide in a "
        f"{overflow['width']} px window. Too wide: {', '.join(overflow['wide']) or 'unknown'}"
    )


@pytest.fixture
def assert_accessible():
    return check_accessible


@pytest.fixture
def assert_no_horizontal_scroll():
    return check_no_horizontal_scroll
