# RiskMap developer commands. `make help` lists them.
# On a fresh Debian/Ubuntu machine (as root) `make test` sets everything up first.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SYSTEM_PYTHON ?= /usr/bin/python3
VENV ?= .venv
PYTHON ?= $(VENV)/bin/python
STAMP := $(VENV)/.setup-stamp
CORE_VENV ?= build/venv-core
# Any Python >= 3.9; the core venv gets no system site packages, hence no QGIS.
CORE_BASE_PYTHON ?= python3
PLUGIN := riskmap_plugin
ZIP := dist/$(PLUGIN).zip
PROFILE ?= default
PLUGINS_DIR := $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)/python/plugins
LANGUAGES := ar ckb fr
TS_FILES := $(foreach lang,$(LANGUAGES),i18n/riskmap_$(lang).ts)
LINT_PATHS := riskmap_plugin tests scripts

export PYTHONDONTWRITEBYTECODE := 1
# QGIS tiers: Processing lives outside QGIS's Python package path (conftests add it too).
# OGR_SQLITE_JOURNAL: QGIS would otherwise switch every GeoPackage it opens (the committed
# sample among them) to WAL mode, which rewrites the file's header.
QGIS_ENV := PYTHONPATH=/usr/share/qgis/python/plugins$(if $(PYTHONPATH),:$(PYTHONPATH)) \
	OGR_SQLITE_JOURNAL=DELETE
OFFSCREEN := $(QGIS_ENV) QT_QPA_PLATFORM=offscreen
XVFB := $(QGIS_ENV) xvfb-run -a -s "-screen 0 1600x1000x24"

# Runs pytest on one tier; pytest's exit 5 ("no tests collected") is reported as a failure.
define pytest_tier
	@echo "== tier $(1) =="
	@rc=0; $(2) $(PYTHON) -m pytest $(3) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "tier $(1): no tests collected — every tier must have tests" >&2; fi; \
	exit $$rc
endef

# The core tier needs no QGIS; the default venv gets it only when PYTHON is the default one.
CORE_SETUP := $(if $(filter $(VENV)/bin/python,$(PYTHON)),$(STAMP))

.PHONY: help setup test test-core test-core-isolated test-core-minimum fuzz test-qgis test-gui test-e2e test-matrix test-postgis \
	bench-postgis lint format package deploy bench demo transup transcompile clean

help: ## Show this list
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-20s %s\n", $$1, $$2}'

setup: $(STAMP) ## Install system packages (Debian/Ubuntu, as root) and the dev venv .venv

# Built from source against the system GEOS/PROJ/GDAL that QGIS itself loads.
SYSTEM_LIB_PACKAGES := shapely,pyproj,pyogrio

$(STAMP): requirements.txt requirements-dev.txt constraints-debian.txt constraints-pyproj-build.txt \
		scripts/setup_system.sh
	bash scripts/setup_system.sh
	test -x $(VENV)/bin/python || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	PIP_CONSTRAINT=constraints-pyproj-build.txt $(VENV)/bin/python -m pip install \
		--disable-pip-version-check -q --no-binary pyproj -c constraints-debian.txt pyproj
	$(VENV)/bin/python -m pip install --disable-pip-version-check -q \
		--no-binary $(SYSTEM_LIB_PACKAGES) -c constraints-debian.txt -r requirements-dev.txt
	$(VENV)/bin/python scripts/check_native_libs.py
	touch $@

test: $(STAMP) ## Run every test tier (sets up the machine first if needed)
	@# -k: a failing tier does not hide the results of the others; make still fails.
	$(MAKE) --no-print-directory -k test-core test-qgis test-gui test-e2e

# The core's docstring examples run too (--doctest-modules on the package's core).
test-core: $(CORE_SETUP) ## Pure-Python core tests and the core's doctests, no QGIS (PYTHON=... to use another interpreter)
	$(call pytest_tier,core,,-p no:pytest_qgis -p no:pytest-qt tests/core --doctest-modules $(PLUGIN)/core)

test-core-isolated: $(CORE_VENV)/.stamp ## Core tests in a venv without QGIS or system packages
	$(MAKE) test-core PYTHON=$(CORE_VENV)/bin/python

# The core tier runs the fuzzers (tests marked slow) with FUZZ_EXAMPLES cases each (default 300).
fuzz: $(CORE_SETUP) ## Fuzz the model parser and the core with 10,000 cases per fuzzer (FUZZ_EXAMPLES=...)
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-10000} $(PYTHON) -m pytest -p no:pytest_qgis -p no:pytest-qt \
		-m slow --hypothesis-show-statistics tests/core/test_fuzz.py

# The oldest releases requirements.txt accepts (each ">=X.Y" as "==X.Y.*"): what the
# minimums promise is tested, not assumed; test-core-isolated tests the newest.
CORE_MIN_VENV ?= build/venv-core-minimum
test-core-minimum: $(CORE_MIN_VENV)/.stamp ## Core tests with the minimum versions of requirements.txt (no QGIS)
	$(MAKE) test-core PYTHON=$(CORE_MIN_VENV)/bin/python

$(CORE_MIN_VENV)/.stamp: requirements.txt requirements-dev.txt
	$(CORE_BASE_PYTHON) -m venv $(CORE_MIN_VENV)
	sed -nE 's/^([A-Za-z0-9_.-]+)>=([0-9.]+).*/\1==\2.*/p' requirements.txt > $(CORE_MIN_VENV)/minimum.txt
	$(CORE_MIN_VENV)/bin/python -m pip install --disable-pip-version-check -q \
		-r $(CORE_MIN_VENV)/minimum.txt $$(grep -E '^(pytest|hypothesis)[<>=]' requirements-dev.txt)
	touch $@

$(CORE_VENV)/.stamp: requirements.txt requirements-dev.txt
	$(CORE_BASE_PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install --disable-pip-version-check -q -r requirements.txt \
		$$(grep -E '^(pytest|hypothesis)[<>=]' requirements-dev.txt)
	touch $@

test-qgis: $(STAMP) transcompile ## Adapter and Processing tests in headless QGIS
	$(call pytest_tier,qgis,$(OFFSCREEN),tests/qgis)

test-gui: $(STAMP) transcompile ## Plugin, dock and dialog tests (pytest-qt + pytest-qgis) under Xvfb
	$(call pytest_tier,gui,$(XVFB),tests/gui)

test-e2e: $(STAMP) ## Build the zip, install it into a fresh profile and start the real QGIS under Xvfb
	$(call pytest_tier,e2e,$(OFFSCREEN),tests/e2e)

# A throw-away PostgreSQL cluster (own data directory and port, localhost only), the sample
# loaded with ogr2ogr, tests/postgis against it; the cluster is stopped and removed after.
test-postgis: $(STAMP) ## PostGIS inputs and results against a throw-away local PostGIS cluster (installs it as root)
	@echo "== tier postgis =="
	PYTHON=$(PYTHON) bash scripts/postgis/tier.sh

# Newer QGIS releases run in Debian 13 chroots kept in a cache folder outside the repository
# (RISKMAP_MATRIX_CACHE, default ~/.cache/riskmap-matrix); built once, reused afterwards.
MATRIX_RELEASES ?= 3.40 3.44
MATRIX_OUT := build/matrix

test-matrix: $(STAMP) package ## Core, QGIS and GUI tiers on QGIS 3.40 and 3.44 LTR (Debian 13 chroots, as root); same scores as 3.22
	@rm -rf $(MATRIX_OUT) && mkdir -p $(MATRIX_OUT)
	@rc=0; \
	echo "== QGIS 3.22 (this machine): qgis_process smoke run =="; \
	$(QGIS_ENV) $(PYTHON) scripts/matrix/score_sample.py $(MATRIX_OUT)/3.22 || rc=1; \
	for release in $(MATRIX_RELEASES); do \
		bash scripts/matrix/test_release.sh $$release $(MATRIX_OUT)/$$release || rc=1; \
	done; \
	echo "== same scores on every release =="; \
	RISKMAP_MATRIX_OUTPUTS=$(MATRIX_OUT) $(PYTHON) -m pytest -p no:pytest_qgis -p no:pytest-qt \
		tests/matrix || rc=1; \
	echo "== matrix times (seconds) =="; cat $(MATRIX_OUT)/*/times.txt 2>/dev/null || true; \
	exit $$rc

lint: $(STAMP) ## ruff, the type checker (mypy, on core/), the Qt6 readiness check and the security scan (bandit)
	$(PYTHON) -m ruff check $(LINT_PATHS)
	$(PYTHON) -m ruff format --check $(LINT_PATHS)
	@# What mypy checks and how strictly: [tool.mypy] in pyproject.toml.
	$(PYTHON) -m mypy
	$(OFFSCREEN) $(PYTHON) scripts/check_qt6.py
	@# The QGIS plugin repository scans every upload with bandit's default rules.
	$(PYTHON) -m bandit -q -r $(PLUGIN)

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(PYTHON) -m ruff check --fix $(LINT_PATHS)
	$(PYTHON) -m ruff format $(LINT_PATHS)

package: transcompile ## Build dist/riskmap_plugin.zip (installable plugin)
	$(SYSTEM_PYTHON) scripts/package.py $(ZIP)

deploy: package ## Install the zip into the QGIS profile PROFILE (default: default)
	mkdir -p "$(PLUGINS_DIR)"
	rm -rf "$(PLUGINS_DIR)/$(PLUGIN)"
	$(SYSTEM_PYTHON) -m zipfile -e $(ZIP) "$(PLUGINS_DIR)"
	@echo "Installed in $(PLUGINS_DIR)/$(PLUGIN); restart QGIS and enable RiskMap."

bench: $(STAMP) ## Time the scoring model (scripts/bench.py)
	@if [ -f scripts/bench.py ]; then $(OFFSCREEN) $(PYTHON) scripts/bench.py; \
	else echo "bench: scripts/bench.py is missing" >&2; exit 1; fi

# The h rows of the bench (slow: 10M events are generated in the database once per cluster).
BENCH_PG_EVENTS ?= 10000000
bench-postgis: $(STAMP) ## Bench rows h: PostGIS in-database counting vs pulling rows (BENCH_PG_EVENTS=...)
	$(OFFSCREEN) bash scripts/postgis/with_cluster.sh $(PYTHON) scripts/bench_postgis.py \
		--events $(BENCH_PG_EVENTS)

demo: $(STAMP) ## Run the sample analysis end to end (scripts/demo.py)
	@if [ -f scripts/demo.py ]; then $(PYTHON) scripts/demo.py; \
	else echo "demo: scripts/demo.py is missing" >&2; exit 1; fi

transup: ## Update the i18n/*.ts catalogues from the package's strings (pylupdate5)
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' -not -path '*/__pycache__/*' | sort) \
		-ts $(TS_FILES)

transcompile: ## Compile i18n/*.ts into .qm (lrelease)
	lrelease -silent $(TS_FILES)

clean: ## Remove build outputs and caches (keeps .venv)
	rm -rf dist build .pytest_cache .ruff_cache .hypothesis .qgis-settings i18n/*.qm
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
