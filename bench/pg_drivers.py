"""The event-loop send's statements through two PostgreSQL drivers, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/csc python bench/pg_drivers.py

Compares, against the real PostgreSQL, what `chat.actions.text_send` does on
its connections for every common send, minus the decision itself:

  BEGIN + the session's locking context read (hot_sql.send_context_statement)
  [+ the history read again, when another send committed while this one waited
  for the lock], then the message's INSERT + the session's UPDATE + COMMIT;

(a) psycopg2, as `chat/async_pg.py` does (chat.actions.text_send): asynchronous
    connections driven by the loop's readers and writers, each round trip one
    query string ("BEGIN; EXECUTE ..." and "EXECUTE ...; EXECUTE ...; COMMIT"),
    the statements prepared by hand (SQL PREPARE, named by digest);
(b) psycopg 3 (psycopg[binary] + psycopg_pool.AsyncConnectionPool): the same
    statements and the same explicit BEGIN ... COMMIT, sent in pipeline mode so
    that a send is the same two round trips, prepared automatically by psycopg
    (prepare_threshold; 0 = on first use);
(c) with --hand: psycopg 3's pool with (a)'s query strings and hand PREPARE
    (client-side binding), to tell the driver's cost from the preparing's;
(p) with --before REVISION: as (a), with chat/async_pg.py as at that revision
    (a change to the pool measured against the code before it, in one run).

Each driver runs in a process of its own (Django picks psycopg 3 as its backend
whenever it can import it, so the psycopg2 process hides it: each process is
what production is with that driver), with the same number of connections
(CHAT_SEND_CONNECTIONS, default 4) and the same scenarios: N concurrent senders
on N different sessions (1, 8, 32), and N senders on one session (lock
contention). Each scenario is warmed up, then measured for --seconds. Processes
alternate a, b, b, a, a, b ... for --rounds rounds, and the median over rounds is
printed, with b ÷ a. Per scenario: send latency p50 and p99 (from asking for a
connection to COMMIT done), sends per second, and the client process's CPU
(user + system) per send.

Its own database (<DATABASE_URL's name>_pgdrivers, dropped at the end unless
--keep); the load average is printed at the start and at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = [("different", 1), ("different", 8), ("different", 32), ("same", 8)]
DRIVERS = {"a": "psycopg2", "b": "psycopg3", "c": "psycopg3-hand", "p": "psycopg2"}


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} cores"


def database_url(base: str, name: str) -> str:
    return urlunparse(urlparse(base)._replace(path=f"/{name}"))


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


# ---------------------------------------------------------------------------
# In a driver's process.


def setup_django(driver: str) -> None:
    if driver == "psycopg2":
        # Django's backend takes psycopg 3 when it can import it.
        sys.modules["psycopg"] = None
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")
    import django

    django.setup()
    from django.db import connection

    want = "psycopg2" if driver == "psycopg2" else "psycopg"
    used = connection.Database.__name__
    if used != want:
        raise SystemExit(f"{driver}: Django's backend uses {used}, not {want}")


def pool_module_at(revision):
    """chat/async_pg.py as it was at a git revision, as a module."""
    import importlib.util

    source = subprocess.run(
        ["git", "show", f"{revision}:chat/async_pg.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("async_pg_before", loader=None)
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, f"{revision}:chat/async_pg.py", "exec"), module.__dict__)
    return module


class Psycopg2Driver:
    """Today's chat.async_pg pool and text_send's hand-prepared statements."""

    def __init__(self, size, before=None):
        from chat import async_pg

        if before:
            async_pg = pool_module_at(before)
        self.pool = async_pg.Pool(size)

    async def open(self):
        pass

    async def send(self, build_write, read, params):
        from chat.actions import text_send

        db = await self.pool.acquire()
        try:
            prepared = await text_send._prepared_on(db, read, params)
            await db.execute(f"BEGIN; {prepared}", params)
            row = db.fetchone()
            history = await self.history_again(db, row)
            write = build_write(row, history)
            texts = [await text_send._prepared_on(db, sql, part) for sql, part in write]
            await db.execute(
                f"{'; '.join(texts)}; COMMIT",
                [value for _sql, part in write for value in part],
            )
        finally:
            await self.pool.release(db)

    async def history_again(self, db, row):
        from chat import hot_sql

        context = hot_sql.send_context(row)
        if context[2]:
            return context[4]
        sql, params = hot_sql.history_statement(context[0].pk)
        await db.execute(sql, params)
        return db.fetchone()[0]

    async def close(self):
        await self.pool.close()


class Psycopg3Driver:
    """psycopg_pool.AsyncConnectionPool, pipeline mode, automatic preparing."""

    def __init__(self, size, prepare_threshold):
        from django.db import connections
        from psycopg_pool import AsyncConnectionPool

        database = connections["default"]
        params = database.get_connection_params()
        params.pop("cursor_factory", None)
        params["prepare_threshold"] = prepare_threshold
        params["autocommit"] = True
        zone_sql, zone = database.ops.set_time_zone_sql(), database.timezone_name

        async def configure(conn):
            await conn.execute(zone_sql, [zone])

        self.pool = AsyncConnectionPool(
            kwargs=params,
            min_size=size,
            max_size=size,
            open=False,
            configure=configure,
        )

    async def open(self):
        await self.pool.open(wait=True)

    async def send(self, build_write, read, params):
        from chat import hot_sql

        async with self.pool.connection() as conn:
            cursor = conn.cursor()
            async with conn.pipeline() as pipeline:
                await conn.execute("BEGIN", prepare=False)
                await cursor.execute(read, params)
                await pipeline.sync()
                row = await cursor.fetchone()
                context = hot_sql.send_context(row)
                history = context[4]
                if not context[2]:
                    sql, again = hot_sql.history_statement(context[0].pk)
                    await cursor.execute(sql, again)
                    await pipeline.sync()
                    history = (await cursor.fetchone())[0]
                for sql, part in build_write(row, history):
                    await cursor.execute(sql, part)
                await conn.execute("COMMIT", prepare=False)

    async def close(self):
        await self.pool.close()


class Psycopg3HandDriver(Psycopg3Driver):
    """psycopg 3's pool with today's query strings: client-side binding (several
    statements in one string, as psycopg2 sends them) and hand PREPARE."""

    def __init__(self, size):
        from psycopg import AsyncClientCursor

        super().__init__(size, None)
        self.pool.kwargs["cursor_factory"] = AsyncClientCursor
        self.prepared = {}

    async def send(self, build_write, read, params):
        from chat import hot_sql

        async with self.pool.connection() as conn:
            done = self.prepared.setdefault(id(conn), set())
            cursor = conn.cursor()
            text = await self.prepared_on(cursor, done, read, params)
            await cursor.execute(f"BEGIN; {text}", params)
            cursor.nextset()
            row = await cursor.fetchone()
            context = hot_sql.send_context(row)
            history = context[4]
            if not context[2]:
                sql, again = hot_sql.history_statement(context[0].pk)
                await cursor.execute(sql, again)
                history = (await cursor.fetchone())[0]
            write = build_write(row, history)
            texts = [await self.prepared_on(cursor, done, s, p) for s, p in write]
            await cursor.execute(
                f"{'; '.join(texts)}; COMMIT",
                [value for _sql, part in write for value in part],
            )

    async def prepared_on(self, cursor, done, sql, params):
        from chat import hot_sql

        statement = hot_sql.prepared_statement(sql, params)
        if statement.name not in done:
            await cursor.execute(statement.prepare)
            done.add(statement.name)
        return statement.execute


def make_write(user, text):
    """(row, history) -> the INSERT and UPDATE of the send, built as
    chat.actions.text_send builds them (new_message, note_delivery)."""
    from django.utils import timezone

    from chat import hot_sql
    from chat.actions.messages import SESSION_FIELDS, new_message, note_delivery
    from compliance.screening import ScreeningResult

    allow = ScreeningResult(action="allow", version="bench")

    def build(row, history):
        session, _status, _fresh, _restricted, _history, message_id, *_ = (
            hot_sql.send_context(row)
        )
        message = new_message(
            session,
            sender_kind="buyer",
            sender=user,
            body=text,
            kind="text",
            client_msg_id=uuid.uuid4(),
            screening=allow,
            now=timezone.now(),
        )
        note_delivery(session, message)
        message.pk = message_id
        return [
            hot_sql.insert_statement(message),
            hot_sql.update_statement(session, SESSION_FIELDS),
        ]

    return build


async def run_scenario(driver, sessions, kind, concurrency, seconds, warmup):
    from django.utils import timezone

    from chat import hot_sql

    # Each sender on a session of its own, or all on the first one.
    assigned = [sessions[0]] * concurrency if kind == "same" else sessions[:concurrency]
    latencies = []
    measuring = False
    stop = False
    # Per sender: when its send in flight started, and its sends measured.
    in_flight = [None] * len(assigned)
    done = [0] * len(assigned)

    async def sender(n, session_id, user):
        write = make_write(user, "你好，在吗")
        while not stop:
            read, params = hot_sql.send_context_statement(
                session_id, user.pk, uuid.uuid4(), timezone.now()
            )
            started = in_flight[n] = time.perf_counter()
            await driver.send(write, read, params)
            in_flight[n] = None
            if measuring:
                latencies.append(time.perf_counter() - started)
                done[n] += 1

    tasks = [
        asyncio.ensure_future(sender(n, sid, user))
        for n, (sid, user) in enumerate(assigned)
    ]
    await asyncio.sleep(warmup)
    measuring = True
    cpu0, wall0 = _cpu(), time.perf_counter()
    await asyncio.sleep(seconds)
    measuring = False
    cpu, wall = _cpu() - cpu0, time.perf_counter() - wall0
    count = len(latencies)
    # A send still waiting at the end counts with the wait so far: a driver
    # that leaves some senders waiting must not show only the lucky ones.
    end = time.perf_counter()
    latencies += [end - started for started in in_flight if started is not None]
    stop = True
    await asyncio.gather(*tasks)
    return {
        "sends": count,
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "per_s": count / wall,
        "cpu_ms": cpu / max(count, 1) * 1000,
        "max_ms": max(latencies) * 1000,
        "fewest": min(done),  # sends of the least served sender
    }


def _cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(args):
    setup_django(args.child)
    from django.conf import settings

    from chat.models import Session

    size = settings.CHAT_SEND_CONNECTIONS
    sessions = [
        (s.pk, s.buyer)
        for s in Session.objects.select_related("buyer").order_by("pk")[:64]
    ]

    async def main():
        if args.child == "psycopg2":
            driver = Psycopg2Driver(size, args.before)
        elif args.child == "psycopg3-hand":
            driver = Psycopg3HandDriver(size)
        else:
            driver = Psycopg3Driver(size, args.prepare_threshold)
        await driver.open()
        results = {}
        try:
            for kind, concurrency in SCENARIOS:
                results[f"{kind}:{concurrency}"] = await run_scenario(
                    driver, sessions, kind, concurrency, args.seconds, args.warmup
                )
        finally:
            await driver.close()
        return results

    print(
        json.dumps({"driver": args.child, "connections": size, **asyncio.run(main())})
    )


# ---------------------------------------------------------------------------
# The parent: database, seed, alternating processes, table.


def admin(base):
    import psycopg2

    connection = psycopg2.connect(database_url(base, "postgres"))
    connection.autocommit = True
    return connection


def prepare_database(base, name):
    connection = admin(base)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    env = child_env(base, name)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    seed = (
        "import sys; sys.modules['psycopg'] = None\n"
        "import django; django.setup()\n"
        "from django.utils import timezone\n"
        "from chat.models import Membership, Session, Store, User\n"
        "store = Store.objects.create(name='压测', slug='bench', opens_at='00:00',"
        " closes_at='23:59')\n"
        "agent = User.objects.create(username='agent', kind=User.Kind.MERCHANT)\n"
        "Membership.objects.create(store=store, user=agent, max_sessions=100)\n"
        "now = timezone.now()\n"
        "for i in range(64):\n"
        "    buyer = User.objects.create(username=f'b{i}', kind=User.Kind.BUYER)\n"
        "    Session.objects.create(store=store, buyer=buyer, agent=agent,"
        " state=Session.State.ACTIVE, assigned_at=now, human_started_at=now)\n"
    )
    subprocess.run(
        [sys.executable, "-c", seed], cwd=ROOT, env=env, check=True, timeout=120
    )


def child_env(base, name):
    return {
        **os.environ,
        "DATABASE_URL": database_url(base, name),
        "PYTHONPATH": os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
        ),
        "DJANGO_SETTINGS_MODULE": "csc.settings",
    }


def analyze(base, name):
    import psycopg2

    connection = psycopg2.connect(database_url(base, name))
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="a,b pairs (default 3)")
    parser.add_argument(
        "--seconds", type=float, default=4.0, help="measured per scenario"
    )
    parser.add_argument(
        "--warmup", type=float, default=1.0, help="unmeasured per scenario"
    )
    parser.add_argument(
        "--prepare-threshold",
        type=int,
        default=0,
        help="psycopg 3's prepare_threshold (default 0: prepare on first use)",
    )
    parser.add_argument(
        "--hand",
        action="store_true",
        help="also (c): psycopg 3's pool with today's strings and hand PREPARE",
    )
    parser.add_argument(
        "--before",
        metavar="REVISION",
        help="also (p): psycopg2 with chat/async_pg.py as at this git revision",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--child", choices=sorted(DRIVERS.values()), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.rounds < 1 or args.seconds <= 0 or args.warmup < 0:
        parser.error("--rounds must be >= 1, --seconds > 0 and --warmup >= 0")
    if args.child:
        child(args)
        return
    base = os.environ.get("DATABASE_URL")
    if not base or not base.startswith("postgres"):
        raise SystemExit("set DATABASE_URL to a PostgreSQL server (postgres://...)")
    import importlib.util

    if not all(importlib.util.find_spec(m) for m in ("psycopg", "psycopg_pool")):
        raise SystemExit(
            "psycopg 3 is not importable: pip install --target DIR "
            "'psycopg[binary]' psycopg-pool, then PYTHONPATH=DIR (not into the "
            "project's environment: Django would switch its backend to it)"
        )
    name = urlparse(base).path.lstrip("/") + "_pgdrivers"
    print(f"load average at start: {load_average()}")
    prepare_database(base, name)
    letters = ["a", "b", "c"] if args.hand else ["a", "b"]
    if args.before:
        letters.append("p")
    order = []
    for n in range(args.rounds):
        order += letters if n % 2 == 0 else letters[::-1]
    runs = {letter: [] for letter in letters}
    try:
        for letter in order:
            analyze(base, name)
            command = [
                sys.executable,
                __file__,
                "--child",
                DRIVERS[letter],
                *(["--before", args.before] if letter == "p" else []),
                "--seconds",
                str(args.seconds),
                "--warmup",
                str(args.warmup),
                "--prepare-threshold",
                str(args.prepare_threshold),
            ]
            done = subprocess.run(
                command,
                cwd=ROOT,
                env=child_env(base, name),
                capture_output=True,
                text=True,
                timeout=600,
            )
            if done.returncode:
                raise SystemExit(f"{DRIVERS[letter]} failed:\n{done.stderr}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            runs[letter].append(result)
            summary = ", ".join(
                f"{key} {value['per_s']:.0f}/s"
                for key, value in result.items()
                if isinstance(value, dict)
            )
            label = DRIVERS[letter] + (f" @{args.before}" if letter == "p" else "")
            print(f"  ({letter}) {label}: {summary}", flush=True)
    finally:
        if not args.keep:
            connection = admin(base)
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.close()
    print_table(runs, args)
    print(f"load average at end: {load_average()}")


def print_table(runs, args):
    connections = runs["a"][0]["connections"]
    print(
        f"\nmedian of {args.rounds} rounds, {args.seconds:g} s each, "
        f"{connections} connections per driver. (a) psycopg2 + chat.async_pg + "
        "hand PREPARE; (b) psycopg 3 AsyncConnectionPool + pipeline + "
        f"prepare_threshold={args.prepare_threshold}"
        + (
            "; (c) psycopg 3 pool + today's strings + hand PREPARE"
            if "c" in runs
            else ""
        )
    )
    others = [letter for letter in runs if letter != "a"]
    names = "a / " + " / ".join(others)
    ratios = ", ".join(f"{letter}÷a" for letter in others)
    print(
        f"| senders | p50 ms {names} ({ratios}) | p99 ms {names} ({ratios}) "
        f"| sends/s {names} ({ratios}) | CPU ms per send {names} ({ratios}) |"
    )
    print("| --- | --- | --- | --- | --- |")
    for kind, concurrency in SCENARIOS:
        key = f"{kind}:{concurrency}"
        cells = []
        for field in ("p50_ms", "p99_ms", "per_s", "cpu_ms"):
            digits = 0 if field == "per_s" else 2
            values = {
                letter: statistics.median(r[key][field] for r in runs[letter])
                for letter in runs
            }
            shown = " / ".join(f"{values[letter]:.{digits}f}" for letter in runs)
            ratio = ", ".join(f"{values[o] / values['a']:.2f}" for o in others)
            cells.append(f"{shown} ({ratio})")
        label = (
            f"{concurrency} on {'one session' if kind == 'same' else 'own sessions'}"
        )
        print(f"| {label} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
