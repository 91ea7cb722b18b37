"""Penalty points, sanction changes and metrics results reach a store's open
console at once, without a reload, and stay until dismissed."""

import pytest
from playwright.sync_api import expect

from chat.models import User
from chat.notices import do_post_notice
from compliance.actions import check_add_manual_penalty
from compliance.models import SanctionPolicy
from tests import factories
from tests.e2e.threads import elsewhere

pytestmark = pytest.mark.e2e


@pytest.fixture
def world(transactional_db):
    store = factories.make_store("store-a", name="店铺A")
    factories.make_member(store, username="agent-a")
    admin = factories.make_user(
        User.Kind.ADMIN, "admin-1", is_staff=True, is_superuser=True
    )
    return store, admin


def test_points_and_a_sanction_reach_the_open_console(daphne_server, sign_in, world):
    store, admin = world
    console = sign_in(daphne_server, "agent-a", path="/console/")
    expect(console.locator("#conn")).to_have_attribute("data-state", "connected")
    restrict_at = SanctionPolicy.current().restrict_at
    elsewhere(check_add_manual_penalty, admin, store.pk, restrict_at, "多次站外引流")
    notices = console.locator("#store-notices .store-notice")
    expect(
        notices.filter(has_text=f"扣 {restrict_at} 分：多次站外引流")
    ).to_be_visible()
    expect(notices.filter(has_text="店铺已受限")).to_be_visible()

    elsewhere(do_post_notice, store, "warning", "metrics", "上周3分钟回复率未达标")
    latest = notices.first
    expect(latest).to_contain_text("上周3分钟回复率未达标")
    latest.locator(".notice-dismiss").click()
    expect(notices.filter(has_text="上周3分钟回复率未达标")).to_have_count(0)
    # After a reload the console lists the store's recent notices, less the
    # dismissed one.
    console.reload()
    # Posted around the reload, it comes either with the page, replayed when
    # the socket connects, or live; once it shows, the replay has been read.
    elsewhere(do_post_notice, store, "info", "metrics", "考核时段调整为8点到23点")
    expect(notices.filter(has_text="考核时段调整")).to_have_count(1)
    expect(notices.filter(has_text="多次站外引流")).to_have_count(1)
    expect(notices.filter(has_text="上周3分钟回复率未达标")).to_have_count(0)
