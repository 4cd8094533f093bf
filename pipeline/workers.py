"""Supervised worker processes: a per-file time limit and memory ceiling, and a batch that always goes on.

Each worker is a long-lived process (spawned once, reused for many files)
that receives a path over a pipe and sends back an Extraction.  The parent
kills and replaces a worker that overruns the time limit (the file comes out
``failed: timeout``) or dies (``failed: memory`` when it ran out of its
ceiling, ``failed: crashed`` otherwise).  The ceiling is an address-space
limit (RLIMIT_AS) of the worker's size at start plus ``memory_mb``.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from pipeline.process import failed_extraction, safe_process
from schemas.records import Extraction

TRANSIENT = ("failed: timeout", "failed: memory", "failed: crashed")  # outcomes of this run's limits, never cached


@dataclass(frozen=True, slots=True)
class Limits:
    timeout_s: float = 300.0
    memory_mb: int | None = 4096


def _vm_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _worker_main(conn: Connection, memory_mb: int | None) -> None:
    if memory_mb:
        ceiling = _vm_bytes() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        path = Path(message)
        try:
            result = safe_process(path)
        except MemoryError:
            result = failed_extraction(path, f"failed: memory: {path.name} needed more than the {memory_mb} MB ceiling")
        conn.send(result)
        if result.report.error and result.report.error.startswith("failed: memory"):
            return  # a process that ran out of memory is not trusted with the next file


class _Worker:
    def __init__(self, context, limits: Limits) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, limits.memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.path: Path | None = None
        self.started = 0.0

    def submit(self, path: Path) -> None:
        self.path, self.started = path, time.monotonic()
        self.conn.send(str(path))

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.process.join(timeout=2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


def run_supervised(
    files: list[Path], jobs: int, limits: Limits, on_done: Callable[[Extraction], None]
) -> None:
    """Extract ``files`` over ``jobs`` workers, calling ``on_done`` with each result as it arrives."""
    context = multiprocessing.get_context("spawn")
    pending = deque(files)
    idle: list[_Worker] = []
    busy: dict[Connection, _Worker] = {}
    try:
        while pending or busy:
            while pending and len(busy) < jobs:
                worker = idle.pop() if idle else _Worker(context, limits)
                worker.submit(pending.popleft())
                busy[worker.conn] = worker
            deadline = min(w.started for w in busy.values()) + limits.timeout_s
            for conn in wait(list(busy), timeout=max(0.0, deadline - time.monotonic())):
                worker = busy.pop(conn)
                try:
                    result = conn.recv()
                except (EOFError, OSError):
                    result = _died(worker, limits)
                    worker.kill()
                else:
                    if worker.process.is_alive() and not _ran_out(result):
                        idle.append(worker)
                    else:
                        worker.kill()
                on_done(result)
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if now - worker.started >= limits.timeout_s:
                    busy.pop(conn)
                    worker.kill()
                    on_done(failed_extraction(worker.path, f"failed: timeout: {worker.path.name} took longer than "
                                                           f"{limits.timeout_s:g} s"))
    finally:
        for worker in [*idle, *busy.values()]:
            worker.stop()


def _ran_out(result: Extraction) -> bool:
    return bool(result.report.error and result.report.error.startswith("failed: memory"))


def _died(worker: _Worker, limits: Limits) -> Extraction:
    worker.process.join(timeout=5)
    code = worker.process.exitcode
    name = worker.path.name
    if limits.memory_mb and code is not None and code < 0:
        return failed_extraction(worker.path, f"failed: memory: the worker reading {name} died (signal {-code}) "
                                              f"under its {limits.memory_mb} MB ceiling")
    return failed_extraction(worker.path, f"failed: crashed: the worker reading {name} exited with code {code}")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_dask(files: list[Path], scheduler: str, on_done: Callable[[Extraction], None]) -> None:
    """Extract ``files`` on an existing Dask cluster (``pip install swapscore[dask]``), results as they arrive.

    The workers must have swapscore installed and see the files at the same
    paths.  Time and memory limits are the cluster's own (Dask worker
    settings); swapscore's --timeout and --memory-mb apply to local workers.
    """
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise RuntimeError("the dask executor needs dask.distributed: pip install 'dask[distributed]'") from exc
    with Client(scheduler) as client:
        futures = client.map(safe_process, files, pure=False)
        for future in as_completed(futures):
            on_done(future.result())
