"""`make bench`: every benchmark in this folder, one after the other.

    python benchmarks/run_all.py [--quick] [--only peer,sync] [--skip peer]

--only / --skip take benchmark names (bench_<name>.py) and are not passed on; every other
argument is (each benchmark understands --quick). bench_peer.py, the side-by-side run
against PouchDB, needs node and npm; without them it says so and skips.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _names(argv: list[str], flag: str) -> tuple[set[str], list[str]]:
    """The comma-separated names after `flag` (repeatable), and argv without them."""
    names, rest, i = set(), [], 0
    while i < len(argv):
        if argv[i] == flag and i + 1 < len(argv):
            names.update(n.strip() for n in argv[i + 1].split(",") if n.strip())
            i += 2
            continue
        rest.append(argv[i])
        i += 1
    return names, rest


def main(argv: list[str]) -> int:
    only, argv = _names(argv, "--only")
    skip, argv = _names(argv, "--skip")
    failed = []
    for bench in sorted(HERE.glob("bench_*.py")):
        name = bench.stem.removeprefix("bench_")
        if (only and name not in only) or name in skip:
            continue
        print(f"\n=== {bench.name} ===", flush=True)
        if subprocess.run([sys.executable, str(bench), *argv], cwd=HERE).returncode != 0:
            failed.append(bench.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
