# Two commands do everything: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Where the site is served: the default Site and every absolute URL follow it.
SITE_URL ?= http://127.0.0.1:$(PORT)
export PORT SITE_URL

.PHONY: install run test lint messages clean bench cluster test-cluster

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --disable-pip-version-check -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

# moto's S3-compatible server, for the cluster only.
$(VENV)/.installed-cluster: $(VENV)/.installed
	$(BIN)/pip install --disable-pip-version-check -q -e ".[test,cluster]"
	touch $@

run: install
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py collectstatic --noinput -v 0
	$(BIN)/python manage.py setup_site
	$(BIN)/python manage.py load_demo_content
	@echo ""
	@echo "  Сайт / The site:   $(SITE_URL)/   (English: $(SITE_URL)/en/)"
	@echo "  Админка / Admin:   $(SITE_URL)/admin/  (login and password printed above)"
	@echo ""
	@# The task worker (e-mail) runs beside gunicorn and stops with it.
	export DJANGO_SETTINGS_MODULE=config.settings.dev; \
	$(BIN)/python manage.py db_worker --backend mail & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn -c config/gunicorn.conf.py

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Several app hosts behind Varnish on PostgreSQL, Redis and S3 (moto), in the foreground until Ctrl-C
# (README «Past one machine»). Debian's postgresql, redis-server and varnish are installed when missing (as root).
cluster: $(VENV)/.installed-cluster
	$(BIN)/python -m cluster $(CLUSTER_ARGS)

# The cluster tests: each starts its own layout on other ports (tests/cluster).
test-cluster: $(VENV)/.installed-cluster
	$(BIN)/pytest tests/cluster -m cluster $(PYTEST_ARGS)

# Its own site under var/bench/, served as `make run` serves it; a table and var/bench/latest.json (README «make bench»).
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Regenerate the Russian catalogue after changing strings; the compiled .mo files are committed.
# Each app keeps its own catalogue in <app>/locale; the project one holds templates/ and config/.
APPS := home news projects contacts materials cases
messages: install
	$(BIN)/python manage.py makemessages -l ru --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench $(foreach app,$(filter-out home,$(APPS)),--ignore=$(app))
	for app in $(filter-out home,$(APPS)); do \
		if [ -d $$app/locale ]; then (cd $$app && ../$(BIN)/python ../manage.py makemessages -l ru --no-obsolete); fi; \
	done
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=var

clean:
	rm -rf var/static var/db.sqlite3* var/cache
