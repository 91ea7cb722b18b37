"""Benchmark: the weekly metrics of 1,000 stores over 1,000,000 sessions.

Creates its own PostgreSQL database (default csc_bench), migrates it, fills one
week with generate_series (about 10 messages per session), then times the
weekly computation for all stores against a plain count(*) over the same
messages, at 10 % and then 100 % of the data, sampling this process's peak RSS.

Three timings per scale, each with its ratio to count(*):
  * from scratch: the three metric queries straight from the messages (what a
    period still running, or a first run without stored days, costs);
  * seven daily stores: each day's rounds stored per session, as the daily job
    does at 00:30 (the cost moved out of the weekly job);
  * weekly job: do_compute_period for the week with its days stored, i.e.
    stored rounds added up + no-service + dissatisfaction + 1,000 results.
    This last one is compared to the target (< 20 s and < 4x count(*)).

Drops the database at the end unless --keep; --reuse times a kept database
again without generating (and keeps it).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/csc python bench/metrics.py
"""

import argparse
import datetime as dt
import os
import sys
import threading
import time
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

import psycopg2

ROOT = Path(__file__).resolve().parents[1]
WEEK = dt.date(2026, 3, 2)  # a Monday


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class PeakRss:
    """Samples VmRSS every 20 ms while the block runs."""

    def __enter__(self):
        self.peak = rss_kib()
        self.start = self.peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_kib())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_kib())


def admin_connection(url):
    parts = urlparse(url)
    conn = psycopg2.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
    )
    conn.autocommit = True
    return conn


def bench_url(url, name):
    parts = urlparse(url)
    return parts._replace(path=f"/{name}").geturl()


def generate(cursor, first_session, last_session, stores, buyer_id, agent_ids):
    """Sessions first_session..last_session (by number), their messages, ratings."""
    week_start = f"{WEEK.isoformat()} 00:00:00+08"
    cursor.execute(
        """
        INSERT INTO chat_session (store_id, buyer_id, agent_id, state, invalid_reason,
            created_at, queued_at, assigned_at, human_started_at, closed_at,
            last_seq, last_message_at, last_buyer_activity_at, waiting_since,
            buyer_read_seq, agent_read_seq, updated_at)
        SELECT st.id, %(buyer)s, st.agent_id, 'closed',
               CASE WHEN g %% 100 = 0 THEN 'risk' ELSE '' END,
               t, t, t + ((g * 31) %% 1200) * interval '1 second', t,
               t + interval '1 hour', 10, t + interval '20 minutes', t, NULL,
               0, 0, t
        FROM generate_series(%(first)s, %(last)s) AS g
        CROSS JOIN LATERAL (
            SELECT %(week)s::timestamptz
                   + ((g::bigint * 7919) %% 604800) * interval '1 second' AS t
        ) AS tt
        JOIN (
            SELECT id, row_number() OVER (ORDER BY id) - 1 AS n,
                   (%(agents)s::bigint[])[row_number() OVER (ORDER BY id)] AS agent_id
            FROM chat_store
        ) AS st ON st.n = g %% %(stores)s
        """,
        {
            "buyer": buyer_id,
            "first": first_session,
            "last": last_session,
            "week": week_start,
            "stores": stores,
            "agents": agent_ids,
        },
    )
    cursor.execute(
        """
        INSERT INTO chat_message (session_id, seq, sender_kind, sender_id,
            client_msg_id, kind, body, image, created_at, verdict, masked_body,
            violations, ruleset_version)
        SELECT s.id, k,
               CASE WHEN k %% 2 = 1 OR (s.id + k) %% 9 = 0 THEN 'buyer'
                    WHEN (s.id + k) %% 11 = 0 THEN 'assist' ELSE 'agent' END,
               NULL, NULL, 'text', '您好，请问这款什么时候发货？', '',
               s.human_started_at + (k * 90 + (s.id * k) %% 60
                   + CASE WHEN (s.id * k) %% 13 = 0 THEN 400 ELSE 0 END)
                   * interval '1 second',
               'allow', '', '[]', ''
        FROM chat_session s CROSS JOIN generate_series(1, 10) AS k
        WHERE s.last_seq = 10
        """,
        {},
    )
    cursor.execute(
        """
        INSERT INTO chat_rating (session_id, score, comment, created_at)
        SELECT id, 1 + id %% 5, '', human_started_at + interval '30 minutes'
        FROM chat_session WHERE last_seq = 10 AND id %% 5 <> 0
        """,
        {},
    )
    # Mark the batch done so the next batch only touches its own sessions.
    cursor.execute("UPDATE chat_session SET last_seq = 11 WHERE last_seq = 10")


def message_indexes(cursor):
    cursor.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i "
        "WHERE i.tablename = 'chat_message' AND NOT EXISTS ("
        " SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
    )
    return cursor.fetchall()


def load_average() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def count_messages(connection):
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM chat_message")
        return cur.fetchone()[0]


def measure(
    connection,
    span,
    scale,
    gen_time,
    period_counts,
    mark_stale,
    store_day,
    compute_period,
):
    """Time count(*), the from-scratch queries, the seven daily stores and the
    weekly job on the data as it is, and print them with their ratios."""
    count_time, messages = timed(partial(count_messages, connection))
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM chat_session")
        sessions = cur.fetchone()[0]
    load_before = load_average()
    with PeakRss() as scratch_rss:
        scratch_time, counts = timed(partial(period_counts, span))
    mark_stale(span.days())
    day_times = []
    for day in span.days():
        day_time, stored = timed(partial(store_day, day))
        assert stored
        day_times.append(day_time)
    with PeakRss() as rss:
        compute_time, results = timed(partial(compute_period, span))
    count_again, _ = timed(partial(count_messages, connection))
    baseline = min(count_time, count_again)
    rounds = sum(r.rounds for r in results)
    scratch_rounds = sum(c.rounds for c in counts.values())
    assert rounds == scratch_rounds, (rounds, scratch_rounds)
    failing = sum(not r.passed for r in results)
    stores_time = sum(day_times)
    print(
        f"scale {scale:>4.0%}: sessions={sessions:,} messages={messages:,} "
        f"(generated in {gen_time:.1f} s); load average {load_before}\n"
        f"  count(*) over the same messages: {count_time:.2f} s / "
        f"{count_again:.2f} s (baseline {baseline:.2f} s)\n"
        f"  from scratch, three queries over the messages: {scratch_time:.2f} s "
        f"-> {scratch_time / baseline:.2f}x "
        f"(peak RSS +{(scratch_rss.peak - scratch_rss.start) / 1024:.1f} MiB)\n"
        f"  seven daily stores of rounds: {stores_time:.2f} s in all "
        f"-> {stores_time / baseline:.2f}x "
        f"({', '.join(f'{t:.2f}' for t in day_times)})\n"
        f"  WEEKLY JOB (compared to the target), all stores: {compute_time:.2f} s "
        f"-> {compute_time / baseline:.2f}x "
        f"({len(results)} results, {rounds:,} counted rounds = from scratch, "
        f"{failing} stores failing)\n"
        f"  peak RSS during the weekly job: {rss.peak / 1024:.1f} MiB "
        f"(+{(rss.peak - rss.start) / 1024:.1f} MiB over {rss.start / 1024:.1f}); "
        f"load average after {load_average()}"
    )


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--scales", default="0.1,1.0")
    parser.add_argument("--db", default="csc_bench")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time a database kept by an earlier --keep run (implies --keep)",
    )
    args = parser.parse_args()
    args.keep = args.keep or args.reuse

    base_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/csc")
    admin = admin_connection(base_url)
    if not args.reuse:
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{args.db}"')
            cur.execute(f'CREATE DATABASE "{args.db}"')

    os.environ["DATABASE_URL"] = bench_url(base_url, args.db)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from chat.models import Membership, Store, User
    from metrics.actions import (
        do_compute_period,
        do_mark_rounds_stale,
        do_store_day_rounds,
    )
    from metrics.periods import make_span
    from metrics.queries import period_counts

    try:
        call_command("migrate", verbosity=0)
        span = make_span("week", WEEK)
        if args.reuse:
            print(f"reusing {args.db}; load average {load_average()}")
            measure(
                connection,
                span,
                1.0,
                0.0,
                period_counts,
                do_mark_rounds_stale,
                do_store_day_rounds,
                do_compute_period,
            )
            return
        buyer = User.objects.create(username="bench-buyer", kind=User.Kind.BUYER)
        Store.objects.bulk_create(
            Store(slug=f"bench-{n:04d}", name=f"店铺{n:04d}")
            for n in range(args.stores)
        )
        agents = User.objects.bulk_create(
            User(username=f"bench-agent-{n:04d}", kind=User.Kind.MERCHANT)
            for n in range(args.stores)
        )
        Membership.objects.bulk_create(
            Membership(store=store, user=agent)
            for store, agent in zip(Store.objects.order_by("id"), agents, strict=True)
        )
        agent_ids = [a.pk for a in agents]
        done = 0
        print(
            f"stores={args.stores} sessions={args.sessions} week={WEEK} "
            f"postgres, {os.cpu_count()} cores"
        )
        for scale in [float(s) for s in args.scales.split(",")]:
            target = int(args.sessions * scale)
            with connection.cursor() as cur:
                indexes = message_indexes(cur)
                for name, _definition in indexes:
                    cur.execute(f'DROP INDEX "{name}"')
                gen_time, _ = timed(
                    partial(
                        generate,
                        cur,
                        done + 1,
                        target,
                        args.stores,
                        buyer.pk,
                        agent_ids,
                    )
                )
                for _name, definition in indexes:
                    cur.execute(definition)
                cur.execute("VACUUM ANALYZE")
            done = target
            measure(
                connection,
                span,
                scale,
                gen_time,
                period_counts,
                do_mark_rounds_stale,
                do_store_day_rounds,
                do_compute_period,
            )
    finally:
        connection.close()
        if not args.keep:
            with admin.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{args.db}"')
        admin.close()


if __name__ == "__main__":
    main()
