"""`make soak`: long runs against the real server, beyond what the normal suite has time for.

    python -m soak fuzz   [--sqlite-cases 20000] [--postgres-cases 5000]
    python -m soak faults [--backend postgres|sqlite] [--replicas 20] [--duration 240] ...
    python -m soak all [fault run options]   (both; what `make soak SOAK_ARGS=...` runs)

Each prints its figures and exits non-zero on any finding.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "fuzz":
        from .fuzz import main as fuzz
        return fuzz(rest)
    if command == "faults":
        from .faults import main as faults
        return faults(rest)
    if command == "all":
        from .faults import main as faults
        from .fuzz import main as fuzz
        fuzzed = fuzz([])
        faulted = faults(rest)
        print(f"soak: fuzz {'OK' if fuzzed == 0 else 'FAILED'}, faults {'OK' if faulted == 0 else 'FAILED'}")
        return fuzzed or faulted
    print(f"unknown soak command {command!r}; see python -m soak --help", file=sys.stderr)
    return 2


sys.exit(main(sys.argv[1:]))
