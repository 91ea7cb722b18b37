"""Real server processes for tests, and a websocket chat client that survives them.

`Daphne` runs this checkout's ASGI app in its own process on a free port against
the test database; `RedisServer` runs a private redis-server (never the shared
one); `TcpProxy` sits in front of PostgreSQL so a test can cut the database off
and restore it without touching the shared server. `ChatClient` mirrors the
client side of docs/protocol.md: an outbox emptied only by `ack`, resubscribe with
`after_seq` and resend after every reconnect, retry on `unavailable`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float, process=None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        with contextlib.suppress(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listened on {port} within {timeout}s")


def login_cookie(user) -> str:
    """A real session for `user`, as the login page would have made it."""
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def database_url(host="127.0.0.1", port=None) -> str:
    settings = connection.settings_dict
    port = port or settings.get("PORT") or 5432
    user = settings.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{settings['NAME']}"


def run_in_own_loop(coroutine, timeout=300):
    """Run `coroutine` to the end in a thread with its own event loop.

    Tests stay independent of any loop already running in the test thread (the
    sync Playwright API of tests/e2e keeps one there for the whole session)."""
    from django.db import connections

    outcome = {}

    def target():
        try:
            outcome["value"] = asyncio.run(coroutine)
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError(f"test coroutine still running after {timeout}s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def in_own_loop(test):
    """Decorate an async test to run it with `run_in_own_loop`."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return run_in_own_loop(test(*args, **kwargs))

    return wrapper


class Process:
    """A child process that is always stopped, by its own pid."""

    def __init__(self, args, env=None, log_name="process"):
        self.args = args
        self.env = env
        self.log_path = (
            Path(os.environ.get("TMPDIR", "/tmp")) / f"csc-{log_name}-{os.getpid()}.log"
        )
        self.log = None
        self.process = None

    def start(self):
        self.log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            self.args,
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        return self

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.log is not None:
            self.log.close()


class Daphne(Process):
    def __init__(
        self, *, redis_url, db_url=None, port=None, app="csc.asgi:application"
    ):
        self.port = port or free_port()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])
            ),
            "DJANGO_SETTINGS_MODULE": "csc.settings_test",
            "DATABASE_URL": db_url or database_url(),
            "REDIS_URL": redis_url,
            "DEBUG": "0",
            # The same key as this process: it signs the sessions made here.
            "SECRET_KEY": settings.SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "LOG_LEVEL": "WARNING",
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        super().__init__(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                app,
            ],
            env,
            log_name=f"daphne-{self.port}",
        )

    def start(self, timeout=30):
        super().start()
        wait_for_port(self.port, timeout, self.process)
        return self

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/chat/"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class RedisServer(Process):
    """A private redis-server without persistence, on its own port."""

    def __init__(self, port=None):
        self.port = port or free_port()
        super().__init__(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            log_name=f"redis-{self.port}",
        )

    def start(self, timeout=10):
        super().start()
        wait_for_port(self.port, timeout, self.process)
        return self

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


class TcpProxy:
    """A TCP proxy in a thread; `cut()` drops every connection and refuses new ones."""

    def __init__(self, target_port, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.open = True
        self.loop = asyncio.new_event_loop()
        self.writers = set()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self):
        self.thread.start()
        future = asyncio.run_coroutine_threadsafe(self._serve(), self.loop)
        self.server = future.result(timeout=5)
        return self

    async def _serve(self):
        return await asyncio.start_server(self._client, "127.0.0.1", self.port)

    async def _client(self, reader, writer):
        if not self.open:
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.writers.update({writer, up_writer})

        async def pipe(source, sink):
            with contextlib.suppress(Exception):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self.writers.difference_update({writer, up_writer})

    def cut(self):
        def _cut():
            self.open = False
            for writer in list(self.writers):
                writer.transport.abort()
            self.writers.clear()

        self.loop.call_soon_threadsafe(_cut)
        time.sleep(0.1)

    def restore(self):
        self.loop.call_soon_threadsafe(setattr, self, "open", True)
        time.sleep(0.05)

    def stop(self):
        self.cut()
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)


def _origin_of(url: str) -> str:
    """The origin of a page served by the same host as the socket `url` (as
    behind one load balancer)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{'https' if parts.scheme == 'wss' else 'http'}://{parts.netloc}"


class ChatClient:
    """One person's browser tab: reconnects, resubscribes after its last seq, resends.

    `shown[session]` is what the tab displays: messages in `seq` order, each once.
    With `origin` None, each socket's Origin is its own server's, as for a page
    served by the load balancer in front of several servers.
    """

    def __init__(self, urls, cookie, origin, *, retry_after=0.3):
        self.urls = list(urls)
        self.cookie = cookie
        self.origin = origin
        self.retry_after = retry_after
        self.ws = None
        self.sessions: set[int] = set()
        self.last_seq: dict[int, int] = {}
        self.shown: dict[int, list[dict]] = {}
        self.outbox: dict[str, dict] = {}
        self.acks: dict[str, dict] = {}
        self.errors: list[dict] = []
        self.frames: list[dict] = []
        self.reconnects = 0
        self.repeats = 0
        self._url_index = 0
        self._reader = None
        self._closing = False
        self._connected = asyncio.Event()
        self._retry_task = None

    async def connect(self, timeout=15.0):
        from websockets.asyncio.client import connect

        deadline = time.monotonic() + timeout
        last_error = None
        while time.monotonic() < deadline:
            url = self.urls[self._url_index % len(self.urls)]
            try:
                self.ws = await connect(
                    url,
                    origin=self.origin or _origin_of(url),
                    additional_headers={"Cookie": f"sessionid={self.cookie}"},
                    compression=None,
                    ping_interval=None,
                    open_timeout=3,
                )
                break
            except Exception as exc:  # noqa: BLE001 - retried until the deadline
                last_error = exc
                self._url_index += 1
                await asyncio.sleep(0.1)
        else:
            raise TimeoutError(f"could not connect: {last_error!r}")
        self._connected.set()
        self._reader = asyncio.create_task(self._read())
        if self._retry_task is None:
            self._retry_task = asyncio.create_task(self._retry_loop())
        for session in sorted(self.sessions):
            await self._send_frame(
                {
                    "type": "subscribe",
                    "session": session,
                    "after_seq": self.last_seq.get(session, 0),
                }
            )
        for frame in list(self.outbox.values()):
            await self._send_frame(frame)

    async def _read(self):
        from websockets.exceptions import ConnectionClosed

        try:
            async for raw in self.ws:
                self._handle(json.loads(raw))
        except ConnectionClosed:
            pass
        self._connected.clear()
        if not self._closing:
            self.reconnects += 1
            self._url_index += 1
            asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self):
        with contextlib.suppress(TimeoutError):
            await self.connect(timeout=30)

    def _show(self, session, message):
        seq = message.get("seq")
        if seq is None:
            return
        if seq <= self.last_seq.get(session, 0):
            self.repeats += 1
            return
        self.last_seq[session] = seq
        self.shown.setdefault(session, []).append(message)

    def _handle(self, frame):
        self.frames.append(frame)
        kind = frame.get("type")
        if kind == "message":
            self._show(frame["session"], frame["message"])
        elif kind == "history":
            for message in frame.get("messages", []):
                self._show(frame["session"], message)
        elif kind == "ack":
            self.acks.setdefault(frame["client_msg_id"], frame)
            self.outbox.pop(frame["client_msg_id"], None)
        elif kind == "error":
            self.errors.append(frame)

    async def _send_frame(self, frame):
        with contextlib.suppress(Exception):
            await self.ws.send(json.dumps(frame, ensure_ascii=False))

    async def _retry_loop(self):
        """Resend what is still unacknowledged, as a tab does after `unavailable`."""
        while not self._closing:
            await asyncio.sleep(self.retry_after)
            if self._connected.is_set():
                for frame in list(self.outbox.values()):
                    await self._send_frame(frame)

    async def subscribe(self, session):
        self.sessions.add(session)
        await self._send_frame(
            {
                "type": "subscribe",
                "session": session,
                "after_seq": self.last_seq.get(session, 0),
            }
        )

    async def send(self, session, text):
        client_msg_id = str(uuid.uuid4())
        frame = {
            "type": "send",
            "session": session,
            "client_msg_id": client_msg_id,
            "text": text,
        }
        self.outbox[client_msg_id] = frame
        if self._connected.is_set():
            await self._send_frame(frame)
        return client_msg_id

    async def wait_for(self, predicate, timeout=15.0, what="condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out after {timeout}s waiting for {what}")

    def bodies(self, session):
        return [m["body"] for m in self.shown.get(session, [])]

    async def close(self):
        self._closing = True
        if self._retry_task:
            self._retry_task.cancel()
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 3)


# ---- raw websocket frames, for what no well-behaved client library will send ----


def raw_websocket(port, cookie, path="/ws/chat/", timeout=5.0):
    """Open a websocket by hand; return the socket after the 101 answer."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Origin: http://127.0.0.1:{port}\r\nCookie: sessionid={cookie}\r\n\r\n"
    )
    sock.sendall(request.encode())
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    head, _, rest = answer.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 101"):
        sock.close()
        raise ConnectionError(head.decode(errors="replace"))
    return sock, rest


def frame_bytes(opcode: int, payload: bytes) -> bytes:
    """A masked client frame with FIN set (opcode 1 text, 2 binary, 8 close)."""
    header = bytes([0x80 | opcode])
    size = len(payload)
    if size < 126:
        header += bytes([0x80 | size])
    elif size < 65536:
        header += bytes([0x80 | 126]) + struct.pack("!H", size)
    else:
        header += bytes([0x80 | 127]) + struct.pack("!Q", size)
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return header + mask + body


def read_frames(sock, buffered=b"", timeout=5.0, until=None):
    """Read server frames as (opcode, payload) until `until(frames)` or timeout/close."""
    sock.settimeout(0.2)
    data = buffered
    frames = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        while len(data) >= 2:
            opcode = data[0] & 0x0F
            size = data[1] & 0x7F
            offset = 2
            if size == 126:
                if len(data) < 4:
                    break
                size = struct.unpack("!H", data[2:4])[0]
                offset = 4
            elif size == 127:
                if len(data) < 10:
                    break
                size = struct.unpack("!Q", data[2:10])[0]
                offset = 10
            if len(data) < offset + size:
                break
            frames.append((opcode, data[offset : offset + size]))
            data = data[offset + size :]
            if opcode == 8:
                return frames
        if until is not None and until(frames):
            return frames
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            return frames
        if not chunk:
            return frames
        data += chunk
    return frames


def connection_dropped(sock, timeout=5.0) -> bool:
    """Whether the server has closed or reset the raw socket (EOF within `timeout`)."""
    sock.settimeout(timeout)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except OSError:
        return True
    return True
