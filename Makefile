# Two commands do all set-up on a fresh machine:
#   make report   renders the HTML reports for the bundled sample into reports/
#   make test     runs the test suite
# Both create .venv from pyproject.toml when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= data
OUT    ?= reports
LAB    ?= lab
PYTEST_ARGS ?= -n 2

.PHONY: test report lab bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

report: $(STAMP)
	$(BIN)/python -m toolkit report --corpus $(CORPUS) --out $(OUT)

# make lab: editable copies of the packaged notebooks in lab/ (gitignored), opened in JupyterLab.
# Copies you edited are kept (the copy step says so and lab still opens); make lab FORCE=1 replaces them.
lab: $(STAMP)
	$(BIN)/python -m ipykernel install --user --name toolkit --display-name "Python (toolkit)"
	$(BIN)/python -m toolkit notebooks --copy $(LAB) $(if $(FORCE),--force,) || echo "make lab: kept the notebooks in $(LAB)/ as they are"
	$(BIN)/jupyter lab $(LAB)/ $(if $(filter 0,$(shell id -u)),--allow-root,)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache build *.egg-info
