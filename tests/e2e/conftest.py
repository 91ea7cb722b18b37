"""Real headless Chromium (Debian's) driven by Playwright for Python."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

# Playwright's sync API keeps an event loop in the test thread; the ORM calls the
# tests make around it are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO_ROOT = Path(__file__).resolve().parents[2]

# How long an `expect` waits for the page to get there (Playwright's default is
# 5 s). A wait ends as soon as the page is right; on two busy cores a first
# message through a fresh server can take longer than 5 s.
expect.set_options(timeout=15_000)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


class SharedChromium:
    """One Chromium for a run of consecutive tests that use a browser, across
    their modules (the longest files run first, so the browser tests mostly
    follow each other): started by the first, closed after the last of the run
    (`pytest_runtest_teardown` below). Playwright's sync API keeps an event
    loop running in this thread while it lives, which would stop
    pytest-asyncio running a later async test: it never lives past a test
    that does not use it."""

    def __init__(self):
        self.playwright = None
        self.chromium = None

    def get(self):
        if self.chromium is None:
            self.playwright = sync_playwright().start()
            self.chromium = self.playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
        return self.chromium

    def close(self):
        chromium, playwright = self.chromium, self.playwright
        self.chromium = self.playwright = None
        try:
            if chromium is not None:
                chromium.close()
        finally:
            if playwright is not None:
                playwright.stop()


shared_chromium = SharedChromium()


@pytest.fixture
def browser():
    return shared_chromium.get()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test's fixtures are gone, close the browser unless the next test
    uses it too."""
    yield
    if nextitem is None or "browser" not in getattr(nextitem, "fixturenames", ()):
        shared_chromium.close()


@pytest.fixture
def new_page(browser):
    """Pages of fresh contexts; a test fails when the Content-Security-Policy
    blocked anything on any of them (the pages must work under it)."""
    contexts = []
    violations = []

    def _new_page(locale="zh-CN", viewport=None):
        context = browser.new_context(
            locale=locale, viewport=viewport or {"width": 1280, "height": 800}
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        return page

    yield _new_page
    for context in contexts:
        context.close()
    assert violations == [], "blocked by the Content-Security-Policy"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture(scope="session")
def daphne_process(django_db_setup, tmp_path_factory):
    """A real Daphne process running this checkout against the test database,
    one for all the browser tests of this test process: starting Python,
    Django and the screening rules costs seconds, and each test's flush leaves
    it the same empty database.
    Requests and sockets of a finished test are gone with its browser context;
    ids are never reused, so nothing late of one test touches the next."""
    folder = tmp_path_factory.mktemp("daphne")
    port = _free_port()
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(
            p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p
        ),
        DJANGO_SETTINGS_MODULE="csc.settings_test",
        DATABASE_URL=_database_url(),
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        DEBUG="1",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        MEDIA_ROOT=str(folder / "media"),
        LOG_LEVEL="WARNING",
    )
    log = open(folder / "daphne.log", "wb")  # noqa: SIM115 - outlives this block
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "daphne",
            "-b",
            "127.0.0.1",
            "-p",
            str(port),
            "tests.e2e.static_asgi:application",
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            log.close()
            raise RuntimeError((folder / "daphne.log").read_text())
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


@pytest.fixture
def daphne_server(transactional_db, daphne_process):
    """The test process's Daphne, for a test whose rows it must see (committed)."""
    return daphne_process


@pytest.fixture
def sign_in(new_page):
    """A fresh browser context signed in as `username` (factories' password)."""

    def _sign_in(
        base_url,
        username,
        password="pw-for-tests-123",
        path="/",
        locale="zh-CN",
        viewport=None,
    ):
        """`locale` "en-US" asks for the English pages; `viewport` a phone's
        or tablet's size, e.g. {"width": 390, "height": 780}."""
        page = new_page(locale=locale, viewport=viewport)
        if locale.startswith("en"):
            # The site's language is the one the user chose (a cookie), not the
            # browser's; choose English as the language menu does.
            page.context.add_cookies(
                [{"name": "django_language", "value": "en", "url": base_url}]
            )
        page.goto(f"{base_url}/login/?next={path}")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        with page.expect_navigation():
            page.click("button[type=submit]")
        return page

    return _sign_in
