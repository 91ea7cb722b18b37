"""The weekly job alone, over the same stored days, in two checkouts.

For issue 15: whether a change makes the weekly job slower, apart from the
load and from what the from-scratch queries leave in the buffer cache
(`bench/metrics.py` runs them just before it). Works on a database kept by
`bench/metrics.py --keep` (default csc_bench), with the code of the checkout
it is run from (its directory on sys.path) or of --code.

  prepare  the daily jobs of the bench's week with this checkout's code, from
           empty stored tables, then the bench's late changes (sessions
           closed, rated, marked invalid) and VACUUM ANALYZE: the state the
           bench's weekly job starts from. Prints how the stored rows lie
           (pg_stats.correlation).
  weekly   the weekly job of --code (a checkout) in a transaction rolled back
           at the end, --times times (VACUUM between them, not timed): wall,
           CPU (process + backend) and SQL time per statement; with --scratch
           (a checkout), that checkout's from-scratch queries of the week run
           just before each, as in the bench. With
           --explain, each statement's EXPLAIN (ANALYZE, BUFFERS) is printed
           first (in a savepoint rolled back) and the times are not kept.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/csc \\
        python bench/metrics_weekly.py --db csc_bench weekly --code ../other
"""

import argparse
import importlib.util
import inspect
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]

# bench/metrics.py, under another name than the project's `metrics` package.
_spec = importlib.util.spec_from_file_location(
    "bench_metrics", ROOT / "bench/metrics.py"
)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)
STORED_TABLES, WEEK, cpu_seconds = bench.STORED_TABLES, bench.WEEK, bench.cpu_seconds
late_changes, load_average = bench.late_changes, bench.load_average
reset_late_changes = bench.reset_late_changes

WORKER = r"""
import datetime as dt, sys, time, django
django.setup()
from django.db import connection, transaction
from metrics.actions import do_compute_period
from metrics.periods import make_span
cpu_seconds = CPU_SECONDS
explain = __EXPLAIN__


class Rollback(Exception):
    pass


times = {}


def wrapper(execute, sql, params, many, context):
    key = " ".join(str(sql).split())[:40]
    if explain and not many and key.split()[0].upper() in (
        "SELECT", "INSERT", "UPDATE", "DELETE", "WITH"
    ):
        with connection.cursor() as cur:
            cur.execute("SAVEPOINT x")
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = "\n".join(r[0] for r in cur.fetchall())
            cur.execute("ROLLBACK TO SAVEPOINT x")
        print(f"--- {key}\n{plan}\n", flush=True)
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        times[key] = times.get(key, 0.0) + time.perf_counter() - started


span = make_span("week", dt.date.fromisoformat(sys.argv[1]))
cpu = cpu_seconds(connection)
started = time.perf_counter()
try:
    with transaction.atomic(), connection.execute_wrapper(wrapper):
        do_compute_period(span)
        wall = time.perf_counter() - started
        cpu = cpu_seconds(connection) - cpu
        raise Rollback
except Rollback:
    pass
top = sorted(times.items(), key=lambda kv: -kv[1])
print(f"wall {wall:.2f} s, CPU {cpu:.2f} s, SQL {sum(times.values()):.2f} s; "
      + "; ".join(f"{t:.3f} {k!r}" for k, t in top[:6]), flush=True)
"""


def django_connection():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csc.settings")
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    return connection


def correlations(cursor):
    cursor.execute(
        "SELECT tablename, attname, round(correlation::numeric, 3) FROM pg_stats "
        "WHERE tablename IN ('metrics_sessionfacts', 'metrics_sessiondayrounds') "
        "AND attname IN ('session_id', 'store_id', 'day') ORDER BY 1, 2"
    )
    return ", ".join(f"{t}.{a} {c}" for t, a, c in cursor.fetchall())


def prepare():
    connection = django_connection()
    from metrics.actions import do_compute_period, do_mark_days_stale
    from metrics.periods import make_span

    span = make_span("week", WEEK)
    with connection.cursor() as cur:
        reset_late_changes(cur)
        for table in STORED_TABLES:
            cur.execute(f"TRUNCATE {table}")
    do_mark_days_stale(span.days())
    cpu = cpu_seconds(connection)
    started = time.perf_counter()
    for day in span.days():
        do_compute_period(make_span("day", day))
    wall = time.perf_counter() - started
    cpu = cpu_seconds(connection) - cpu
    with connection.cursor() as cur:
        rated, invalid = late_changes(cur)
        cur.execute("VACUUM ANALYZE")
        print(
            f"prepared with {ROOT}: daily jobs {wall:.1f} s, CPU {cpu:.1f} s; "
            f"{rated:,} rated late, {invalid:,} invalid late; "
            f"correlation: {correlations(cur)}; load {load_average()}"
        )


SCRATCH = r"""
import datetime as dt, sys, time, django
django.setup()
from metrics.periods import make_span
from metrics.queries import period_counts_by_agent
started = time.perf_counter()
period_counts_by_agent(make_span("week", dt.date.fromisoformat(sys.argv[1])))
print(f"from scratch {time.perf_counter() - started:.2f} s", flush=True)
"""


def weekly(code: Path, times: int, explain: bool, scratch: Path | None):
    script = (
        "import os, time\n"
        + inspect.getsource(cpu_seconds)
        + WORKER.replace("cpu_seconds = CPU_SECONDS\n", "").replace(
            "__EXPLAIN__", repr(explain)
        )
    )
    env = dict(os.environ, PYTHONPATH=str(code), DJANGO_SETTINGS_MODULE="csc.settings")
    env.pop("REDIS_URL", None)
    for n in range(times):
        subprocess.run(
            ["psql", "-q", "-c", "VACUUM", os.environ["DATABASE_URL"]], check=True
        )
        before = ""
        if scratch is not None:
            # The bench's from-scratch queries just before, by another checkout.
            before = subprocess.run(
                [sys.executable, "-c", SCRATCH, WEEK.isoformat()],
                cwd=scratch,
                env=dict(env, PYTHONPATH=str(scratch)),
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            before = f" after {scratch.name}'s {before}"
        out = subprocess.run(
            [sys.executable, "-c", script, WEEK.isoformat()],
            cwd=code,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        print(
            f"{code.name} #{n + 1}{before} (load {load_average()}): {out.rstrip()}",
            flush=True,
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="csc_bench")
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--times", type=int, default=1)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument(
        "--scratch", type=Path, help="checkout whose from-scratch queries run first"
    )
    parser.add_argument("mode", choices=("prepare", "weekly"))
    args = parser.parse_args()
    url = urlparse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/csc")
    )
    os.environ["DATABASE_URL"] = url._replace(path=f"/{args.db}").geturl()
    if args.mode == "prepare":
        prepare()
    else:
        weekly(
            args.code.resolve(),
            args.times,
            args.explain,
            args.scratch and args.scratch.resolve(),
        )


if __name__ == "__main__":
    main()
