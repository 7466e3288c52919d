"""A pytest plugin (`-p soak.fuzz_count`) for the soak figures: counts the schemathesis
cases a run really sent. Hypothesis may stop an operation early when it has tried every
distinct input, so examples × operations is only an upper bound.

A case is one `Case.call_and_validate` or one `Case.call` made by the test itself; the
extra requests that checks send from inside `call_and_validate` are not cases of their own.
The count goes to the file named by RURALDESK_SOAK_FUZZ_COUNT when the session ends.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from schemathesis.generation.case import Case

_inside = threading.local()
_cases = [0]


def _counting(name: str) -> None:
    original = getattr(Case, name)

    def counted(self, *args, **kwargs):
        top = not getattr(_inside, "yes", False)
        if top:
            _cases[0] += 1
            _inside.yes = True
        try:
            return original(self, *args, **kwargs)
        finally:
            if top:
                _inside.yes = False

    counted.__wrapped__ = original
    setattr(Case, name, counted)


_counting("call")
_counting("call_and_validate")


def pytest_sessionfinish(session, exitstatus):
    path = os.environ.get("RURALDESK_SOAK_FUZZ_COUNT")
    if path:
        Path(path).write_text(str(_cases[0]))
