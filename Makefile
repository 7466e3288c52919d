# RuralDesk — every target creates .venv and installs what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test server bench soak screenshots package icons clean

$(STAMP): pyproject.toml scripts/system-deps
	./scripts/system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[desktop,server,test,package]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ruraldesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --timeout 600 $(PYTEST_ARGS)

server: $(STAMP)
	$(BIN)/ruraldesk-server serve

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

# long runs (above an hour on 2 cores): schemathesis, every check, 20,000 cases on SQLite and
# 5,000 on PostgreSQL, then the fault run (20 replicas, 4 minutes of SIGKILLs) on PostgreSQL; e.g. SOAK_ARGS="--duration 600 --replicas 30"
SOAK_ARGS ?=
soak: $(STAMP)
	$(BIN)/python -m soak all $(SOAK_ARGS)

package: $(STAMP)
	PYTHON=$(BIN)/python packaging/build-linux

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screens-whatsnew

icons: $(STAMP)
	$(BIN)/python scripts/make-icons

clean:
	rm -rf $(VENV) build dist .pytest_cache
