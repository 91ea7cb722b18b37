# csc: two commands. `make run` (embedded, demo data) and `make test` (PostgreSQL + Redis);
# `make test-fast` while working (no browser, no other processes).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_DATABASE_URL := $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/csc)
TEST_REDIS_URL := $(or $(REDIS_URL),redis://127.0.0.1:6379/0)
PYTEST_ARGS ?=
MESSAGE_IGNORES := --ignore '.venv/*' --ignore 'bench/*' --ignore 'tests/*' --ignore 'docs/*' \
	--ignore 'static/vendor/*' --ignore 'staticfiles/*'

.PHONY: run test test-fast install install-dev system-deps runtime-deps services-check lint format messages screenshots bench bench-pg-drivers bench-screening-instructions clean

# setup.py builds the one C extension (compliance/engine/_grams.c, _fold.c) in place.
$(VENV)/.installed: pyproject.toml setup.py compliance/engine/_grams.c compliance/engine/_fold.c
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml setup.py compliance/engine/_grams.c compliance/engine/_fold.c
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install runtime-deps
	env -u DATABASE_URL -u REDIS_URL $(PY) manage.py migrate --noinput
	env -u DATABASE_URL -u REDIS_URL $(PY) manage.py sync_rule_pack --verbosity 0
	env -u DATABASE_URL -u REDIS_URL $(PY) manage.py sync_screening_model
	env -u DATABASE_URL -u REDIS_URL $(PY) manage.py seed_demo
	@echo "csc is starting on http://$(HOST):$(PORT)/  (log in with a demo login above)"
	env -u DATABASE_URL -u REDIS_URL $(PY) manage.py serve $(HOST):$(PORT)

system-deps:
	@bash .ci/system-deps.sh

runtime-deps:
	@bash .ci/system-deps.sh --runtime

services-check: install-dev
	@DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(PY) .ci/check_services.py

# The whole suite on TEST_WORKERS processes (pytest-xdist; a file's tests stay on
# one worker, which starts its own Daphne, Redis, Celery and Chromium processes
# on free ports against its own test database). `make test-fast` leaves out the
# tests that drive a browser or start other processes (markers e2e, process).
# Times on this 2-core machine: README.md, "Tests".
TEST_WORKERS ?= 2
XDIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder
# Bytecode and pytest's rewritten test modules are kept in __pycache__ (ignored
# by git) even where the environment says not to write them: compiling and
# rewriting every module again cost each worker about 5 s of every run.
TEST_ENV = DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) \
	PYTHONDONTWRITEBYTECODE=

test: install-dev system-deps services-check
	$(TEST_ENV) $(PY) -m pytest $(XDIST) $(PYTEST_ARGS)

# The in-process tests only: no browser, no other processes.
test-fast: install-dev services-check
	$(TEST_ENV) $(PY) -m pytest $(XDIST) -m "not e2e and not process" $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install-dev
	$(PY) manage.py makemessages -l en -l zh_Hans --no-obsolete $(MESSAGE_IGNORES)
	$(PY) manage.py makemessages -d djangojs -l en -l zh_Hans --no-obsolete $(MESSAGE_IGNORES)
	$(PY) locale/fill_catalogs.py
	$(PY) manage.py compilemessages --ignore '.venv/*'

screenshots: install-dev system-deps
	$(PY) docs/take_screenshots.py

# psycopg 3 against chat/async_pg.py (bench/pg_drivers.py). psycopg 3 goes into
# bench/out/pg3lib, not the project's environment: there Django would switch to it.
PG3LIB := bench/out/pg3lib
bench-pg-drivers: install-dev
	test -d $(PG3LIB)/psycopg_pool || $(PY) -m pip install --quiet --target $(PG3LIB) \
		'psycopg[binary]==3.3.9' 'psycopg-pool==3.3.3'
	DATABASE_URL=$(TEST_DATABASE_URL) PYTHONPATH=$(CURDIR):$(PG3LIB) \
		$(PY) bench/pg_drivers.py --rounds 3 --seconds 4

# Screening's instructions per message under callgrind (Debian's valgrind):
# figures a busy host does not move. BEFORE=DIR compares another checkout.
bench-screening-instructions: install
	@command -v valgrind >/dev/null || bash .ci/system-deps.sh --bench
	$(PY) bench/screening_instructions.py $(if $(BEFORE),--before $(BEFORE))

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache .test-media staticfiles
