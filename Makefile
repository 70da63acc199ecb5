# Feedback Desk. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Every environment (run, test, dist) installs the exact versions pinned in the lock file, so two
# fresh machines get the same libraries. `make lock` refreshes it after pyproject.toml changes.
LOCK := installers/requirements.lock
SETUP_SUM := $(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
STAMP := $(VENV)/.installed-$(SETUP_SUM)
DIST_STAMP := $(VENV)/.dist-$(SETUP_SUM)
TRAIN_STAMP := $(VENV)/.train-$(SETUP_SUM)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run test lint bench model lock translations dist distcheck clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Feedback Desk needs Python 3.11 or newer ($(PYTHON) is older)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(LOCK) -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)  ## set up and open the app
	@$(PY) -m feedback_desk.platform_check
	$(PY) -m feedback_desk

# The team-desk tests start their own PostgreSQL server: installed first where it is missing and
# that can be done (root with apt-get); elsewhere those tests skip and say why.
test: $(STAMP)  ## set up and run the tests (offscreen)
	@sh tests/install_postgres.sh || true
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests --ignore=tests/benchmarks -p no:cacheprovider

lint: $(STAMP)  ## check the code style with ruff
	$(PY) -m ruff check feedback_desk tests installers
	$(PY) -m ruff format --check feedback_desk tests installers

$(TRAIN_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c $(LOCK) -e '.[test,train]'
	rm -f $(VENV)/.train-*
	touch $@

bench: $(TRAIN_STAMP)  ## run the benchmarks (slow; not part of CI)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -m bench -s -p no:cacheprovider

lock: $(STAMP)  ## pin every library anew from pyproject.toml (UPGRADE=1: move to the newest releases)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --all-extras \
		$(if $(UPGRADE),--upgrade) pyproject.toml -o $(LOCK)

translations: $(STAMP)  ## gather new strings into the .ts files, compile the .qm files
	$(PY) installers/translations.py

model: $(TRAIN_STAMP)  ## train the Korean text model again (resources/korean_sentiment.bin)
	$(PY) installers/train_korean_sentiment.py

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c $(LOCK) -e '.[test,dist]'
	rm -f $(VENV)/.dist-*
	touch $@

dist: $(DIST_STAMP)  ## build the app for this system into dist/ (Linux: and the .deb)
	$(PY) installers/build.py dist

distcheck: $(DIST_STAMP)  ## build if needed, run the built app offscreen, check the .deb
	$(PY) installers/build.py check --build

clean:  ## remove the virtual environment and build output
	rm -rf $(VENV) build dist installers/__pycache__
