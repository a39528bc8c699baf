# Portalen: `make run` to try it, `make test` to test it.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: install run serve test lint format migrations-check messages bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Development: DEBUG on (and with it a throw-away secret key) unless the environment says otherwise.
run: export DJANGO_DEBUG ?= 1
run: $(STAMP)
	$(BIN)/python manage.py compile_translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py load_demo_meetings
	$(BIN)/python manage.py load_demo_employers
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# In parallel (one worker per core, pytest-xdist) and in a new random order each run
# (pytest-randomly prints the seed: PYTEST_ARGS="--randomly-seed=N" repeats an order,
# PYTEST_ARGS="-p no:randomly" keeps the file order, TEST_WORKERS=0 runs in one process).
TEST_WORKERS ?= auto
test: $(STAMP)
	DJANGO_DEBUG=1 $(BIN)/python manage.py compile_translations
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Production-like locally: gunicorn + whitenoise against PostgreSQL (createdb portal first).
serve: export DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/portal
serve: export DJANGO_SECRET_KEY ?= local-serve-only-$(shell hostname)
serve: export DJANGO_STATIC_MANIFEST = 1
serve: $(STAMP)
	$(BIN)/python manage.py compile_translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/gunicorn --config gunicorn.conf.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations-check: $(STAMP)
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

# Update the English catalogue from the code (needs GNU gettext); then translate locale/en.
messages: export DJANGO_DEBUG ?= 1
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --locale en --ignore '.venv/*' --ignore 'staticfiles/*' --no-obsolete
	$(BIN)/python manage.py compile_translations

# Benchmark against PostgreSQL at 100 000 and 10 000 measures: the pages (cache off and on,
# /healthz the reference), the free-text engines compared, two servers on one database and
# Redis, a load test with editors saving, and the first list on SQLite at 20 000; writes
# bench/results.md with the issue-11 budgets (see bench/README.md). Fails on errors, not on a
# missed budget. BENCH_QUICK=1 for a short smoke run. Installs wrk from Debian if missing.
bench: $(STAMP)
	@command -v wrk > /dev/null || $(SUDO) apt-get install -y -qq wrk \
		|| ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
