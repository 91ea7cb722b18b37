"""Chat delivery under load: ``python bench/chat_load.py [--quick] [--nodes 2]``.

Starts real Daphne processes (one per ``--nodes``, sharing one Redis channel layer)
and drives them with real websocket clients running in their own processes over
loopback. Two servers are measured in the same run with the same clients:

- the bare baseline, ``bench/echo_asgi.py``: the same Daphne and channel layer
  and frame shapes, but no database, no authentication and no screening;
- csc itself, ``/ws/chat/`` (docs/protocol.md): N buyers, each in their own
  session with a store, served by M agents who answer every buyer message. The
  users, stores, sessions and login sessions live in a database of its own
  (``csc_bench_chat``: created, migrated, and dropped at the end unless
  ``--keep``).

Every buyer sends at a set rate; the offered rate is stepped up until the p99 of
the buyer→agent delivery latency passes 100 ms. Each step prints the messages
delivered per second, the latency p50/p95/p99/max, errors, and lost and
duplicated messages (bookkept per ``client_msg_id`` and per ``(session, seq)``, and
for csc cross-checked against the stored rows at the end). The knees of both
servers are printed with csc's as a ratio of the baseline's.

``--connections 1000`` instead holds that many authenticated csc connections on
one Daphne process and pings them all every few seconds. ``--profile`` samples a
csc Daphne process with py-spy during a steady step and prints where time goes.

Every wait has a deadline; the processes it starts are stopped and the database
dropped on exit. Figures are noisy on a shared machine: the load average is
printed at the start and the end.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import multiprocessing as mp
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Its own database; CSC_BENCH_DB names another (two benches on one server).
BENCH_DB = os.environ.get("CSC_BENCH_DB", "csc_bench_chat")
# Offered buyer messages per second: steps of about a tenth, so that a knee is
# found to within about 10 %.
DEFAULT_RATES = [20, 40, 60, 80, 100, 110, 120, 135, 150, 165, 180, 200, 220, 240]
DEFAULT_RATES += [265, 290, 320, 350, 385, 420, 460, 500, 550, 600]
KNEE_MS = 100.0
BUYER_TEXTS = [
    "你好，请问这款什么时候发货呀",
    "亲，这个有现货吗",
    "尺码偏大还是偏小",
    "能便宜点吗，我想多买几件",
    "退款什么时候到账",
    "麻烦帮我查一下物流",
]
AGENT_TEXTS = [
    "亲，在的，请问有什么可以帮您",
    "好的亲，已经为您备注加急处理了",
    "亲，这款是现货，今天下午统一发出",
    "尺码标准，按平时穿的选就可以",
]
OTHER_SIDE = {"buyer": {"agent", "assist"}, "agent": {"buyer"}}


# --------------------------------------------------------------------------------
# Load-generator processes (no Django here: plain websockets and asyncio)
# --------------------------------------------------------------------------------


class Ledger:
    """Every message sent and received by one load process, for exact bookkeeping."""

    def __init__(self):
        self.sent = {}  # client_msg_id -> (monotonic send time, step, direction)
        self.acked = {}  # client_msg_id -> (session, seq) or None
        self.ack_status = collections.Counter()
        self.by_cmid = {}  # client_msg_id -> receive time
        self.by_seq = {}  # (session, seq) -> receive time
        self.duplicates = 0
        self.errors = collections.Counter()
        self.errored = set()
        self.closed = 0
        self.step = -1

    def receive(self, session, message, now):
        cmid = message.get("client_msg_id")
        if cmid and message.get("seq") is None:
            if cmid in self.by_cmid:
                self.duplicates += 1
            else:
                self.by_cmid[cmid] = now
            return
        key = (session, message.get("seq"))
        if key in self.by_seq:
            self.duplicates += 1
        else:
            self.by_seq[key] = now

    def settled(self):
        return all(
            cmid in self.errored
            or (cmid in self.acked and self.received_at(cmid) is not None)
            for cmid in self.sent
        )

    def received_at(self, cmid):
        if cmid in self.by_cmid:
            return self.by_cmid[cmid]
        key = self.acked.get(cmid)
        return self.by_seq.get(key) if key else None

    def step_stats(self, step):
        latencies = {"b2a": [], "a2b": []}
        counts = collections.Counter()
        for cmid, (sent_at, sent_step, direction) in self.sent.items():
            if sent_step != step:
                continue
            counts[f"sent_{direction}"] += 1
            got = self.received_at(cmid)
            if cmid in self.errored:
                counts["refused"] += 1
            elif cmid not in self.acked:
                counts["unacked"] += 1
            elif got is None:
                counts["late"] += 1
            if got is not None:
                latencies[direction].append((got - sent_at) * 1000)
        return latencies, counts

    def totals(self):
        counts = collections.Counter()
        for cmid, (_, _, direction) in self.sent.items():
            counts[f"sent_{direction}"] += 1
            if cmid in self.errored:
                counts[f"refused_{direction}"] += 1
            elif cmid not in self.acked:
                counts[f"unacked_{direction}"] += 1
            elif self.received_at(cmid) is None:
                counts[f"lost_{direction}"] += 1
            else:
                counts[f"delivered_{direction}"] += 1
        counts["received"] = len(self.by_cmid) + len(self.by_seq)
        counts["duplicates"] = self.duplicates
        counts["closed"] = self.closed
        return counts


class Client:
    def __init__(self, spec, ledger, origin):
        self.side = spec["side"]
        self.url = spec["url"]
        self.cookie = spec.get("cookie")
        self.sessions = spec["sessions"]
        self.ledger = ledger
        self.origin = origin
        self.ws = None
        self.histories = 0
        self.subscribed = asyncio.Event()
        self.pongs = collections.deque()
        self.session_of = {}
        self.replying = False
        self.texts = BUYER_TEXTS if self.side == "buyer" else AGENT_TEXTS
        self.sent_in: dict[int, int] = {}

    async def connect(self, timeout):
        from websockets.asyncio.client import connect

        headers = {"Cookie": f"sessionid={self.cookie}"} if self.cookie else {}
        self.ws = await asyncio.wait_for(
            connect(
                self.url,
                # The page's origin is the server the socket goes to (as behind
                # one load balancer): csc checks scheme, host and port.
                origin=self.url.replace("ws://", "http://", 1).split("/ws/")[0],
                additional_headers=headers,
                compression=None,
                ping_interval=None,
                max_size=2**22,
                open_timeout=timeout,
            ),
            timeout,
        )
        self.reader = asyncio.create_task(self.read())

    async def read(self):
        from websockets.exceptions import ConnectionClosed

        try:
            async for raw in self.ws:
                self.handle(json.loads(raw), time.monotonic())
        except ConnectionClosed:
            pass
        self.ledger.closed += 1

    def handle(self, frame, now):
        kind = frame.get("type")
        ledger = self.ledger
        if kind == "message":
            message = frame.get("message") or {}
            if message.get("sender_kind") in OTHER_SIDE[self.side]:
                ledger.receive(frame.get("session"), message, now)
                if self.side == "agent" and self.replying:
                    asyncio.get_running_loop().create_task(
                        self.send_text(frame.get("session"), "a2b")
                    )
        elif kind == "ack":
            cmid = frame.get("client_msg_id")
            ledger.ack_status[frame.get("status")] += 1
            seq = frame.get("seq")
            session = self.session_of.pop(cmid, self.sessions[0])
            ledger.acked[cmid] = None if seq is None else (session, seq)
        elif kind == "history":
            self.histories += 1
            if self.histories >= len(self.sessions):
                self.subscribed.set()
        elif kind == "error":
            ledger.errors[frame.get("code")] += 1
            if frame.get("ref"):
                ledger.errored.add(frame["ref"])
        elif kind == "pong":
            self.pongs.append(now)

    async def subscribe(self):
        for session in self.sessions:
            await self.ws.send(
                json.dumps({"type": "subscribe", "session": session, "after_seq": 0})
            )

    def next_text(self, session):
        """Each session's texts in turn from a random start: like real people, no
        one sends the same sentence three times in ten messages, which the spam
        rule would rightly flag for review."""
        count = self.sent_in.get(session)
        if count is None:
            count = random.randrange(len(self.texts))
        self.sent_in[session] = count + 1
        return self.texts[count % len(self.texts)]

    async def send_text(self, session, direction):
        cmid = str(uuid.uuid4())
        self.session_of[cmid] = session
        frame = {
            "type": "send",
            "session": session,
            "client_msg_id": cmid,
            "text": self.next_text(session),
        }
        self.ledger.sent[cmid] = (time.monotonic(), self.ledger.step, direction)
        with contextlib.suppress(Exception):
            await self.ws.send(json.dumps(frame, ensure_ascii=False))

    async def ping(self, timeout):
        before = len(self.pongs)
        sent_at = time.monotonic()
        await self.ws.send('{"type": "ping"}')
        deadline = sent_at + timeout
        while len(self.pongs) == before and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        if len(self.pongs) == before:
            return None
        return (self.pongs[-1] - sent_at) * 1000

    async def close(self):
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.ws.close(), 3)


async def connect_all(clients, timeout, concurrency=50):
    gate = asyncio.Semaphore(concurrency)
    failures = collections.Counter()

    async def one(client):
        async with gate:
            try:
                await client.connect(timeout)
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                failures[type(exc).__name__] += 1

    await asyncio.gather(*(one(c) for c in clients))
    return [c for c in clients if c.ws is not None], failures


async def buyer_loop(client, rate, start_at, end_at):
    interval = 1.0 / rate
    next_at = start_at + random.random() * interval
    session = client.sessions[0]
    while next_at < end_at:
        delay = next_at - time.time()
        if delay > 0:
            await asyncio.sleep(delay)
        await client.send_text(session, "b2a")
        next_at += interval


async def load_worker(conn, spec):
    ledger = Ledger()
    clients = [Client(c, ledger, spec["origin"]) for c in spec["clients"]]
    clients, failures = await connect_all(clients, spec["timeout"])
    for client in clients:
        await client.subscribe()
    deadline = time.monotonic() + spec["timeout"]
    for client in clients:
        remaining = deadline - time.monotonic()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(client.subscribed.wait(), max(remaining, 0.01))
    ready = sum(c.subscribed.is_set() for c in clients)
    conn.send({"connected": len(clients), "subscribed": ready, "failures": failures})
    buyers = [c for c in clients if c.side == "buyer"]
    for client in clients:
        client.replying = client.side == "agent" and spec["reply"]
    loop = asyncio.get_running_loop()
    while True:
        command = await loop.run_in_executor(None, conn.recv)
        if command["do"] == "step":
            ledger.step = command["step"]
            await asyncio.gather(
                *(
                    buyer_loop(b, command["rate"], command["start"], command["end"])
                    for b in buyers
                )
            )
            await asyncio.sleep(
                max(0.0, command["end"] + command["drain"] - time.time())
            )
            conn.send(ledger.step_stats(command["step"]))
        elif command["do"] == "finish":
            # Late is not lost: wait (bounded) until every acknowledged message
            # has arrived and every send has its answer.
            deadline = time.monotonic() + command["drain"]
            while time.monotonic() < deadline and not ledger.settled():
                await asyncio.sleep(0.2)
            totals = ledger.totals()
            totals.update({f"error_{k}": v for k, v in ledger.errors.items()})
            totals.update({f"status_{k}": v for k, v in ledger.ack_status.items()})
            closed_before = ledger.closed
            await asyncio.gather(*(c.close() for c in clients))
            totals["closed_by_server"] = closed_before
            conn.send(totals)
            return


async def ping_all(clients, timeout):
    gate = asyncio.Semaphore(100)

    async def one(client):
        async with gate:
            try:
                return await client.ping(timeout)
            except Exception:  # noqa: BLE001 - a dead connection answers None
                return None

    return await asyncio.gather(*(one(c) for c in clients))


async def hold_worker(conn, spec):
    ledger = Ledger()
    clients = [Client(c, ledger, spec["origin"]) for c in spec["clients"]]
    started = time.monotonic()
    clients, failures = await connect_all(clients, spec["timeout"], concurrency=25)
    conn.send(
        {
            "connected": len(clients),
            "failures": failures,
            "seconds": time.monotonic() - started,
        }
    )
    loop = asyncio.get_running_loop()
    while True:
        command = await loop.run_in_executor(None, conn.recv)
        if command["do"] == "ping":
            results = await ping_all(clients, command["timeout"])
            conn.send([r for r in results if r is not None])
        else:
            closed_by_server = ledger.closed
            await asyncio.gather(*(c.close() for c in clients))
            conn.send({"closed_by_server": closed_by_server})
            return


def worker_entry(kind, conn, spec):
    raise_fd_limit()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run((load_worker if kind == "load" else hold_worker)(conn, spec))


# --------------------------------------------------------------------------------
# The conductor: servers, database, steps, report
# --------------------------------------------------------------------------------


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} cores"


class Servers:
    """Daphne processes started by this script, always stopped by it."""

    def __init__(self, env, logdir):
        self.env = env
        self.logdir = logdir
        self.processes = []

    def start(self, app, count):
        ports = []
        for _ in range(count):
            port = free_port()
            log = open(self.logdir / f"daphne-{port}.log", "wb")  # noqa: SIM115
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "daphne",
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    app,
                ],
                cwd=self.env.get("CSC_BENCH_ROOT", ROOT),
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            self.processes.append((process, log))
            ports.append(port)
        for port in ports:
            self.wait_for(port)
        return ports

    def wait_for(self, port, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process, log in self.processes:
                if process.poll() is not None:
                    raise RuntimeError(f"daphne exited; see {log.name}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", port), timeout=1),
            ):
                return
            time.sleep(0.2)
        raise RuntimeError(f"daphne did not listen on {port} within {timeout}s")

    def pids(self):
        return [p.pid for p, _ in self.processes if p.poll() is None]

    def stop(self):
        for process, _ in self.processes:
            if process.poll() is None:
                process.terminate()
        for process, log in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            log.close()
        self.processes = []


def rss_mb(pid):
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def start_workers(kind, specs):
    context = mp.get_context("spawn")
    workers = []
    for spec in specs:
        parent, child = context.Pipe()
        process = context.Process(target=worker_entry, args=(kind, child, spec))
        process.start()
        workers.append((process, parent))
    return workers


def receive_all(workers, timeout):
    results = []
    deadline = time.monotonic() + timeout
    for _, pipe in workers:
        if not pipe.poll(max(0.01, deadline - time.monotonic())):
            raise RuntimeError(f"a load process did not answer within {timeout}s")
        results.append(pipe.recv())
    return results


def stop_workers(workers):
    for process, _ in workers:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


# ---- database -------------------------------------------------------------------


def database_url(base, name):
    parsed = urlparse(base)
    return urlunparse(parsed._replace(path=f"/{name}"))


def admin_connection(base):
    import psycopg2

    connection = psycopg2.connect(database_url(base, "postgres"))
    connection.autocommit = True
    return connection


def create_database(base):
    connection = admin_connection(base)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{BENCH_DB}"')
    finally:
        connection.close()


def drop_database(base):
    connection = admin_connection(base)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
    finally:
        connection.close()


def migrate(env):
    """The schema, and the rules and screening model every process screens
    with (without them no csc process can screen a message: every send fails)."""
    for command in (
        ["migrate", "--noinput", "-v", "0", "--skip-checks"],
        ["sync_rule_pack", "--verbosity", "0"],
        ["sync_screening_model"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=300,
            stdout=subprocess.DEVNULL,
        )


def seed(buyer_count, agent_count, with_sessions=True, agents_per_store=2):
    """Stores of `agents_per_store` agents each, and buyers each with an open
    session served by one agent; return the login cookies and session ids."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from chat.models import Membership, Session, Store, User

    run = uuid.uuid4().hex[:6]
    password = make_password("bench-password-not-used")
    store_count = max(1, -(-agent_count // agents_per_store))
    stores = Store.objects.bulk_create(
        Store(
            name=f"压测店铺{n}",
            slug=f"bench-{run}-{n}",
            opens_at="00:00",
            closes_at="23:59",
        )
        for n in range(store_count)
    )
    agents = User.objects.bulk_create(
        User(username=f"a{run}-{i}", kind=User.Kind.MERCHANT, password=password)
        for i in range(agent_count)
    )
    Membership.objects.bulk_create(
        Membership(
            store=stores[i // agents_per_store],
            user=agent,
            max_sessions=buyer_count,
            presence=Membership.Presence.ONLINE,
        )
        for i, agent in enumerate(agents)
    )
    buyers = User.objects.bulk_create(
        User(username=f"b{run}-{i}", kind=User.Kind.BUYER, password=password)
        for i in range(buyer_count)
    )
    now = timezone.now()
    sessions = []
    if with_sessions:
        sessions = Session.objects.bulk_create(
            Session(
                store=stores[(i % agent_count) // agents_per_store],
                buyer=buyer,
                agent=agents[i % agent_count],
                state=Session.State.ACTIVE,
                assigned_at=now,
                human_started_at=now,
            )
            for i, buyer in enumerate(buyers)
        )

    def cookie(user):
        login = SessionStore()
        login[SESSION_KEY] = str(user.pk)
        login[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        login[HASH_SESSION_KEY] = user.get_session_auth_hash()
        login.create()
        return login.session_key

    return {
        "agents": [(a.pk, cookie(a)) for a in agents],
        "buyers": [(b.pk, cookie(b)) for b in buyers],
        "sessions": [s.pk for s in sessions],
        "stores": store_count,
    }


def analyze(vacuum=True):
    """Do what autovacuum would in production (it is off on the development
    machine): refresh the planner's statistics (without them PostgreSQL plans
    the screening history of a session of hundreds of messages as a read of
    all of them) and, unless `vacuum` is off, clear the dead row versions (each
    send leaves one of its session's row; autovacuum would clear the 200
    sessions' thousands about once a minute, a bench rate takes about as
    long)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)" if vacuum else "ANALYZE")


def stored_counts():
    """What csc stored: rows, distinct client ids and gap-free seqs per session."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sender_kind, count(*), count(DISTINCT (sender_id, client_msg_id))"
            " FROM chat_message WHERE sender_kind IN ('buyer', 'agent')"
            " GROUP BY sender_kind"
        )
        rows = {kind: (total, distinct) for kind, total, distinct in cursor.fetchall()}
        cursor.execute(
            "SELECT count(*) FROM (SELECT session_id FROM chat_message"
            " WHERE seq IS NOT NULL GROUP BY session_id"
            " HAVING max(seq) <> count(*) OR count(DISTINCT seq) <> count(*)) gaps"
        )
        rows["sessions_with_seq_gaps"] = cursor.fetchone()[0]
    return rows


# ---- one server under stepped load ----------------------------------------------


class SteppedRun:
    """One server (`app` at `path`) with its Daphne processes and load processes,
    stepped through offered rates one step at a time so that two servers can be
    stepped in turn, each step of one right after the same step of the other."""

    def __init__(self, name, app, path, args, env, logdir, people):
        self.name, self.app, self.path = name, app, path
        self.args, self.people = args, people
        self.servers = Servers(env, logdir)
        self.csc = app.startswith("csc.")
        self.workers = []
        self.rows = []
        self.over = 0

    def start(self):
        args, people = self.args, self.people
        ports = self.servers.start(self.app, args.nodes)
        urls = [f"ws://127.0.0.1:{port}{self.path}" for port in ports]
        origin = f"http://127.0.0.1:{ports[0]}"
        baseline = not self.csc
        per_agent = collections.defaultdict(list)
        for index, session in enumerate(people["sessions"]):
            per_agent[index % len(people["agents"])].append((index, session))
        specs = [
            {"clients": [], "origin": origin, "timeout": 30, "reply": True}
            for _ in range(args.workers)
        ]
        for agent_index, owned in per_agent.items():
            spec = specs[agent_index % args.workers]
            spec["clients"].append(
                {
                    "side": "agent",
                    "url": urls[agent_index % len(urls)]
                    + ("?side=agent" if baseline else ""),
                    "cookie": people["agents"][agent_index][1],
                    "sessions": [session for _, session in owned],
                }
            )
            for buyer_index, session in owned:
                spec["clients"].append(
                    {
                        "side": "buyer",
                        "url": urls[buyer_index % len(urls)]
                        + ("?side=buyer" if baseline else ""),
                        "cookie": people["buyers"][buyer_index][1],
                        "sessions": [session],
                    }
                )
        self.workers = start_workers("load", specs)
        hello = receive_all(self.workers, 90)
        connected = sum(h["connected"] for h in hello)
        subscribed = sum(h["subscribed"] for h in hello)
        failures = sum((h["failures"] for h in hello), collections.Counter())
        self.connected = connected
        print(
            f"  {self.name}: {args.nodes} Daphne process(es), {connected} connections"
            f" ({subscribed} subscribed, failures {dict(failures) or 0})"
        )

    @property
    def done(self):
        # One noisy step on a shared machine is not a knee; two in a row are.
        return self.over >= 2

    def step(self, step, rate, seconds=None, profile_dir=None, note=""):
        args = self.args
        seconds = seconds or args.step_seconds
        start = time.time() + 0.5
        command = {
            "do": "step",
            "step": step,
            "rate": rate / len(self.people["buyers"]),
            "start": start,
            "end": start + seconds,
            "drain": args.drain_seconds,
        }
        profiler = None
        if profile_dir is not None:
            profiler = start_profiler(self.servers.pids()[0], profile_dir, args)
        meter = CpuMeter(self.servers.pids(), [p.pid for p, _ in self.workers])
        for _, pipe in self.workers:
            pipe.send(command)
        results = receive_all(self.workers, seconds + args.drain_seconds + 60)
        cpu = meter.read()
        if profiler is not None:
            profiler.wait(timeout=seconds + 30)
        row = summarise_step(rate, results, seconds, cpu)
        print_step(self.name, row, "  (profiled, not counted)" if profiler else note)
        if step >= 0 and profiler is None:
            self.rows.append(row)
            self.over = self.over + 1 if row["p99"] > KNEE_MS or row["late"] else 0
        return row

    def finish(self):
        for _, pipe in self.workers:
            pipe.send({"do": "finish", "drain": 30})
        totals = sum(receive_all(self.workers, 90), collections.Counter())
        return {"rows": self.rows, "totals": totals, "connected": self.connected}

    def stop(self):
        stop_workers(self.workers)
        self.servers.stop()


class CpuMeter:
    """CPU seconds spent from now until `read()` by the servers' processes, the
    load processes, PostgreSQL (the backends of the bench's database, found anew
    at each reading: they come and go as connections are recycled; not those of
    other databases, which on a shared machine are other people's work) and
    Redis."""

    def __init__(self, server_pids, load_pids):
        self.fixed = {"server": list(server_pids), "load": list(load_pids)}
        self.before = {name: self._times(name) for name in self.NAMES}

    NAMES = ("server", "load", "postgres", "redis")

    def _times(self, name):
        if name in self.fixed:
            pids = self.fixed[name]
        elif name == "postgres":
            pids = pids_named("postgres", f" {BENCH_DB} ")
        else:
            pids = pids_named("redis-server")
        times = {pid: cpu_seconds([pid]) for pid in pids}
        return {pid: seconds for pid, seconds in times.items() if seconds >= 0}

    def read(self):
        # A process that ended meanwhile is left out (its time can no longer be
        # read); one that started meanwhile counts in full.
        spent = {}
        for name in self.NAMES:
            before = self.before[name]
            spent[name] = sum(
                seconds - before.get(pid, 0.0)
                for pid, seconds in self._times(name).items()
            )
        return spent


def pids_named(command, title=None):
    """Processes running `command`; with `title`, only those whose command line
    (a PostgreSQL backend's: "postgres: 15/main: user database host state")
    contains it."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                if Path(f"/proc/{entry}/comm").read_text().strip() != command:
                    continue
                if title is not None:
                    line = Path(f"/proc/{entry}/cmdline").read_bytes()
                    if title not in line.replace(b"\0", b" ").decode(errors="replace"):
                        continue
                found.append(int(entry))
    return found


def cpu_seconds(pids):
    """CPU seconds used so far by these processes; -1 when one has ended."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return -1.0
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


STEP_HEADER = (
    "  offered/s  server    delivered/s  p50 ms  p95 ms  p99 ms  max ms"
    "  errors  late | CPU ms per message: server  postgres  load  redis  all"
)


def print_step(name, row, note=""):
    print(
        f"  {row['rate']:9d}  {name:8s}  {row['delivered_per_s']:11.1f}"
        f"  {row['p50']:6.1f}  {row['p95']:6.1f}  {row['p99']:6.1f}  {row['max']:6.1f}"
        f"  {row['errors']:6d}  {row['late']:4d} |"
        f"  {row['cpu_server']:26.2f}  {row['cpu_postgres']:8.2f}"
        f"  {row['cpu_load']:4.2f}  {row['cpu_redis']:5.2f}  {row['cpu_all']:4.2f}"
        + note
    )


def run_interleaved(runs, args, profile_dir=None):
    """Step every run through the rates in turn until each is two steps past its
    knee; the servers that are not being stepped sit idle meanwhile."""
    for run in runs:
        run.start()
    print("\n" + STEP_HEADER)
    # Each process compiles the screening rules and opens its database
    # connections on first use: warm up before anything is counted.
    for run in runs:
        run.step(-1, args.rates[0], seconds=4, note="  (warm-up, not counted)")
    for step, rate in enumerate(args.rates):
        active = [run for run in runs if not run.done]
        if not active:
            break
        analyze(vacuum=not args.no_vacuum)
        # Each step in another order, so that no run always follows the same one.
        shift = step % len(active)
        for run in active[shift:] + active[:shift]:
            run.step(step, rate)
    for run in runs:
        if profile_dir is not None and run.name == "csc":
            run.step(len(args.rates), args.profile_rate, profile_dir=profile_dir)
    return {run.name: run.finish() for run in runs}


def run_idle(runs, args, rounds=2):
    """Every server's CPU per second with its sockets connected, subscribed and
    silent: what it spends whatever the traffic (timers, polling, keepalives).
    After a warm-up step, each run is measured in turn, `rounds` times."""
    for run in runs:
        run.start()
    for run in runs:
        run.step(-1, args.rates[0], seconds=4, note="  (warm-up, not counted)")
    time.sleep(args.drain_seconds + 2)
    print(
        f"\n== idle: CPU ms per second over {args.idle:.0f} s, sockets connected"
        " and silent (load average " + load_average() + ")"
    )
    print("  server    round   server  load  postgres  redis")
    for round_ in range(rounds):
        for run in runs:
            meter = CpuMeter(run.servers.pids(), [p.pid for p, _ in run.workers])
            time.sleep(args.idle)
            cpu = meter.read()
            print(
                f"  {run.name:8s}  {round_ + 1:5d}  {1000 * cpu['server'] / args.idle:6.1f}"
                f"  {1000 * cpu['load'] / args.idle:4.1f}"
                f"  {1000 * cpu['postgres'] / args.idle:8.1f}"
                f"  {1000 * cpu['redis'] / args.idle:5.1f}"
            )


def summarise_step(rate, results, seconds, cpu):
    latencies, counts = [], collections.Counter()
    for step_latencies, step_counts in results:
        latencies.extend(step_latencies["b2a"])
        counts.update(step_counts)
        counts["delivered"] += len(step_latencies["b2a"]) + len(step_latencies["a2b"])
    late = counts["late"]
    errors = counts["refused"] + counts["unacked"]
    # Per message sent in the step (buyer messages and agent replies), counting
    # the drain after it, when the step's late messages are still being served.
    sent = max(1, counts["sent_b2a"] + counts["sent_a2b"])
    return {
        "rate": rate,
        "sent": counts["sent_b2a"],
        "cpu_server": 1000 * cpu["server"] / sent,
        "cpu_postgres": 1000 * cpu["postgres"] / sent,
        "cpu_load": 1000 * cpu["load"] / sent,
        "cpu_redis": 1000 * cpu["redis"] / sent,
        "cpu_all": 1000 * sum(cpu.values()) / sent,
        "delivered_per_s": counts["delivered"] / seconds,
        "p50": percentile(latencies, 0.50),
        "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99) if not late else float("inf"),
        "max": max(latencies, default=float("nan")),
        "errors": max(errors, 0),
        "late": late,
    }


def knee(result):
    """The last step at or under the knee before the two that passed it."""
    rows = result["rows"]
    for index in range(len(rows)):
        if all(r["p99"] > KNEE_MS or r["late"] for r in rows[index : index + 2]):
            good = [r for r in rows[:index] if r["p99"] <= KNEE_MS and not r["late"]]
            return good[-1] if good else None
    good = [r for r in rows if r["p99"] <= KNEE_MS and not r["late"]]
    return good[-1] if good else None


def print_totals(name, totals):
    lost = totals["lost_b2a"] + totals["lost_a2b"]
    print(
        f"  {name} totals: sent {totals['sent_b2a']} buyer + {totals['sent_a2b']} agent"
        f" messages; delivered {totals['delivered_b2a'] + totals['delivered_a2b']};"
        f" lost {lost}; duplicated {totals['duplicates']};"
        f" unacked {totals['unacked_b2a'] + totals['unacked_a2b']};"
        f" refused {totals['refused_b2a'] + totals['refused_a2b']};"
        f" connections closed by the server {totals['closed_by_server']}"
    )
    extra = {k: v for k, v in totals.items() if k.startswith(("error_", "status_"))}
    if extra:
        print(f"  {name} ack statuses and error codes: {dict(sorted(extra.items()))}")


def print_stored(results, stored):
    """What the csc runs stored against what their clients were acknowledged."""
    acked = collections.Counter()
    for name, result in results.items():
        if name.startswith("csc"):
            totals = result["totals"]
            acked["buyer"] += totals["delivered_b2a"] + totals["lost_b2a"]
            acked["agent"] += totals["delivered_a2b"] + totals["lost_a2b"]
    for kind in ("buyer", "agent"):
        rows, distinct = stored.get(kind, (0, 0))
        verdict = "ok" if rows == distinct == acked[kind] else "MISMATCH"
        print(
            f"  stored {kind} messages: {rows} rows, {distinct} distinct client ids,"
            f" {acked[kind]} acknowledged to clients -> {verdict}"
        )
    print(f"  sessions with seq gaps or repeats: {stored['sessions_with_seq_gaps']}")


# ---- profiling ------------------------------------------------------------------


def start_profiler(pid, directory, args):
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    output = directory / "daphne.collapsed"
    return subprocess.Popen(
        [
            py_spy,
            "record",
            "--pid",
            str(pid),
            "--format",
            "raw",
            "--rate",
            "250",
            "--duration",
            str(int(args.step_seconds)),
            "--nonblocking",
            "--gil",
            "--output",
            str(output),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def print_profile(directory, top=45):
    collapsed = directory / "daphne.collapsed"
    if not collapsed.exists():
        print("  (py-spy wrote no samples)")
        return
    own, inclusive, total = collections.Counter(), collections.Counter(), 0
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        count = int(count)
        frames = [f.split(" (")[0] + " " + shorten(f) for f in stack.split(";")]
        total += count
        own[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count
    print(f"\n== where a csc Daphne process spends its time ({total} samples)")
    print("  self %  function (file)")
    for frame, count in own.most_common(top):
        print(f"  {100 * count / total:5.1f}  {frame}")
    print("  inclusive %  function (file), csc code only")
    ours = [
        (f, c)
        for f, c in inclusive.most_common()
        if any(p in f for p in ("chat/", "compliance/", "csc/"))
    ]
    for frame, count in ours[:top]:
        print(f"  {100 * count / total:5.1f}  {frame}")


def shorten(frame):
    inside = frame.partition(" (")[2].rstrip(")")
    path = inside.rsplit(":", 1)[0]
    for marker in ("site-packages/", str(ROOT) + "/", "lib/python3.11/"):
        if marker in path:
            return "(" + path.split(marker, 1)[1] + ")"
    return f"({path})"


# ---- the hold test --------------------------------------------------------------


def run_hold(args, env, logdir, people):
    servers = Servers(env, logdir)
    try:
        (port,) = servers.start("csc.asgi:application", 1)
        pid = servers.pids()[0]
        url = f"ws://127.0.0.1:{port}/ws/chat/"
        specs = [
            {"clients": [], "origin": f"http://127.0.0.1:{port}", "timeout": 60}
            for _ in range(args.workers)
        ]
        for index, (_, cookie) in enumerate(people["buyers"]):
            specs[index % args.workers]["clients"].append(
                {"side": "buyer", "url": url, "cookie": cookie, "sessions": [0]}
            )
        rss_before = rss_mb(pid)
        workers = start_workers("hold", specs)
        try:
            hello = receive_all(workers, 180)
            connected = sum(h["connected"] for h in hello)
            failures = sum((h["failures"] for h in hello), collections.Counter())
            seconds = max(h["seconds"] for h in hello)
            print(
                f"\n== hold: {connected} of {args.connections} connections open on one"
                f" Daphne process in {seconds:.1f} s (failures {dict(failures) or 0});"
                f" Daphne RSS {rss_before:.0f} MB idle -> {rss_mb(pid):.0f} MB,"
                f" open fds {len(os.listdir(f'/proc/{pid}/fd'))}"
            )
            deadline = time.monotonic() + args.hold_seconds
            rounds = 0
            while True:
                for _, pipe in workers:
                    pipe.send({"do": "ping", "timeout": 10})
                answers = [ms for part in receive_all(workers, 60) for ms in part]
                rounds += 1
                print(
                    f"  ping round {rounds}: {len(answers)} of {connected} answered pong;"
                    f" p50 {percentile(answers, 0.5):.1f} ms,"
                    f" p99 {percentile(answers, 0.99):.1f} ms,"
                    f" max {max(answers, default=float('nan')):.1f} ms"
                )
                if time.monotonic() + args.ping_every > deadline:
                    break
                time.sleep(args.ping_every)
            for _, pipe in workers:
                pipe.send({"do": "close"})
            closed = sum(r["closed_by_server"] for r in receive_all(workers, 60))
            print(f"  connections closed by the server while held: {closed}")
        finally:
            stop_workers(workers)
        return connected, answers
    finally:
        servers.stop()


# ---- main -----------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="about one minute")
    parser.add_argument("--nodes", type=int, default=2, help="Daphne processes")
    parser.add_argument("--workers", type=int, default=2, help="load processes")
    parser.add_argument("--buyers", type=int, default=200)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument(
        "--agents-per-store",
        type=int,
        default=2,
        help="each store's agents all receive its session updates",
    )
    parser.add_argument(
        "--rates",
        default=",".join(str(rate) for rate in DEFAULT_RATES),
        help="offered buyer messages per second, stepped up in this order",
    )
    parser.add_argument("--step-seconds", type=float, default=8.0)
    parser.add_argument("--drain-seconds", type=float, default=2.0)
    parser.add_argument("--only", choices=["baseline", "csc"], help="skip the other")
    parser.add_argument(
        "--connections", type=int, help="hold this many connections instead"
    )
    parser.add_argument("--hold-seconds", type=float, default=30.0)
    parser.add_argument("--ping-every", type=float, default=10.0)
    parser.add_argument(
        "--profile",
        type=int,
        metavar="RATE",
        dest="profile_rate",
        help="sample csc's first Daphne with py-spy during the step at this rate",
    )
    parser.add_argument(
        "--ab",
        action="append",
        default=[],
        metavar="VARIABLE=VALUE",
        help="also step csc with this environment variable set, in the same run",
    )
    parser.add_argument(
        "--idle",
        type=float,
        metavar="SECONDS",
        help="instead of stepping: measure each server's CPU with its sockets"
        " connected and silent for this long, in turn",
    )
    parser.add_argument("--keep", action="store_true", help="keep csc_bench_chat")
    parser.add_argument(
        "--no-vacuum",
        action="store_true",
        help="before each rate only ANALYZE the database, not VACUUM it"
        " (as before 2026-12-05)",
    )
    parser.add_argument(
        "--before",
        metavar="CHECKOUT",
        help="also measure csc from this checkout (e.g. a worktree of main)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/csc"
        ),
        help="server and credentials; the database name is replaced",
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.buyers, args.agents = min(args.buyers, 100), min(args.agents, 25)
        args.rates = (
            args.rates if "--rates" in (argv or sys.argv) else "50,100,150,200,300"
        )
        args.step_seconds, args.drain_seconds = 4.0, 1.5
        args.hold_seconds, args.ping_every = 10.0, 5.0
    args.rates = [int(r) for r in str(args.rates).split(",")]
    return args


def main(argv=None):
    args = parse_args(argv)
    fds = raise_fd_limit()
    print(f"chat_load: load average {load_average()}; fd limit {fds}")
    print(
        f"  {args.nodes} Daphne node(s), {args.workers} load processes,"
        f" steps of {args.step_seconds:.0f} s, p99 knee at {KNEE_MS:.0f} ms"
    )
    bench_url = database_url(args.database_url, BENCH_DB)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
        ),
        "DJANGO_SETTINGS_MODULE": "csc.settings",
        "DATABASE_URL": bench_url,
        "REDIS_URL": args.redis_url,
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "REDIS_URL", "DEBUG")})
    os.environ.update({k: env[k] for k in ("SECRET_KEY", "ALLOWED_HOSTS")})
    os.environ["DJANGO_SETTINGS_MODULE"] = "csc.settings"
    logdir = Path(tempfile.mkdtemp(prefix="csc-bench-"))
    created = False
    try:
        create_database(args.database_url)
        created = True
        migrate(env)
        import django

        django.setup()
        if args.connections:
            people = seed(args.connections, 1, with_sessions=False)
            run_hold(args, env, logdir, people)
            return 0
        people = seed(args.buyers, args.agents, agents_per_store=args.agents_per_store)
        print(
            f"  {args.buyers} buyers in {args.buyers} sessions, {args.agents} agents"
            f" in {people['stores']} stores; every buyer message gets a reply"
        )
        runs = []
        if args.only != "csc":
            baseline_people = {**people, "agents": [(0, None)] * args.agents}
            baseline_people["buyers"] = [(0, None)] * args.buyers
            runs.append(
                SteppedRun(
                    "baseline",
                    "bench.echo_asgi:application",
                    "/ws/echo/",
                    args,
                    env,
                    logdir,
                    baseline_people,
                )
            )
        if args.only != "baseline":
            for setting in ["", *args.ab]:
                # Each csc run its own users and sessions: an idle run's agents
                # must not receive (and answer) another run's messages.
                own = people if not setting else seed(args.buyers, args.agents)
                variable, _, value = setting.partition("=")
                runs.append(
                    SteppedRun(
                        f"csc:{setting}" if setting else "csc",
                        "csc.asgi:application",
                        "/ws/chat/",
                        args,
                        {**env, variable: value} if setting else env,
                        logdir,
                        own,
                    )
                )
        if args.before and args.only != "baseline":
            # The code before a change, from another checkout (a worktree of
            # main), against the same database: measured in the same run.
            before = str(Path(args.before).resolve())
            runs.append(
                SteppedRun(
                    "csc:before",
                    "csc.asgi:application",
                    "/ws/chat/",
                    args,
                    {**env, "CSC_BENCH_ROOT": before, "PYTHONPATH": before},
                    logdir,
                    seed(
                        args.buyers, args.agents, agents_per_store=args.agents_per_store
                    ),
                )
            )
        if args.idle:
            try:
                run_idle(runs, args)
            finally:
                for run in runs:
                    run.stop()
            return 0
        profile_dir = logdir if args.profile_rate else None
        try:
            results = run_interleaved(runs, args, profile_dir)
        finally:
            for run in runs:
                run.stop()
        print()
        for name, result in results.items():
            print_totals(name, result["totals"])
        if args.only != "baseline":
            print_stored(results, stored_counts())
        if profile_dir is not None:
            print_profile(profile_dir)
        print_knees(results)
        print(f"\nchat_load: load average at the end {load_average()}")
        return 0
    finally:
        if created and not args.keep:
            from django.db import connections

            connections.close_all()
            drop_database(args.database_url)
        shutil.rmtree(logdir, ignore_errors=True)


def print_knees(results):
    print(
        "\n== knees (highest offered rate with buyer->agent p99 <= 100 ms, none late)"
    )
    knees = {}
    for name, result in results.items():
        found = knee(result)
        knees[name] = found
        if found is None:
            print(f"  {name}: below the first step")
        else:
            print(
                f"  {name}: {found['rate']} buyer messages/s offered,"
                f" {found['delivered_per_s']:.0f} messages/s delivered (both directions),"
                f" p99 {found['p99']:.1f} ms"
            )
    base_knee = knees.get("baseline")
    for name, result in results.items():
        if name == "baseline" or not base_knee or not knees.get(name):
            continue
        ratio = knees[name]["rate"] / base_knee["rate"]
        print(f"\n  {name} knee / baseline knee = {ratio:.2f}")
        common = {
            row["rate"]: row for row in results["baseline"]["rows"] if row["p99"] < 1e9
        }
        for row in result["rows"]:
            if row["rate"] in common and row["p99"] < 1e9:
                base = common[row["rate"]]
                print(
                    f"  at {row['rate']}/s: {name} throughput"
                    f" {row['delivered_per_s'] / base['delivered_per_s']:.2f} x baseline,"
                    f" p99 {row['p99'] / base['p99']:.2f} x baseline,"
                    f" CPU per message {row['cpu_all'] / base['cpu_all']:.2f} x baseline"
                    f" (server {row['cpu_server'] / base['cpu_server']:.2f} x)"
                )


if __name__ == "__main__":
    sys.exit(main())
