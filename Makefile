# Portalen: `make run` to try it, `make test` to test it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint format migrations-check messages bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python manage.py compile_translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/python manage.py compile_translations
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations-check: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run

# Update the English catalogue from the code (needs GNU gettext); then translate locale/en.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages --locale en --ignore '.venv/*' --ignore 'staticfiles/*' --no-obsolete
	$(BIN)/python manage.py compile_translations

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
