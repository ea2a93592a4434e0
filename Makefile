# One entry point for everything. A fresh clone needs no other step: every target depends on
# the environment targets, which install the pinned tools on first use.
#   make        lint every spec (and, once they exist, build the clients); print a table per API
#   make test   the whole test suite (what CI runs)

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules

# uv is pinned and installed into .tools/ by pip when it is missing; it never downloads a Python.
UV_VERSION := 0.13.9
UV := .tools/uv-$(UV_VERSION)/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3
export UV_NO_PROGRESS := 1
PY := .venv/bin/python
REDOCLY := node_modules/.bin/redocly
SPECS := $(sort $(wildcard specs/*.yaml))

.PHONY: all setup lint generate check-generated typecheck check-code dist test bench mock conform clean

all: lint generate

$(UV):
	python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
		--target .tools/uv-$(UV_VERSION) uv==$(UV_VERSION)

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --quiet
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: .venv/.synced node_modules/.installed

# openapi-spec-validator, redocly lint, every example against its schema, the x- extensions
# and the project's conventions; problems are printed as file#/json/pointer (line N).
lint: setup
	$(PY) -m tools.speclint --redocly $(REDOCLY) $(SPECS)

# Typed clients in generated/<api>-client/, rebuilt only when their spec or config changed.
generate: setup
	$(PY) -m codegen.generate
	$(PY) -m codegen.overlay_types
	$(PY) -m codegen.filter_types

# Fails with the list of stale files when generated/ does not match the specs.
check-generated: setup
	$(PY) -m codegen.generate --check
	$(PY) -m codegen.overlay_types --check
	$(PY) -m codegen.filter_types --check

typecheck: setup
	$(PY) -m mypy --strict generated/*-client/*_client

# The gates `make test` runs before the suite, so a broken one fails in seconds: the import
# contracts of pyproject.toml ([tool.importlinter]: the spec layer at the bottom, then the
# overlays, then the mock and the tools; no cycles), ruff over every hand-written package and
# the tests, and mypy --strict over every hand-written package.
HAND_WRITTEN := mocks overlays/crm_overlays tools codegen benchmarks
check-code: setup
	.venv/bin/lint-imports --no-cache
	$(PY) -m ruff check --quiet $(HAND_WRITTEN) tests
	$(PY) -m mypy --strict $(HAND_WRITTEN)

# One wheel per generated client, the overlays' wheel (which carries the specs it reads) and the
# mock's (crm-mocks: the mock, the crm_mock pytest fixture, crm-mock and crm-speclint), in dist/,
# for a user's own project to pin.
dist: setup
	rm -rf dist && for project in generated/*-client overlays mocks; do \
		$(UV) build --quiet --wheel --out-dir dist "$$project"; done
	ls -1 dist

test: setup check-code
	$(PY) -m pytest -q

# Side-by-side measurements, printed as ratios (see benchmarks/README.md). Not part of `make test`.
bench: setup
	$(PY) -m benchmarks

# Serve one API's stateful mock on 127.0.0.1, e.g. `make mock API=pylon PORT=4010`.
# `.venv/bin/python -m mocks --help` lists every option (state file, seeding, faults, rate limits).
API ?= pylon
PORT ?= 4010
mock: setup
	$(PY) -m mocks $(API) --port $(PORT)

# Schemathesis against any server implementing a spec, read-only unless WRITES=1, paced under the
# vendor's rate limit, e.g. `make conform API=kanbert URL=https://api.kanbert.com/api/v1 TOKEN=…`.
# The token reaches the tool through the environment only (never echoed, never in argv).
# Prints a per-operation summary; JUnit XML in reports/conform-$(API).xml.
conform: export CONFORM_TOKEN = $(or $(TOKEN),$(CONFORM_TOKEN))
conform: setup
	@test -n "$(URL)" || { echo "usage: make conform API=<name> URL=<base url> TOKEN=<token> [WRITES=1]"; exit 2; }
	$(PY) -m tools.conform $(API) --url "$(URL)" $(if $(filter 1,$(WRITES)),--writes)

clean:
	rm -rf .venv .tools node_modules .pytest_cache .hypothesis .schemathesis
