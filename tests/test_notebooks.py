"""The notebooks run top to bottom, and are committed without outputs.

Each notebook runs with nbclient in a kernel of this interpreter (the `python3` kernel that
ipykernel provides), in a temporary working folder so that nothing lands in the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ("01-build-and-ask", "02-network", "03-provenance-audit")
KERNEL = "python3"


def read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)


def test_the_expected_notebooks_are_there():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(NAMES)


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_committed_notebooks_have_no_outputs(path: Path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{path.name}: clear the outputs before committing (Edit > Clear Outputs of All Cells)")
    assert nb.metadata.kernelspec.name == KERNEL


@pytest.mark.parametrize("name", NAMES)
def test_notebook_code_only_calls_the_package(name: str):
    # No function, class or loop of its own: the logic lives in pledgegraph, where it is tested.
    for cell in read(name).cells:
        if cell.cell_type == "code":
            for line in cell.source.splitlines():
                assert not line.lstrip().startswith(("def ", "class ", "for ", "while ", "lambda")), line


@pytest.fixture(scope="module")
def kernel_runs_this_python(tmp_path_factory):
    # A user-level kernelspec named python3 could point at another interpreter; with the
    # user data folder emptied, the venv's (or ipykernel's built-in) spec is the one found,
    # and its "python" is this interpreter.
    data = tmp_path_factory.mktemp("jupyter-data")
    old = os.environ.get("JUPYTER_DATA_DIR")
    os.environ["JUPYTER_DATA_DIR"] = str(data)
    try:
        argv = KernelSpecManager().get_kernel_spec(KERNEL).argv
        assert argv[0] in ("python", "python3", f"python3.{sys.version_info[1]}") or (
            Path(argv[0]).resolve() == Path(sys.executable).resolve()), argv
        yield
    finally:
        if old is None:
            os.environ.pop("JUPYTER_DATA_DIR", None)
        else:
            os.environ["JUPYTER_DATA_DIR"] = old


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom(name: str, tmp_path: Path, kernel_runs_this_python):
    nb = read(name)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=600,
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()       # raises CellExecutionError, naming the cell, if any cell fails
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # Every code cell ran, in order, and the repository got nothing.
    counts = [cell.execution_count for cell in nb.cells if cell.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))
    assert sorted(p.name for p in NOTEBOOKS.iterdir() if not p.name.startswith(".")) == sorted(
        f"{n}.ipynb" for n in NAMES)
    html = [o.data["text/html"] for o in outputs if o.output_type == "execute_result"
            and "text/html" in o.data]
    assert html, "tables show as HTML"
    if name == "02-network":
        assert sum('<iframe sandbox="allow-scripts" srcdoc=' in h for h in html) == 2
        assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == [
            "companies-countries.gexf", "pledgegraph.gexf", "pledgegraph.graphml"]
