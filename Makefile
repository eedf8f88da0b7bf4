# The single entry to common tasks. The README's two commands are `make demo` and `make test`.
.PHONY: demo test lint services-start services-stop bench help

PY := .venv/bin/python

help:
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'

demo: ## Install, build the demo site on the embedded default (SQLite) and serve it on :8000
	scripts/bootstrap.sh
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py compile_translations
	$(PY) manage.py load_demo_content --admin-password "$${DEMO_ADMIN_PASSWORD:-bitburg-demo}"
	$(PY) manage.py runserver 127.0.0.1:8000

test: ## Install, start PostgreSQL, Redis and OpenSearch, run linters and the whole test suite
	scripts/bootstrap.sh --tests
	scripts/services.sh start
	scripts/test.sh

lint: ## ruff, djhtml and the migrations check, without the services
	scripts/bootstrap.sh
	scripts/test.sh --lint-only

services-start: ## Start PostgreSQL, Redis and OpenSearch on loopback
	scripts/services.sh start

services-stop: ## Stop them
	scripts/services.sh stop

bench: ## Run the benchmarks in bench/ against the real services
	scripts/bootstrap.sh
	scripts/services.sh start
	scripts/bootstrap.sh --bench
	bench/run
