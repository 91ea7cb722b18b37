"""Screenshots of the buyer page, the agent console, the supervisor settings
and the review, ledger and metrics pages.

Starts csc embedded (a temporary SQLite database, the in-memory channel layer,
three weeks of demo data) under Daphne's runserver on a free port, plays a
short live conversation in headless Chromium and writes
docs/screenshots/{buyer,console,supervisor,buyer-refused-en}.png at 1280×800
(the last: an English page's refused message), buyer-phone.png at 390×780 and
console-tablet.png at 768×900; then the pages of PAGES, each whole at 1280 px
(<name>.png) and at 390 px (<name>-phone.png). Run: `make screenshots`.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "csc-demo-2026"
STORE = "mingxiang-tea"
SIZE = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 780}
TABLET = {"width": 768, "height": 900}

SETUP = """
from chat.models import FaqEntry, QuickPhrase, Store, User
store = Store.objects.get(slug="mingxiang-tea")
if not store.faq.exists():
    FaqEntry.objects.create(store=store, keywords="新茶,明前", position=1,
        answer="今年的明前龙井三月底采摘，现货发售，下单后 48 小时内发货。")
    FaqEntry.objects.create(store=store, keywords="发票", position=2,
        answer="可以开具电子发票，下单时备注抬头和税号即可。")
    FaqEntry.objects.create(store=store, keywords="快递,几天", position=3,
        answer="默认顺丰包邮，江浙沪次日达，其他地区两到三天。")
if not store.phrases.exists():
    rows = [
        ("hi", "greeting", store.greeting),
        ("bye", "closing", store.closing_phrase),
        ("wait", "general", "好的，我帮您查一下，请稍等～"),
        ("fp", "general", "可以开具电子发票，下单时备注抬头和税号即可。"),
        ("sf", "general", "默认顺丰包邮，江浙沪次日达，其他地区两到三天。"),
    ]
    for n, (code, purpose, text) in enumerate(rows, 1):
        QuickPhrase.objects.create(store=store, shortcut=code, purpose=purpose,
                                   text=text, position=n)
    agent = User.objects.get(username="tea_agent1")
    QuickPhrase.objects.create(store=store, owner=agent, shortcut="gift",
        text="礼盒都会配手提袋，送人很体面。", position=1)
store.robot_assist = True
store.save()
"""

AGE_WAITING = """
import datetime as dt
from django.utils import timezone
from chat.models import Session
for username, seconds in (("buyer02", 128), ("buyer03", 196)):
    Session.objects.filter(buyer__username=username, state="active").update(
        waiting_since=timezone.now() - dt.timedelta(seconds=seconds))
"""

# (file name, login, path, what shows the page is drawn, language cookie)
PAGES = [
    ("review-queue", "auditor", "/review/", ".queue-counts", None),
    ("merchant-ledger", "tea_super", "/console/ledger/", "#store-points", None),
    ("metrics-merchant", "tea_super", "/console/metrics/", "canvas[data-trend]", None),
    ("admin-dashboard", "admin", "/platform/", "canvas[data-ranking]", None),
    ("review-queue-en", "auditor", "/review/", ".queue-counts", "en"),
    ("metrics-merchant-en", "tea_super", "/console/metrics/", "canvas", "en"),
    # the shipped screening model (the first registered) and its reader
    (
        "screening-model-en",
        "admin",
        "/admin/compliance/screeningmodel/1/change/",
        "table.reader-table",
        "en",
    ),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_for_port(port, process):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited early")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def sign_in(browser, base, username, path, language=None, viewport=None):
    context = browser.new_context(locale="zh-CN", viewport=viewport or SIZE)
    if language:
        context.add_cookies(
            [{"name": "django_language", "value": language, "url": base}]
        )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/login/?next={path}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    return page


def send(page, text):
    page.fill("#input", text)
    page.press("#input", "Enter")
    sent = page.locator("li.msg.mine:not(.pending) .bubble", has_text=text)
    expect(sent.last).to_be_visible(timeout=15_000)


def buyer_asks(browser, base, username, text):
    page = sign_in(browser, base, username, f"/stores/{STORE}/")
    expect(page.locator("#session-state")).to_be_visible()
    send(page, "转人工")
    send(page, text)
    return page


def shoot(browser, base, env):
    console = sign_in(browser, base, "tea_agent1", "/console/")
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    console.locator(".presence-online").click()
    expect(console.locator("#console")).to_have_attribute("data-presence", "online")

    shop = sign_in(browser, base, "buyer01", f"/stores/{STORE}/")
    expect(shop.locator("#session-state")).to_be_visible()
    # The session is ready once the store's robot has greeted the buyer.
    expect(shop.locator(".msg.from-robot").first).to_be_visible()
    send(shop, "这款明前龙井是今年的新茶吗？")
    expect(shop.locator(".msg.from-robot")).to_have_count(2, timeout=15_000)
    send(shop, "转人工")
    expect(shop.locator("#session-state")).to_have_text("人工接待中")

    others = [
        buyer_asks(browser, base, "buyer02", "请问可以开发票吗？"),
        buyer_asks(browser, base, "buyer03", "我昨天下的单，什么时候发货？"),
    ]
    manage(env, "shell", "-c", AGE_WAITING)
    console.reload()
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    console.locator(".session-item", has_text="买家01").click()
    send(console, "是的，今年三月底采摘的明前新茶，现货发售。")
    send(shop, "好的，250克装大概能泡多少次？<script>alert(1)</script>")
    send(console, "每次3克左右，250克大约可以泡八十次。")
    shop.fill("#input", "那我下单了，谢谢！")
    shop.locator("#input").dispatch_event("input")
    expect(shop.locator("li.msg.mine .msg-status").first).to_have_text("已读")
    shop.wait_for_timeout(300)
    shop.screenshot(path=str(OUT / "buyer.png"))

    phone = sign_in(browser, base, "buyer01", f"/stores/{STORE}/", viewport=PHONE)
    expect(phone.locator(".msg.from-agent").last).to_be_visible()
    phone.wait_for_timeout(500)
    phone.screenshot(path=str(OUT / "buyer-phone.png"))
    tablet = sign_in(browser, base, "tea_agent1", "/console/", viewport=TABLET)
    expect(tablet.locator("#conn")).to_have_attribute("data-state", "connected")
    tablet.locator(".session-item", has_text="买家01").click()
    tablet.wait_for_timeout(800)
    tablet.screenshot(path=str(OUT / "console-tablet.png"))

    console.fill("#input", "/in")
    console.locator("#input").dispatch_event("input")
    expect(console.locator("#phrase-popup")).to_be_visible()
    console.wait_for_timeout(1200)
    console.screenshot(path=str(OUT / "console.png"))

    supervisor = sign_in(browser, base, "tea_super", f"/manage/{STORE}/")
    supervisor.screenshot(path=str(OUT / "supervisor.png"))

    refused = sign_in(browser, base, "buyer04", f"/stores/{STORE}/", language="en")
    expect(refused.locator(".msg.from-robot").first).to_be_visible()
    refused.fill("#input", "加我V❤ shop2026，私下转账便宜 20")
    refused.press("#input", "Enter")
    expect(refused.locator(".violation").first).to_be_visible(timeout=15_000)
    refused.wait_for_timeout(300)
    refused.screenshot(path=str(OUT / "buyer-refused-en.png"))
    for page in [console, shop, supervisor, refused, phone, tablet, *others]:
        page.context.close()
    shoot_pages(browser, base)


def shoot_pages(browser, base):
    """Each page of PAGES, whole, at desktop and phone width."""
    for name, username, path, drawn, language in PAGES:
        for suffix, viewport in (("", SIZE), ("-phone", PHONE)):
            page = sign_in(browser, base, username, path, language, viewport)
            expect(page.locator(drawn).first).to_be_visible()
            # Charts animate in; let them settle.
            page.wait_for_timeout(1200)
            page.screenshot(path=str(OUT / f"{name}{suffix}.png"), full_page=True)
            page.context.close()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="csc-shots-") as tmp:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
        }
        env.update(
            DATABASE_URL=f"sqlite:///{tmp}/db.sqlite3",
            MEDIA_ROOT=f"{tmp}/media",
            DEBUG="1",
            LOG_LEVEL="WARNING",
            PYTHONPATH=os.pathsep.join(
                p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
            ),
        )
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "sync_rule_pack", "-v", "0")
        manage(env, "sync_screening_model")
        manage(env, "seed_demo", "--days", "21", "--quiet")
        manage(env, "shell", "-c", SETUP)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                f"127.0.0.1:{port}",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--lang=zh-CN"],
                )
                shoot(browser, f"http://127.0.0.1:{port}", env)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('*.png')))} in {OUT}")


if __name__ == "__main__":
    main()
