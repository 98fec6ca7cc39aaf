# Minutebook: `make run` indexes the bundled corpus and serves it; `make test` runs everything.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DATA ?= instance
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: help venv run index serve test lint eval bench bench-large loadtest clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/minutebook: setup.cfg
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

venv: $(BIN)/minutebook  ## create .venv and install Minutebook with its test tools

index: venv  ## index the bundled corpus into $(DATA)/
	$(BIN)/minutebook --data $(DATA) index corpus/documents

run: index  ## index the bundled corpus and serve it on http://127.0.0.1:5000
	$(BIN)/minutebook --data $(DATA) serve --host 127.0.0.1 --port 5000

test: venv  ## run the whole test suite
	$(BIN)/pytest

lint: venv  ## ruff over the code
	$(BIN)/ruff check models corpus indexer webapp tests bench

eval: venv  ## the evaluation kit in ../shared/eval over the bundled corpus
	$(BIN)/python ../shared/eval/score_structure.py --gold ../shared/eval/structure_dev.json --docs corpus/documents
	$(BIN)/python ../shared/eval/evaluate.py --gold ../shared/eval/gold_dev.jsonl --docs corpus/documents

bench: venv  ## speed and scale at 1x, 10x, 100x the sample (distinct text); writes $(DATA)/bench/latest.json
	$(BIN)/python -m bench --data $(DATA) --scales 1,10,100

bench-large: venv  ## 1x and 400x (~1M paragraphs) into the same latest.json: hours of indexing on 2 cores, ~10 GB disk
	$(BIN)/python -m bench --data $(DATA) --scales 1,400

loadtest: venv  ## serve the bundled corpus on a free loopback port under 1-128 clients; writes $(DATA)/bench/load.json
	$(BIN)/python -m bench.load --data $(DATA)

clean:  ## remove the index (not the venv)
	rm -rf $(DATA)
