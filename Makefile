# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
KG      = $(VENV)/bin/kg
OUT    ?= out
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test test-fast install install-test browser clean bench docs screenshots

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamp files so the install runs again only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(KG) build --out $(OUT)

# Debian's Chromium for the browser tests (never `playwright install`: it downloads a browser).
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

test: install-test browser
	$(PY) -m pytest

test-fast: install-test
	$(PY) -m pytest -m "not slow and not browser"

bench: install-test
	$(PY) bench/carb.py
	$(PY) bench/throughput.py
	$(PY) bench/sparql.py

# The README's console outputs and the notebook's kept outputs, from a fresh run of the code as it stands
# (tests/test_readme.py and tests/test_notebook.py fail when they differ).
docs: install-test
	$(PY) tests/test_readme.py --update
	$(PY) tests/test_notebook.py --update

# The README's pictures (docs/*.png), in Chromium: needs ../shared/corpora/bbc-news, or GRAPH=a built graph.trig
screenshots: install-test browser
	$(PY) docs/screenshots.py $(if $(GRAPH),--graph $(GRAPH),)

clean:
	rm -rf $(OUT) build *.egg-info .pytest_cache
