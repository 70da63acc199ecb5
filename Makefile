# Feedback Desk. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DIST_STAMP := $(VENV)/.dist-$(shell cksum pyproject.toml | cut -d' ' -f1)
TRAIN_STAMP := $(VENV)/.train-$(shell cksum pyproject.toml | cut -d' ' -f1)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run test lint bench model dist distcheck clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Feedback Desk needs Python 3.11 or newer ($(PYTHON) is older)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)  ## set up and open the app
	@$(PY) -m feedback_desk.platform_check
	$(PY) -m feedback_desk

test: $(STAMP)  ## set up and run the tests (offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests --ignore=tests/benchmarks -p no:cacheprovider

lint: $(STAMP)  ## check the code style with ruff
	$(PY) -m ruff check feedback_desk tests installers
	$(PY) -m ruff format --check feedback_desk tests installers

$(TRAIN_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,train]'
	rm -f $(VENV)/.train-*
	touch $@

bench: $(TRAIN_STAMP)  ## run the benchmarks (slow; not part of CI)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -m bench -s -p no:cacheprovider

model: $(TRAIN_STAMP)  ## train the Korean text model again (resources/korean_sentiment.bin)
	$(PY) installers/train_korean_sentiment.py

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	rm -f $(VENV)/.dist-*
	touch $@

dist: $(DIST_STAMP)  ## build the app for this system into dist/ (Linux: and the .deb)
	$(PY) installers/build.py dist

distcheck: $(DIST_STAMP)  ## build if needed, run the built app offscreen, check the .deb
	$(PY) installers/build.py check --build

clean:  ## remove the virtual environment and build output
	rm -rf $(VENV) build dist installers/__pycache__
