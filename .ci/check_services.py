"""Stop at once, with the fix, when PostgreSQL or Redis is not answering."""

import os
import sys

import psycopg2
import redis

database_url = os.environ["DATABASE_URL"]
redis_url = os.environ["REDIS_URL"]
problems = []
try:
    psycopg2.connect(
        database_url.rsplit("/", 1)[0] + "/postgres", connect_timeout=3
    ).close()
except psycopg2.Error as exc:
    problems.append(
        f"PostgreSQL is not answering at {database_url}: {exc}".strip()
        + "\n  start it: pg_ctlcluster --skip-systemctl-redirect "
        "$(ls /etc/postgresql) main start"
    )
try:
    redis.Redis.from_url(redis_url, socket_connect_timeout=3).ping()
except redis.RedisError as exc:
    problems.append(
        f"Redis is not answering at {redis_url}: {exc}"
        '\n  start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" '
        "--appendonly no"
    )
if problems:
    print(
        "make test needs PostgreSQL and Redis:\n" + "\n".join(problems), file=sys.stderr
    )
    sys.exit(2)
