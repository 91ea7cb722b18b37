"""Benchmark: the weekly metrics of 1,000 stores over 1,000,000 sessions.

Creates its own PostgreSQL database (default csc_bench), migrates it, fills one
week with generate_series (about 10 messages per session), then times the
weekly computation for all stores against a plain count(*) over the same
messages, at 10 % and then 100 % of the data, sampling this process's peak RSS.

Three timings per scale, each with its ratio to count(*):
  * seven daily jobs: do_compute_period for each day of the week, as the
    daily job does at 00:30 (it stores the day's rounds, session facts and
    totals: the cost moved out of the weekly job), from empty stored tables.
    While they run, the last session of every store is still open. The same
    days are run, alternating day by day, by the daily job of --baseline
    (default: the code before the per-agent figures) from a `git worktree`
    checkout of that commit, on a copy of the database (CREATE DATABASE ...
    TEMPLATE) with the metrics tables migrated back to that commit; each
    day's ratio new/baseline is compared with the target (<= 1.25x).
  * Then, as chat and the auditors go on after the daily jobs, those sessions
    close, 1 % of the week's sessions get a rating and 0.1 % are marked
    invalid (the stored rows of all of them are out of date); VACUUM ANALYZE
    stands in for autovacuum between the daily jobs (not timed).
  * from scratch: the two metric queries straight from the messages, sessions
    and ratings (what a period still running, or a first run, costs);
  * weekly job: do_compute_period for the week with its days stored, i.e.
    the out-of-date rows brought up to date + stored totals added up + 1,000
    store results and the agent results. This last one is compared to the
    target (<= 3x count(*)); every count of every store and of every agent
    must equal the from-scratch one.

Each store has two agents; every session is assigned to the first up to 20
minutes after it queued (so its first rounds start while queued), and one in
seven is transferred to the second five minutes in, in the middle of its
rounds; agent messages are sent by whoever holds the session.

Drops the database at the end unless --keep; --reuse times a kept database
again without generating (and keeps it).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/csc python bench/metrics.py
"""

import argparse
import dataclasses
import datetime as dt
import inspect
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

import psycopg2

ROOT = Path(__file__).resolve().parents[1]
WEEK = dt.date(2026, 3, 2)  # a Monday
# Every count behind every rate (metrics.queries.Counts), filled after setup.
COUNT_FIELDS: list[str] = []


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


# One session in TRANSFERRED is handed from the store's first agent to its
# second TRANSFER_AFTER seconds after its start, in the middle of its rounds.
TRANSFERRED = 7
TRANSFER_AFTER = 300


def generate(cursor, first_session, last_session, stores, buyer_id, agent_ids):
    """Sessions first_session..last_session (by number), their assignments
    (assigned up to 20 minutes after queueing, so early rounds start while
    queued; one in TRANSFERRED transferred), messages and ratings.
    `agent_ids`: two per store, in store order."""
    week_start = f"{WEEK.isoformat()} 00:00:00+08"
    cursor.execute(
        """
        CREATE TEMP TABLE IF NOT EXISTS bench_agents AS
        SELECT id AS store_id,
               (%(agents)s::bigint[])[2 * row_number() OVER (ORDER BY id) - 1] AS a,
               (%(agents)s::bigint[])[2 * row_number() OVER (ORDER BY id)] AS b,
               row_number() OVER (ORDER BY id) - 1 AS n
        FROM chat_store
        """,
        {"agents": agent_ids},
    )
    cursor.execute(
        """
        INSERT INTO chat_session (store_id, buyer_id, agent_id, state, invalid_reason,
            created_at, queued_at, assigned_at, human_started_at, closed_at,
            last_seq, last_message_at, last_buyer_activity_at, waiting_since,
            buyer_read_seq, agent_read_seq, updated_at)
        SELECT st.store_id, %(buyer)s,
               CASE WHEN g %% %(transferred)s = 3 THEN st.b ELSE st.a END, 'closed',
               CASE WHEN g %% 100 = 0 THEN 'risk' ELSE '' END,
               t, t, t + ((g * 31) %% 1200) * interval '1 second', t,
               t + interval '1 hour', 10, t + interval '20 minutes', t, NULL,
               0, 0, t
        FROM generate_series(%(first)s, %(last)s) AS g
        CROSS JOIN LATERAL (
            SELECT %(week)s::timestamptz
                   + ((g::bigint * 7919) %% 604800) * interval '1 second' AS t
        ) AS tt
        JOIN bench_agents AS st ON st.n = g %% %(stores)s
        """,
        {
            "buyer": buyer_id,
            "first": first_session,
            "last": last_session,
            "week": week_start,
            "stores": stores,
            "transferred": TRANSFERRED,
        },
    )
    cursor.execute(
        """
        INSERT INTO chat_sessionassignment (session_id, agent_id, kind, assigned_at)
        SELECT s.id, st.a, 'assigned', s.assigned_at
        FROM chat_session s JOIN bench_agents st ON st.store_id = s.store_id
        WHERE s.last_seq = 10
        UNION ALL
        SELECT s.id, st.b, 'transfer',
               GREATEST(s.assigned_at, s.human_started_at + %(after)s * interval '1 s')
                   + interval '1 second'
        FROM chat_session s JOIN bench_agents st ON st.store_id = s.store_id
        WHERE s.last_seq = 10 AND s.agent_id = st.b
        """,
        {"after": TRANSFER_AFTER},
    )
    cursor.execute(
        """
        INSERT INTO chat_message (session_id, seq, sender_kind, sender_id,
            client_msg_id, kind, body, image, created_at, verdict, masked_body,
            violations, ruleset_version, model_version, image_reading)
        SELECT m.session_id, m.k, m.kind,
               CASE WHEN m.kind <> 'agent' THEN NULL
                    WHEN m.agent_id = m.b AND m.at > m.handed_at THEN m.b
                    ELSE m.a END,
               NULL, 'text', '您好，请问这款什么时候发货？', '', m.at,
               'allow', '', '[]', '', '', '{}'
        FROM (
            SELECT s.id AS session_id, k, s.agent_id, st.a, st.b,
                   CASE WHEN k %% 2 = 1 OR (s.id + k) %% 9 = 0 THEN 'buyer'
                        WHEN (s.id + k) %% 11 = 0 THEN 'assist'
                        ELSE 'agent' END AS kind,
                   s.human_started_at + (k * 90 + (s.id * k) %% 60
                       + CASE WHEN (s.id * k) %% 13 = 0 THEN 400 ELSE 0 END)
                       * interval '1 second' AS at,
                   GREATEST(s.assigned_at,
                            s.human_started_at + %(after)s * interval '1 s')
                       + interval '1 second' AS handed_at
            FROM chat_session s
            JOIN bench_agents st ON st.store_id = s.store_id
            CROSS JOIN generate_series(1, 10) AS k
            WHERE s.last_seq = 10
        ) AS m
        """,
        {"after": TRANSFER_AFTER},
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


LATE_RATING = "bench-late"
LATE_INVALID = "reported"


def reset_late_changes(cursor):
    """Undo an earlier run's late changes; keep one session per store open."""
    cursor.execute("DELETE FROM chat_rating WHERE comment = %s", [LATE_RATING])
    cursor.execute(
        "UPDATE chat_session SET invalid_reason = '' WHERE invalid_reason = %s",
        [LATE_INVALID],
    )
    cursor.execute("UPDATE chat_session SET state = 'closed' WHERE state <> 'closed'")
    cursor.execute(
        """
        UPDATE chat_session SET state = 'active' WHERE id IN (
            SELECT DISTINCT ON (store_id) id FROM chat_session
            ORDER BY store_id, human_started_at DESC, id DESC
        )
        """
    )
    return cursor.rowcount


def late_changes(cursor):
    """After the daily jobs: the open sessions close, 1 % get rated (half of
    them rated before, half not), 0.1 % are marked invalid."""
    cursor.execute("UPDATE chat_session SET state = 'closed' WHERE state <> 'closed'")
    cursor.execute(
        """
        INSERT INTO chat_rating (session_id, score, comment, created_at)
        SELECT id, 1 + (id / 200) %% 5, %s, now()
        FROM chat_session WHERE id %% 200 IN (35, 137)
        """,
        [LATE_RATING],
    )
    rated = cursor.rowcount
    cursor.execute(
        """
        UPDATE chat_session SET invalid_reason = %s
        WHERE id %% 1000 = 501 AND invalid_reason = ''
        """,
        [LATE_INVALID],
    )
    return rated, cursor.rowcount


def agent_rows(span):
    from metrics.models import AgentMetricResult

    return AgentMetricResult.objects.filter(
        period=span.period, period_start=span.first_day
    )


def store_counts(by_agent):
    from metrics.queries import store_counts as add_up

    return add_up(by_agent)


def agent_counts(by_agent):
    from metrics.queries import agent_counts as real_agents

    return real_agents(by_agent)


def agent_view(counts):
    from metrics.scoring import agent_view as as_agent

    return as_agent(counts)


# The code before the per-agent figures (issue 15): the daily job's cost that
# "daily job per day <= its cost before + 25 %" compares with.
BASELINE_COMMIT = "f1e389d"
# The stored rows the daily jobs write; emptied before they run, in the
# bench's database and in the baseline's copy alike, so that both do the same
# work (a first run of each day).
STORED_TABLES = (
    "metrics_sessiondayrounds",
    "metrics_sessionfacts",
    "metrics_storedaytotals",
)


def cpu_seconds(connection):
    """CPU seconds of this process and of its PostgreSQL backend (read from
    /proc: the bench runs beside a local server); None when it cannot see
    the backend."""
    with connection.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        pid = cur.fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    backend = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return backend + time.process_time()


BASELINE_SCRIPT = (
    """
import datetime as dt, os, sys, time, django
django.setup()
from django.db import connection
from metrics.actions import do_compute_period
from metrics.periods import make_span
"""
    + inspect.getsource(cpu_seconds)
    + """
print("ready", flush=True)
for line in sys.stdin:
    day = dt.date.fromisoformat(line.strip())
    cpu = cpu_seconds(connection)
    started = time.perf_counter()
    do_compute_period(make_span("day", day))
    wall = time.perf_counter() - started
    cpu = None if cpu is None else cpu_seconds(connection) - cpu
    print(wall, cpu, flush=True)
"""
)


INDEX_MIGRATION = "0010_message_replies_index"
INDEX_MIGRATION_PARENT = "0009_session_fillfactor"


class Baseline:
    """The daily job of another commit, run from a `git worktree` checkout
    of it in a subprocess, on a copy of the bench's database whose metrics
    tables are migrated back to that commit's last migration. Days are timed
    one at a time, alternating with the current code's."""

    def __init__(self, commit: str):
        self.commit = commit
        self.directory = Path(tempfile.mkdtemp(prefix="csc-bench-baseline-"))
        git = ["git", "-C", str(ROOT)]
        subprocess.run(
            [*git, "worktree", "add", "--detach", str(self.directory), commit],
            check=True,
            capture_output=True,
        )
        described = subprocess.run(
            [*git, "log", "-1", "--format=%h %s", commit],
            check=True,
            capture_output=True,
            text=True,
        )
        self.description = described.stdout.strip()
        migrations = sorted(
            p.stem for p in (self.directory / "metrics" / "migrations").glob("0*.py")
        )
        self.last_migration = migrations[-1]
        # chat migrations that only add metrics' indexes on chat_message: a
        # baseline without them runs without them (its first-reply lookup
        # would use metrics_message_replies_idx too and get faster).
        chat = self.directory / "chat" / "migrations"
        self.chat_back_to = None
        if not (chat / f"{INDEX_MIGRATION}.py").exists():
            self.chat_back_to = INDEX_MIGRATION_PARENT
        self.process = None

    def start(self, admin, source_db: str, source_url: str):
        """Copy `source_db` (its connections closed) and start the baseline
        on the copy."""
        self.stop()
        self.db = f"{source_db}_baseline"
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{self.db}"')
            for _attempt in range(20):
                try:
                    cur.execute(f'CREATE DATABASE "{self.db}" TEMPLATE "{source_db}"')
                    break
                except psycopg2.errors.ObjectInUse:  # autovacuum, briefly
                    time.sleep(0.5)
            else:
                raise RuntimeError(f"{source_db} stays in use; cannot copy it")
        url = bench_url(source_url, self.db)
        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
        env.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE="csc.settings")
        # Back to the baseline's schema, with the current code (which knows
        # how to reverse its own migrations); the stored tables are empty.
        back = [("metrics", self.last_migration)]
        if self.chat_back_to:
            back.append(("chat", self.chat_back_to))
        for app, migration in back:
            subprocess.run(
                [sys.executable, "manage.py", "migrate", app, migration],
                cwd=ROOT,
                env={**env, "PYTHONPATH": str(ROOT)},
                check=True,
                capture_output=True,
            )
        self.process = subprocess.Popen(
            [sys.executable, "-c", BASELINE_SCRIPT],
            cwd=self.directory,
            env={**env, "PYTHONPATH": str(self.directory)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the baseline did not start")

    def daily_job(self, day: dt.date) -> tuple[float, float | None]:
        """Wall seconds and CPU seconds (its process and its backend)."""
        self.process.stdin.write(f"{day.isoformat()}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the baseline failed on {day}")
        wall, cpu = line.split()
        return float(wall), None if cpu == "None" else float(cpu)

    def stop(self):
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=60)
            self.process = None

    def close(self, admin):
        self.stop()
        if getattr(self, "db", None):
            with admin.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{self.db}"')
        subprocess.run(
            [
                "git",
                "-C",
                str(ROOT),
                "worktree",
                "remove",
                "--force",
                str(self.directory),
            ],
            check=False,
            capture_output=True,
        )


def measure(
    connection,
    span,
    scale,
    gen_time,
    period_counts,
    mark_stale,
    daily_job,
    compute_period,
    base_code=None,
    start_baseline=None,
):
    """Time count(*), the seven daily jobs (and the baseline's, alternating),
    the from-scratch queries and the weekly job on the data as it is, and
    print them with their ratios."""
    count_time, messages = timed(partial(count_messages, connection))
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM chat_session")
        sessions = cur.fetchone()[0]
        still_open = reset_late_changes(cur)
        for table in STORED_TABLES:
            cur.execute(f"TRUNCATE {table}")
    mark_stale(span.days())
    if base_code is not None:
        copy_time, _ = timed(start_baseline)
    load_before = load_average()
    day_times, base_times, day_cpus, base_cpus = [], [], [], []

    def run_baseline(day):
        wall, cpu = base_code.daily_job(day)
        base_times.append(wall)
        base_cpus.append(cpu)

    for n, day in enumerate(span.days()):
        # Alternate which goes first, so that neither always finds the other's
        # work just done.
        if base_code is not None and n % 2 == 0:
            run_baseline(day)
        cpu = cpu_seconds(connection)
        day_time, _ = timed(partial(daily_job, day))
        day_times.append(day_time)
        day_cpus.append(None if cpu is None else cpu_seconds(connection) - cpu)
        if base_code is not None and n % 2 == 1:
            run_baseline(day)
    if base_code is not None:
        base_code.stop()
    with connection.cursor() as cur:
        rated_late, invalid_late = late_changes(cur)
        # The daily jobs rewrote a whole week of stored rows at once; in
        # production a day is rewritten a day apart and autovacuum has the
        # hours in between to reclaim the old rows and refresh statistics.
        vacuum_time, _ = timed(partial(cur.execute, "VACUUM ANALYZE"))
    with PeakRss() as scratch_rss:
        scratch_time, counts = timed(partial(period_counts, span))
    statements = StatementTimes()
    with PeakRss() as rss, connection.execute_wrapper(statements):
        compute_time, results = timed(partial(compute_period, span))
    count_again, _ = timed(partial(count_messages, connection))
    baseline = min(count_time, count_again)
    stored_counts = {
        r.store_id: {name: getattr(r, name) for name in COUNT_FIELDS} for r in results
    }
    scratch_counts = {
        store_id: {name: getattr(c, name) for name in COUNT_FIELDS}
        for store_id, c in store_counts(counts).items()
    }
    zeros = dict.fromkeys(COUNT_FIELDS, 0)
    for store_id, stored in stored_counts.items():
        assert stored == scratch_counts.get(store_id, zeros), (store_id, stored)
    assert set(scratch_counts) <= set(stored_counts)
    # Every count of every agent row the weekly job stored equals the one
    # computed from the messages, and there is a row for every agent with
    # anything attributed.
    stored_agents = {
        (r.store_id, r.agent_id): {name: getattr(r, name) for name in COUNT_FIELDS}
        for r in agent_rows(span)
    }
    scratch_agents = {
        key: {name: getattr(agent_view(c), name) for name in COUNT_FIELDS}
        for key, c in agent_counts(counts).items()
    }
    assert stored_agents == scratch_agents
    totals = {
        name: sum(c[name] for c in stored_counts.values()) for name in COUNT_FIELDS
    }
    agent_totals = {
        name: sum(c[name] for c in stored_agents.values()) for name in COUNT_FIELDS
    }
    failing = sum(not r.passed for r in results)
    stores_time = sum(day_times)
    daily_vs_base = ""
    if base_code is not None:
        ratios = [new / base for new, base in zip(day_times, base_times, strict=True)]
        worst = max(ratios)
        daily_vs_base = (
            f"  the same seven days with the baseline {base_code.description} "
            f"(its own checkout, on a copy of this database made in "
            f"{copy_time:.1f} s, alternating day by day): {sum(base_times):.2f} s "
            f"({', '.join(f'{t:.2f}' for t in base_times)})\n"
            f"  DAILY JOB (compared to the target) against the baseline, per "
            f"day: {', '.join(f'{r:.2f}x' for r in ratios)}; median "
            f"{statistics.median(ratios):.2f}x, worst {worst:.2f}x, in all "
            f"{stores_time / sum(base_times):.2f}x -> target <= 1.25x per day "
            f"{'met' if worst <= 1.25 else 'NOT met'}\n"
        )
        if None not in day_cpus + base_cpus:
            # The same days in CPU seconds (the job's process and its
            # PostgreSQL backend): what the work costs, whatever else the
            # machine's cores are doing meanwhile.
            cpu_ratios = [
                new / base for new, base in zip(day_cpus, base_cpus, strict=True)
            ]
            daily_vs_base += (
                f"  in CPU seconds (process + its PostgreSQL backend): "
                f"{sum(day_cpus):.2f} s ({', '.join(f'{t:.2f}' for t in day_cpus)})"
                f" against {sum(base_cpus):.2f} s "
                f"({', '.join(f'{t:.2f}' for t in base_cpus)}); per day "
                f"{', '.join(f'{r:.2f}x' for r in cpu_ratios)}; median "
                f"{statistics.median(cpu_ratios):.2f}x, worst "
                f"{max(cpu_ratios):.2f}x, in all "
                f"{sum(day_cpus) / sum(base_cpus):.2f}x -> "
                f"{'met' if max(cpu_ratios) <= 1.25 else 'NOT met'} in CPU\n"
            )
    print(
        f"scale {scale:>4.0%}: sessions={sessions:,} messages={messages:,} "
        f"(generated in {gen_time:.1f} s); load average {load_before}\n"
        f"  count(*) over the same messages: {count_time:.2f} s / "
        f"{count_again:.2f} s (baseline {baseline:.2f} s)\n"
        f"  seven daily jobs (each stores its day): {stores_time:.2f} s "
        f"in all -> {stores_time / baseline:.2f}x "
        f"({', '.join(f'{t:.2f}' for t in day_times)}); "
        f"{still_open:,} sessions open meanwhile\n"
        f"{daily_vs_base}"
        f"  after the daily jobs: {still_open:,} sessions closed, "
        f"{rated_late:,} sessions rated, {invalid_late:,} marked invalid; "
        f"VACUUM ANALYZE (not timed) {vacuum_time:.1f} s\n"
        f"  from scratch, two queries over the messages: {scratch_time:.2f} s "
        f"-> {scratch_time / baseline:.2f}x "
        f"(peak RSS +{(scratch_rss.peak - scratch_rss.start) / 1024:.1f} MiB)\n"
        f"  WEEKLY JOB (compared to the target), all stores: {compute_time:.2f} s "
        f"-> {compute_time / baseline:.2f}x count(*) -> target <= 3x "
        f"{'met' if compute_time <= 3 * baseline else 'NOT met'} "
        f"({len(results)} results, {failing} stores failing; every count of "
        f"every store = from scratch: {totals['rounds']:,} rounds, "
        f"{totals['human_sessions']:,} sessions, "
        f"{totals['no_service_sessions']:,} no-service, "
        f"{totals['rated_sessions']:,} rated, "
        f"{totals['dissatisfied_sessions']:,} dissatisfied, "
        f"{totals['answered_sessions']:,} answered; and every count of every "
        f"one of {len(stored_agents):,} agent rows: {agent_totals['rounds']:,} "
        f"rounds, {agent_totals['human_sessions']:,} sessions, "
        f"{agent_totals['answered_sessions']:,} first responses)\n"
        f"  peak RSS during the weekly job: {rss.peak / 1024:.1f} MiB "
        f"(+{(rss.peak - rss.start) / 1024:.1f} MiB over {rss.start / 1024:.1f}); "
        f"load average after {load_average()}\n"
        f"  the weekly job's slowest statements: {statements.slowest()}"
    )


class StatementTimes:
    """A connection.execute_wrapper adding up the time of each statement of
    the weekly job by its first words (where its time goes, in the output)."""

    def __init__(self):
        self.times: dict[str, float] = {}

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            key = " ".join(str(sql).split())[:60]
            self.times[key] = self.times.get(key, 0.0) + time.perf_counter() - started

    def slowest(self, n: int = 6) -> str:
        top = sorted(self.times.items(), key=lambda kv: -kv[1])[:n]
        total = sum(self.times.values())
        return f"{total:.2f} s in SQL; " + "; ".join(
            f"{t:.2f} s {key!r}" for key, t in top
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
        "--baseline",
        default=BASELINE_COMMIT,
        help="commit whose daily job the current one is compared with, day by "
        "day in the same run (default %(default)s, the code before the "
        "per-agent figures); 'none' to skip",
    )
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
    from metrics.actions import do_compute_period, do_mark_days_stale
    from metrics.periods import make_span
    from metrics.queries import Counts, period_counts_by_agent

    COUNT_FIELDS.extend(
        f.name
        for f in dataclasses.fields(Counts)
        if f.name != "agent_no_service_sessions"
    )

    def daily_job(day):
        return do_compute_period(make_span("day", day))

    base_code = None if args.baseline == "none" else Baseline(args.baseline)

    def start_baseline():
        connection.close()
        base_code.start(admin, args.db, base_url)

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
                period_counts_by_agent,
                do_mark_days_stale,
                daily_job,
                do_compute_period,
                base_code,
                start_baseline,
            )
            return
        buyer = User.objects.create(username="bench-buyer", kind=User.Kind.BUYER)
        Store.objects.bulk_create(
            Store(slug=f"bench-{n:04d}", name=f"店铺{n:04d}")
            for n in range(args.stores)
        )
        agents = User.objects.bulk_create(
            User(username=f"bench-agent-{n:04d}-{k}", kind=User.Kind.MERCHANT)
            for n in range(args.stores)
            for k in "ab"
        )
        stores = list(Store.objects.order_by("id"))
        Membership.objects.bulk_create(
            Membership(store=stores[n // 2], user=agent)
            for n, agent in enumerate(agents)
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
                period_counts_by_agent,
                do_mark_days_stale,
                daily_job,
                do_compute_period,
                base_code,
                start_baseline,
            )
    finally:
        connection.close()
        if base_code is not None:
            base_code.close(admin)
        if not args.keep:
            with admin.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{args.db}"')
        admin.close()


if __name__ == "__main__":
    main()
