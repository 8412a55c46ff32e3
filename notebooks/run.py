"""Execute every notebook in this folder headlessly and fail on any error cell.

    npm run notebooks:run            # or: notebooks/.venv/bin/python notebooks/run.py [name.ipynb ...]

The notebooks talk to the API at $BRG_API_URL (default http://localhost:4000/graphql).
The committed notebooks are not modified: executed copies, with their outputs, are
written to notebooks/out/executed/ for inspection. Exit code 0 when every notebook ran
without an error cell, 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# Figures are rendered off-screen (the executed copies and out/*.png keep them).
os.environ.setdefault("MPLBACKEND", "Agg")

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellExecutionError  # noqa: E402

HERE = Path(__file__).resolve().parent
EXECUTED = HERE / "out" / "executed"
CELL_TIMEOUT_S = 300


def run(path: Path) -> bool:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        # Run beside the notebooks, so `import brg_api` and relative paths work.
        resources={"metadata": {"path": str(HERE)}},
    )
    started = time.monotonic()
    try:
        client.execute()
        ok = True
    except CellExecutionError as error:
        print(f"FAILED {path.name}:\n{error}", file=sys.stderr)
        ok = False
    EXECUTED.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, EXECUTED / path.name)
    if ok:
        print(f"ok     {path.name} ({time.monotonic() - started:.1f} s)")
    return ok


def main(argv: list[str]) -> int:
    names = argv or sorted(p.name for p in HERE.glob("*.ipynb"))
    if not names:
        print(f"No notebooks in {HERE}", file=sys.stderr)
        return 1
    print(f"Executing {len(names)} notebook(s) against {os.environ.get('BRG_API_URL') or 'http://localhost:4000/graphql'}")
    results = [run(HERE / name) for name in names]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
