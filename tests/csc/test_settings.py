"""Settings selection: embedded by default, PostgreSQL/Redis from the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; from django.conf import settings; django.setup();"
    "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'],"
    "'layer': settings.CHANNEL_LAYERS['default']['BACKEND'],"
    "'eager': settings.CELERY_TASK_ALWAYS_EAGER, 'broker': settings.CELERY_BROKER_URL,"
    "'debug': settings.DEBUG, 'tz': settings.TIME_ZONE, 'lang': settings.LANGUAGE_CODE,"
    "'hosts': settings.CHANNEL_LAYERS['default'].get('CONFIG', {}).get('hosts')}))"
)
CLEARED = (
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def run_python(code, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env["DJANGO_SETTINGS_MODULE"] = "csc.settings"
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


def probe(**env):
    result = run_python(PROBE, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.process
def test_no_environment_runs_embedded():
    assert probe() == {
        "engine": "django.db.backends.sqlite3",
        "layer": "channels.layers.InMemoryChannelLayer",
        "eager": True,
        "broker": "memory://",
        "debug": True,
        "tz": "Asia/Shanghai",
        "lang": "zh-hans",
        "hosts": None,
    }


@pytest.mark.process
def test_database_and_redis_urls_select_postgres_and_redis():
    found = probe(
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/csc",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["layer"] == "chat.channel_layer.RedisChannelLayer"
    assert found["eager"] is False
    assert found["broker"] == "redis://127.0.0.1:6379/3"
    assert found["hosts"] == [
        {
            "address": "redis://127.0.0.1:6379/3",
            "max_connections": 200,
            "socket_timeout": 15,
        }
    ]


@pytest.mark.process
def test_debug_off_without_secret_key_refuses_to_start():
    result = run_python(PROBE, DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.process
def test_check_deploy_passes_with_documented_production_variables():
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(
        DJANGO_SETTINGS_MODULE="csc.settings",
        DEBUG="0",
        SECRET_KEY="x7!" * 20 + "production-secret-for-the-check",
        ALLOWED_HOSTS="csc.example.com",
        CSRF_TRUSTED_ORIGINS="https://csc.example.com",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/csc",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
