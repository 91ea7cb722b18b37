"""Two real Daphne processes sharing Redis and PostgreSQL: a buyer on one, an agent
on the other, chatting through the channels_redis layer."""

import asyncio
import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import websockets
from django.db import connection
from django.test import Client

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "daphne exited early"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"daphne did not listen on {port}")


@pytest.fixture
def daphnes(transactional_db, tmp_path):
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
    started = []
    try:
        for name in ("a", "b"):
            port = free_port()
            log = (tmp_path / f"daphne-{name}.log").open("wb")
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "daphne",
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "csc.asgi:application",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            started.append((process, log, port))
        for process, _, port in started:
            wait_for_port(port, process)
        yield [port for _, _, port in started]
    finally:
        for process, log, _ in started:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()


def run(coroutine_function, *args):
    """Run an async scenario in a thread of its own: Playwright's sync API may
    already keep an event loop running in the test thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine_function(*args)).result()


def cookie_for(user) -> str:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


@pytest.fixture
def cookies(buyer, agent):
    return cookie_for(buyer), cookie_for(agent)


def open_socket(port, cookie):
    return websockets.connect(
        f"ws://127.0.0.1:{port}/ws/chat/",
        origin=f"http://127.0.0.1:{port}",
        additional_headers={"Cookie": cookie},
        max_size=None,
    )


async def until(ws, kind, timeout=10, where=lambda frame: True):
    async def read():
        while True:
            frame = json.loads(await ws.recv())
            if frame["type"] == kind and where(frame):
                return frame

    return await asyncio.wait_for(read(), timeout)


def test_buyer_and_agent_on_different_daphnes_chat(daphnes, cookies, store, agent):
    run(buyer_and_agent_chat, *daphnes, *cookies, agent.pk)


async def buyer_and_agent_chat(port_a, port_b, buyer_cookie, agent_cookie, agent_id):
    async with (
        open_socket(port_b, agent_cookie) as agent_ws,
        open_socket(port_a, buyer_cookie) as buyer_ws,
    ):
        await until(agent_ws, "queue")
        await agent_ws.send(json.dumps({"type": "presence", "state": "online"}))
        await until(agent_ws, "presence", where=lambda f: f["state"] == "online")

        await until(buyer_ws, "sessions")
        await buyer_ws.send(json.dumps({"type": "open", "store": "store-a"}))
        session_id = (await until(buyer_ws, "session"))["session"]["id"]
        await until(buyer_ws, "history")
        await buyer_ws.send(
            json.dumps(
                {
                    "type": "send",
                    "session": session_id,
                    "client_msg_id": str(uuid.uuid4()),
                    "text": "你好，在吗？",
                }
            )
        )
        assert (await until(buyer_ws, "ack"))["seq"] == 1

        assigned = await until(
            agent_ws,
            "session",
            where=lambda f: (
                f["session"]["id"] == session_id and f["session"]["state"] == "active"
            ),
        )
        assert assigned["session"]["agent"] == agent_id
        await agent_ws.send(json.dumps({"type": "subscribe", "session": session_id}))
        history = await until(agent_ws, "history")
        assert history["messages"][0]["body"] == "你好，在吗？"
        await agent_ws.send(
            json.dumps(
                {
                    "type": "send",
                    "session": session_id,
                    "client_msg_id": str(uuid.uuid4()),
                    "text": "在的，请讲。",
                }
            )
        )
        reply_ack = await until(agent_ws, "ack")
        reply = await until(
            buyer_ws, "message", where=lambda f: f["message"]["sender_kind"] == "agent"
        )
        assert (reply["message"]["seq"], reply["message"]["body"]) == (
            reply_ack["seq"],
            "在的，请讲。",
        )
        await buyer_ws.send(json.dumps({"type": "typing", "session": session_id}))
        assert await until(agent_ws, "typing") == {
            "type": "typing",
            "session": session_id,
            "side": "buyer",
        }


def test_megabyte_frame_is_refused_cleanly_over_daphne(daphnes, cookies):
    run(megabyte_frame, daphnes[0], cookies[0])


async def megabyte_frame(port_a, cookie):
    async with open_socket(port_a, cookie) as ws:
        await until(ws, "sessions")
        await ws.send("x" * 1_000_000)
        error = await until(ws, "error")
        assert error["code"] == "too_long"
        await ws.send(json.dumps({"type": "ping"}))
        assert await until(ws, "pong") == {"type": "pong"}


def test_anonymous_socket_is_closed_with_4401_over_daphne(daphnes):
    assert run(anonymous_close_code, daphnes[0]) == 4401


async def anonymous_close_code(port_a):
    async with websockets.connect(
        f"ws://127.0.0.1:{port_a}/ws/chat/", origin=f"http://127.0.0.1:{port_a}"
    ) as ws:
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 10)
    return closed.value.rcvd.code
