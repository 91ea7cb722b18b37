"""The websocket's text send on the event loop, alone: ``python bench/send_path.py
[--before CHECKOUT] [--rounds 6] [--sends 1500]``.

What `chat.consumers.ChatConsumer.frame_send` costs the Daphne process per
message, without Daphne, websockets or load processes: the event-loop driver
(chat.actions.text_send: the locking context read, the decision with its
screening, the INSERT, UPDATE and COMMIT on chat.async_pg's connections), the
events' group send to a real Redis (each session's group has two members, in
two processes' channel keys, as a buyer's tab and an agent's console), and the
ack frame (built, rendered and JSON-encoded; the socket's send is a no-op).
Buyers and agents of `--sessions` sessions take turns, `--concurrency` sends
at a time, as bench/chat_load.py's workload does.

Each round runs in a process of its own (warmed up, then measured), and with
`--before` the two checkouts' processes alternate (a, b, b, a, a, b, ...), so
that both meet the same machine. Printed per round and as medians: the
process's CPU per send (`os.times`, user and system; the system part
also printed), the CPU of its PostgreSQL
backends per send (from /proc), and the wall time per send. Its own database
(`csc_bench_send`, or CSC_BENCH_DB), created and dropped, and vacuumed and
analyzed before each round (`--no-vacuum`: not), as chat_load.py does before
each rate.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = Path(os.environ.get("CSC_BENCH_ROOT", ROOT))
sys.path.insert(0, str(CODE))
# bench/chat_load.py's texts (not imported: it puts its own checkout first on
# the path), each session's in turn: no repeats for the spam rule to flag.
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

BENCH_DB = os.environ.get("CSC_BENCH_DB", "csc_bench_send")


def cpu_of(pid: int) -> float:
    """Seconds of CPU (user and system) of process `pid`."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---- one measuring process ------------------------------------------------------


def worker(args) -> dict:
    import asyncio
    import collections
    import gc

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")
    django.setup()
    from channels.layers import get_channel_layer

    from chat import async_pg
    from chat.actions import text_send
    from chat.consumers import ChatConsumer, _load_identity
    from chat.events import session_group
    from chat.models import Session
    from chat.visibility import Reader
    from compliance.rulesets import live_ruleset

    live_ruleset.get()
    handed = [0]
    drive = text_send.check_send_text_async

    async def counted(*args, **kwargs):
        sent = await drive(*args, **kwargs)
        if isinstance(sent, text_send.Handoff):
            handed[0] += 1
            if os.environ.get("CSC_BENCH_DEBUG"):
                print("handed over:", sent, args, file=sys.stderr)
        return sent

    text_send.check_send_text_async = counted
    sessions = list(
        Session.objects.filter(state=Session.State.ACTIVE)
        .order_by("pk")
        .values_list("pk", "buyer_id", "agent_id")[: args.sessions]
    )
    from chat.models import User

    def consumer(user_id):
        user, role, membership, identity = _load_identity(User(pk=user_id))
        socket = ChatConsumer.__new__(ChatConsumer)
        socket.user, socket.membership, socket.identity = user, membership, identity
        socket.language = "zh-hans"
        socket.side = "merchant" if membership is not None else "buyer"
        socket.reader = Reader(user.pk, socket.side)

        async def base_send(message):
            pass

        socket.base_send = base_send
        return socket

    sockets = {}
    for _pk, buyer, agent in sessions:
        sockets[buyer] = consumer(buyer)
        sockets[agent] = consumer(agent)
    gc.freeze()
    layer = get_channel_layer()
    members = ("specific.benchbuyers!a", "specific.benchagents!b")

    async def run():
        for pk, _buyer, _agent in sessions:
            for channel in members:
                await layer.group_add(session_group(pk), channel)
        # Per session: buyer and agent take turns, each through their texts
        # in order (bench/chat_load.py's texts: no repeats the spam rule flags).
        turns = collections.Counter()

        async def sender(lane, count):
            for n in range(count):
                pk, buyer, agent = sessions[
                    (lane + n * args.concurrency) % len(sessions)
                ]
                turn = turns[pk]
                turns[pk] += 1
                buyer_turn = turn % 2 == 0
                socket = sockets[buyer if buyer_turn else agent]
                texts = BUYER_TEXTS if buyer_turn else AGENT_TEXTS
                frame = {
                    "type": "send",
                    "session": pk,
                    "client_msg_id": str(uuid.uuid4()),
                    "text": texts[(turn // 2 + pk) % len(texts)],
                }
                await socket.frame_send(frame)

        async def batch(count):
            per_lane = count // args.concurrency
            await asyncio.gather(
                *(sender(lane, per_lane) for lane in range(args.concurrency))
            )
            return per_lane * args.concurrency

        async def clear():
            connection = layer.connection(0)
            for channel in members:
                await connection.delete(layer.prefix + channel.split("!")[0] + "!")

        await batch(args.warmup)
        await clear()
        backends = [_backend_pid(db.raw) for db in async_pg.pool().idle]
        sent, cpu, system, backend_cpu, wall = 0, 0.0, 0.0, 0.0, 0.0
        while sent < args.sends:
            pg_before = sum(cpu_of(pid) for pid in backends)
            started, times = time.perf_counter(), os.times()
            sent += await batch(min(200, args.sends - sent))
            ended = os.times()
            cpu += ended.user + ended.system - times.user - times.system
            system += ended.system - times.system
            wall += time.perf_counter() - started
            backend_cpu += sum(cpu_of(pid) for pid in backends) - pg_before
            await clear()
        for pk, _buyer, _agent in sessions:
            for channel in members:
                await layer.group_discard(session_group(pk), channel)
        await async_pg.close_pool()
        return {
            "sends": sent,
            "cpu_ms": cpu / sent * 1000,
            "sys_ms": system / sent * 1000,
            "pg_ms": backend_cpu / sent * 1000,
            "wall_ms": wall / sent * 1000,
            "handed_over": handed[0],
            "connections": len(backends),
            "code": str(Path(async_pg.__file__).parents[1]),
        }

    return asyncio.run(run())


def vacuum() -> None:
    """VACUUM (ANALYZE) the bench's database, as autovacuum would in production
    (off on this machine): without it the statistics stay those of the seed,
    and PostgreSQL reads a session's history by a plan whose cost grows with
    the session (docs/operations.md, "Send CPU, fifth round")."""
    from django.db import connection

    connection.ensure_connection()
    connection.connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    connection.close()


def _backend_pid(raw) -> int:
    """The backend of a send connection: psycopg2's, or asyncpg's (branch
    `sendcpu5-asyncpg`, measured in the fifth round)."""
    found = getattr(raw, "get_server_pid", None)
    return found() if found else raw.get_backend_pid()


# ---- the driver -------------------------------------------------------------------


def worker_command(args) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "bench" / "send_path.py"),
        "--worker",
        f"--sends={args.sends}",
        f"--warmup={args.warmup}",
        f"--sessions={args.sessions}",
        f"--concurrency={args.concurrency}",
    ]


def profile(args, env) -> int:
    """One round under py-spy, sampling only while the GIL is held (CPU in
    Python, not the waits and system calls that release it)."""
    spy = Path(sys.executable).with_name("py-spy")
    done = subprocess.run(
        [
            str(spy),
            "record",
            "--gil",
            "-r",
            "500",
            "-f",
            "raw",
            "-o",
            args.profile,
            "--",
        ]
        + worker_command(args),
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "")
    print(done.stderr[-1500:])
    return done.returncode


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="also measure this checkout, alternated")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--sends", type=int, default=1500)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/x"),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    parser.add_argument(
        "--profile",
        metavar="FILE",
        help="instead: one round of this checkout under py-spy, raw samples to FILE",
    )
    parser.add_argument(
        "--no-vacuum",
        action="store_true",
        help="no VACUUM (ANALYZE) before each round (as before 2026-12-05 18:15)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args)))
        return 0

    sys.path.append(str(ROOT / "bench"))
    import chat_load
    from chat_load import create_database, database_url, drop_database, load_average

    chat_load.BENCH_DB = BENCH_DB
    # Kept after each checkout's own path (packages installed aside, as with
    # `pip install --target`).
    extra_path = os.environ.get("PYTHONPATH", "")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "csc.settings",
        "DATABASE_URL": database_url(args.database_url, BENCH_DB),
        "REDIS_URL": args.redis_url,
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    os.environ.update(env)
    checkouts = {"after": ROOT}
    if args.before:
        checkouts["before"] = Path(args.before).resolve()
    print(f"send_path: load average {load_average()}")
    for name, path in checkouts.items():
        print(f"  {name}: {path}")
    create_database(args.database_url)
    try:
        chat_load.migrate({**env, "PYTHONPATH": str(ROOT)})
        import django

        django.setup()
        chat_load.seed(args.sessions, max(2, args.sessions // 4))
        from django.db import connections

        connections.close_all()
        if args.profile:
            return profile(args, env)
        names = list(checkouts)
        order = []
        for round_ in range(args.rounds):
            pair = names if round_ % 2 == 0 else names[::-1]
            order.extend(pair)
        results = {name: [] for name in names}
        print(
            f"  {args.rounds} rounds of {args.sends} sends (after {args.warmup}"
            f" warm-up) per checkout, {args.concurrency} at a time,"
            f" {args.sessions} sessions"
        )
        print(
            f"  {'round':>5} {'code':>6} {'CPU ms/send':>12} {'of it sys':>9}"
            f" {'PG ms':>7} {'wall ms':>8}"
        )
        for index, name in enumerate(order):
            if not args.no_vacuum:
                vacuum()
            done = subprocess.run(
                worker_command(args),
                env={
                    **env,
                    "CSC_BENCH_ROOT": str(checkouts[name]),
                    "PYTHONPATH": os.pathsep.join(
                        p for p in (str(checkouts[name]), extra_path) if p
                    ),
                },
                cwd=checkouts[name],
                capture_output=True,
                text=True,
                timeout=900,
            )
            if os.environ.get("CSC_BENCH_DEBUG"):
                print(done.stderr[-3000:])
            if done.returncode != 0:
                print(done.stderr[-3000:])
                return 1
            result = json.loads(done.stdout.strip().splitlines()[-1])
            assert result["code"] == str(checkouts[name]), result["code"]
            results[name].append(result)
            print(
                f"  {index // len(names) + 1:>5} {name:>6} {result['cpu_ms']:>12.3f}"
                f" {result['sys_ms']:>9.3f} {result['pg_ms']:>7.3f} {result['wall_ms']:>8.3f}"
                + (
                    f"  ({result['handed_over']} handed over!)"
                    if result["handed_over"]
                    else ""
                )
            )
        print("\n  medians (min-max)")
        medians = {}
        for name in names:
            rows = results[name]
            medians[name] = {}
            parts = []
            for key in ("cpu_ms", "sys_ms", "pg_ms", "wall_ms"):
                values = [row[key] for row in rows]
                medians[name][key] = statistics.median(values)
                parts.append(
                    f"{key} {medians[name][key]:.3f} ({min(values):.3f}-{max(values):.3f})"
                )
            print(f"  {name:>6}: " + ", ".join(parts))
        if "before" in medians:
            ratio = {
                key: medians["after"][key] / medians["before"][key]
                for key in ("cpu_ms", "sys_ms", "pg_ms", "wall_ms")
            }
            print(
                "  after / before: "
                + ", ".join(f"{key} {value:.3f}" for key, value in ratio.items())
            )
        print(f"send_path: load average at the end {load_average()}")
        return 0
    finally:
        from django.db import connections

        connections.close_all()
        drop_database(args.database_url)


if __name__ == "__main__":
    sys.exit(main())
