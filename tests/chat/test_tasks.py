"""Idle close and robot assist: the periodic jobs, and one on a real worker."""

import datetime as dt
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from chat import tasks
from chat.actions import send as send_actions
from chat.actions.heartbeat import do_heartbeat
from chat.events import session_group
from chat.models import Membership, Message, Session, Store
from csc.celery import app
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


def ago(**delta):
    return timezone.now() - dt.timedelta(**delta)


def test_idle_sessions_close_once_with_a_notice(
    store, buyer, agent, committed, listener
):
    idle = factories.make_session(
        store,
        buyer,
        agent=agent,
        state="active",
        last_buyer_activity_at=ago(minutes=31),
    )
    fresh = factories.make_session(
        factories.make_store("fresh"), buyer, last_buyer_activity_at=ago(minutes=29)
    )
    listener.join(session_group(idle.pk))
    with committed():
        assert tasks.close_idle_sessions() == 1
        assert tasks.close_idle_sessions() == 0
    idle.refresh_from_db()
    assert idle.state == Session.State.CLOSED
    assert list(
        Message.objects.filter(session=idle).values_list("sender_kind", "body")
    ) == [("system", "由于长时间没有新消息，会话已自动结束。")]
    assert Session.objects.get(pk=fresh.pk).state == Session.State.ROBOT
    assert [
        e["message"]["body"] for e in listener.drain() if e["type"] == "chat.message"
    ] == ["由于长时间没有新消息，会话已自动结束。"]


def test_idle_limit_is_per_store(buyer):
    quick = factories.make_store("quick", idle_close_minutes=5)
    session = factories.make_session(
        quick, buyer, last_buyer_activity_at=ago(minutes=6)
    )
    assert tasks.close_idle_sessions() == 1
    assert Session.objects.get(pk=session.pk).state == Session.State.CLOSED


@pytest.fixture
def assist_store(store):
    Store.objects.filter(pk=store.pk).update(robot_assist=True, assist_delay_seconds=60)
    factories.make_faq(store, "运费", "全场包邮。")
    store.refresh_from_db()
    return store


def waiting_session(store, buyer, agent, text, seconds):
    session = factories.make_session(store, buyer, agent=agent, state="active")
    send_actions.check_send_message(buyer, session.pk, str(uuid.uuid4()), text)
    Session.objects.filter(pk=session.pk).update(waiting_since=ago(seconds=seconds))
    Message.objects.filter(session=session).update(created_at=ago(seconds=seconds))
    return session


def test_assist_answers_a_round_once_with_the_faq(assist_store, buyer, agent):
    session = waiting_session(assist_store, buyer, agent, "运费怎么算", 61)
    assert tasks.send_assist_replies() == 1
    assert tasks.send_assist_replies() == 0
    reply = Message.objects.filter(session=session).last()
    assert (reply.seq, reply.sender_kind, reply.body) == (2, "assist", "全场包邮。")
    assert Session.objects.get(pk=session.pk).waiting_since is None


def test_assist_holds_politely_without_a_matching_faq(assist_store, buyer, agent):
    session = waiting_session(assist_store, buyer, agent, "什么时候到", 90)
    assert tasks.send_assist_replies() == 1
    assert Message.objects.filter(session=session).last().body == (
        "您好，客服正在忙，请稍候，我们会尽快回复您。"
    )


def test_assist_waits_for_the_delay(assist_store, buyer, agent):
    waiting_session(assist_store, buyer, agent, "运费", 30)
    assert tasks.send_assist_replies() == 0


def test_assist_is_off_unless_chosen_or_restricted(store, buyer, agent):
    session = waiting_session(store, buyer, agent, "运费", 600)
    assert tasks.send_assist_replies() == 0
    Store.objects.filter(pk=store.pk).update(status=Store.Status.RESTRICTED)
    assert tasks.send_assist_replies() == 1
    assert Message.objects.filter(session=session).last().sender_kind == "assist"


def test_new_round_after_an_agent_reply_gets_its_own_assist(assist_store, buyer, agent):
    session = waiting_session(assist_store, buyer, agent, "运费", 61)
    tasks.send_assist_replies()
    send_actions.check_send_message(agent, session.pk, str(uuid.uuid4()), "您好")
    send_actions.check_send_message(buyer, session.pk, str(uuid.uuid4()), "还在吗")
    Session.objects.filter(pk=session.pk).update(waiting_since=ago(seconds=70))
    assert tasks.send_assist_replies() == 1
    assert Message.objects.filter(session=session, sender_kind="assist").count() == 2


def test_sweep_assigns_sessions_left_in_the_queue(store):
    agent = factories.make_member(store, username="late", presence="online")
    do_heartbeat(agent.pk)
    session = factories.make_session(
        store, factories.make_user(), state="queued", queued_at=timezone.now()
    )
    assert tasks.assign_waiting_sessions() == 1
    assert Session.objects.get(pk=session.pk).agent_id == agent.pk


def test_sweep_takes_agents_without_a_heartbeat_offline_and_skips_them(store):
    crashed = factories.make_member(store, username="crashed", presence="online")
    cache.set(f"chat:sockets:{crashed.pk}", 1)
    session = factories.make_session(
        store, factories.make_user(), state="queued", queued_at=timezone.now()
    )
    assert tasks.assign_waiting_sessions() == 0
    assert Membership.objects.get(user=crashed).presence == "offline"
    assert cache.get(f"chat:sockets:{crashed.pk}") is None
    fresh = Session.objects.get(pk=session.pk)
    assert (fresh.state, fresh.agent_id) == ("queued", None)


def test_beat_schedules_every_chat_job():
    scheduled = {
        entry["task"]: entry["schedule"] for entry in app.conf.beat_schedule.values()
    }
    assert scheduled["chat.tasks.close_idle_sessions"] == 60.0
    assert scheduled["chat.tasks.send_assist_replies"] == 10.0
    assert scheduled["chat.tasks.assign_waiting_sessions"] == 15.0


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path):
    queue = f"test-{uuid.uuid4().hex[:8]}"
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "csc.settings_test",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/"
            f"{database['NAME']}"
        ),
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
        ),
    }
    log = (tmp_path / "worker.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "csc",
            "worker",
            "-P",
            "solo",
            "-Q",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    yield queue
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


@pytest.mark.e2e
@pytest.mark.filterwarnings("ignore::celery.exceptions.AlwaysEagerIgnored")
@pytest.mark.filterwarnings("ignore:Results are not stored:RuntimeWarning")
def test_real_celery_worker_sends_the_assist_reply(
    celery_worker_process, assist_store, buyer, agent
):
    session = waiting_session(assist_store, buyer, agent, "运费多少", 120)
    started = time.monotonic()
    result = app.send_task(
        "chat.tasks.send_assist_replies", queue=celery_worker_process
    )
    assert result.get(timeout=60) == 1
    assert time.monotonic() - started < 60
    reply = Message.objects.filter(session=session).last()
    assert (reply.sender_kind, reply.body, reply.seq) == ("assist", "全场包邮。", 2)
