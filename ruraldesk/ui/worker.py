"""The one way the UI runs work off the main thread (a QThreadPool).

    task = background(fn, *args, on_done=slot, on_error=slot, on_progress=slot)

`fn` runs on a pool thread; with `serial=True` it runs on the one writer thread,
after every serial task started before it (the operations layer's writes, so undo
and redo apply in order). `on_done(result)`, `on_error(exception)` and
`on_progress(done, total)` are called back on the main thread. If `fn` takes a
keyword argument named `task`, it gets the Task, so it can report progress
(`task.report(done, total)`, which returns False once cancelled) and notice
`task.cancelled`. Nothing else in the UI starts threads.
"""

from __future__ import annotations

import inspect
import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_writer: QThreadPool | None = None
_live: set[Task] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(3)
        _pool.setExpiryTimeout(30_000)
    return _pool


def writer_pool() -> QThreadPool:
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)   # FIFO: writes land in the order they were asked for
        _writer.setExpiryTimeout(-1)
    return _writer


class Task(QObject):
    """A unit of background work; lives on the main thread, its signals arrive there."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.finished_flag = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> bool:
        """Called from the work function; False once the user has cancelled."""
        self.progressed.emit(int(done), int(total))
        return not self.cancelled

    def wait(self, timeout: float | None = None) -> bool:
        return self.finished_flag.wait(timeout)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            task.result = task.fn(*task.args, **task.kwargs)
        except BaseException as exc:  # reported to the main thread, never lost
            task.error = exc
            task.finished_flag.set()
            task.failed.emit(exc)
        else:
            task.finished_flag.set()
            task.done.emit(task.result)


def _wants_task(fn: Callable) -> bool:
    try:
        return "task" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def background(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None, serial: bool = False,
               **kwargs: Any) -> Task:
    task = Task(fn, args, kwargs)
    if _wants_task(fn):
        task.kwargs["task"] = task
    _live.add(task)

    @Slot(object)
    def finished(value: Any, callback=on_done) -> None:
        _live.discard(task)
        if callback is not None:
            _deliver(callback, value)

    @Slot(object)
    def failed(exc: BaseException) -> None:
        _live.discard(task)
        if on_error is not None:
            _deliver(on_error, exc)
        else:
            log.error("background task failed", exc_info=exc)

    task.done.connect(finished)
    task.failed.connect(failed)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    (writer_pool() if serial else pool()).start(_Runnable(task))
    return task


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """A view closed while its work was in flight is normal: its answer is dropped."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("dropped a result for a closed view: %s", exc)


def wait_all(msecs: int = 30_000) -> bool:
    """Block until every background task has finished (closing, tests)."""
    return writer_pool().waitForDone(msecs) and pool().waitForDone(msecs)


def busy() -> bool:
    return bool(_live)
