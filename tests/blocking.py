"""Running something that might block forever (a FIFO, a device) without hanging the test run."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest


def finishes(action: Callable[[], Any], unblock: Callable[[], None] = lambda: None) -> Any:
    """``action()``'s result (or its exception); fails the test instead of hanging if it blocks.

    The worker is a daemon thread and is joined at once when it is done: nothing waits when all
    is well. ``unblock`` releases a worker that is stuck (e.g. by opening the other end of a
    FIFO), so nothing is left waiting after a failure.
    """
    result: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(action())
        except BaseException as exc:  # noqa: BLE001 - handed to the test below
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():
        unblock()
        pytest.fail(f"{getattr(action, '__name__', 'the call')} blocked")
    if errors:
        raise errors[0]
    return result[0]
