"""A worker process ends when the process that started it ends.

The import scores texts in a helper process (core/importer.py). If the importing process is
killed (kill -9, a crash, the power button held), nothing would tell the helper, which would
wait for work for ever, and with it Python's resource tracker, which lives until the last
process holding its pipe is gone. Each helper therefore watches its parent: a thread waits on
the parent's sentinel, which multiprocessing gives every spawned child (the end of a pipe the
parent holds open on Linux and macOS, the parent's process handle on Windows), and ends the
helper the moment the parent is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import threading


def end_with_parent() -> None:
    """Run in a worker process as it starts (a pool's ``initializer``)."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not a child of multiprocessing: nothing to watch
        return
    threading.Thread(target=_wait_for, args=(parent,), name="parent watch", daemon=True).start()


def _wait_for(parent) -> None:
    parent.join()  # returns when the parent's sentinel says it has ended
    os._exit(1)  # at once: nothing of the worker's is worth finishing without its parent
