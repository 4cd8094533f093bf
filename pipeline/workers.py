"""Supervised worker processes: a per-file time limit and memory ceiling, and a batch that always goes on.

Each worker is a long-lived process (spawned once, reused for many files)
that receives a path over a pipe and sends back an Outcome (the Extraction, and whether it may be cached).  The parent
kills and replaces a worker that overruns the time limit (the file comes out
``failed: timeout``) or dies (``failed: crashed (signal N)`` when a signal
killed it, ``failed: crashed (exit code N)`` otherwise).  The ceiling is an
address-space limit (RLIMIT_AS) of the worker's size at start plus
``memory_mb``: reaching it raises MemoryError in the worker, and the file
comes out ``failed: memory``.  None of these outcomes is cached.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import resource
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from swapscore.pipeline.process import Outcome, failed_extraction, load_readers, safe_process
from swapscore.pipeline.sources import Source, is_url, name_of


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


STARTUP_S = 120.0  # a new worker has this long to import swapscore before its first file's clock starts
WATCHDOG_S = 1.0  # how often a worker checks that its parent is still there


def _worker_main(conn: Connection, memory_mb: int | None, parent: int, tmp_root: str | None) -> None:
    _stay_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    if tmp_root:
        _use_temp_folder(Path(tmp_root) / f"worker-{os.getpid()}")
    load_readers()  # before the ceiling: it limits what a file takes, not the imports
    if memory_mb:
        ceiling = _vm_bytes() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    conn.send(READY)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        outcome = safe_process(message if is_url(message) else Path(message), memory_mb)
        conn.send(outcome)
        if not outcome.cacheable:
            return  # a process that ran out of memory (or time, or disk) is not trusted with the next file


READY = "ready"


def _stay_with_parent(parent: int) -> None:
    """End this worker when the parent dies, even by SIGKILL: the kernel's parent-death signal (Linux), and
    a watchdog thread that sees the parent change (everywhere, and for the moment before prctl)."""
    from swapscore.parsers.children import die_with_parent

    die_with_parent(signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCHDOG_S)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _use_temp_folder(folder: Path) -> None:
    """Every temporary file of this worker and of the programs it runs goes under the run's folder."""
    folder.mkdir(parents=True, exist_ok=True)
    tempfile.tempdir = str(folder)
    os.environ["TMPDIR"] = str(folder)


class _Worker:
    def __init__(self, context, limits: Limits, tmp_root: Path | None) -> None:
        self.conn, child = context.Pipe()
        args = (child, limits.memory_mb, os.getpid(), str(tmp_root) if tmp_root else None)
        self.process = context.Process(target=_worker_main, args=args, daemon=True)
        with _sigint_ignored(), _main_not_reimported():
            self.process.start()
        child.close()
        self.ready = False
        self.path: Source | None = None
        self.started = time.monotonic()

    def submit(self, path: Source) -> None:
        self.path = path
        self.started = time.monotonic()
        self.conn.send(str(path))

    def deadline(self, limits: Limits) -> float:
        """When the file's clock runs out; a worker still starting has its startup allowance first."""
        return self.started + limits.timeout_s + (0.0 if self.ready else STARTUP_S)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.process.join(timeout=2)
        self.kill()

    def kill(self) -> None:
        """Kill the worker and every process it started (tesseract, LibreOffice and its helpers)."""
        if self.process.is_alive():
            helpers = _descendants(self.process.pid)
            self.process.kill()
            self.process.join(timeout=5)
            for pid in helpers:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
        self.conn.close()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Start a worker with Ctrl-C ignored from its first instruction on (an ignored signal stays ignored
    across exec, and Python then installs no handler of its own): a Ctrl-C while it still imports
    swapscore is the parent's to handle, not a KeyboardInterrupt traceback of each worker."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _main_not_reimported() -> Iterator[None]:
    """Start a worker without running the parent's main module again.  A spawned process imports the
    parent's ``__main__`` in case the target lives there; ours lives in this module, and the main module is
    the command line (typer and rich, about 0.2 s a worker) or a caller's script (bench/run_bench.py imports
    the corpus generator: 0.5 s).  multiprocessing names the main module to the child by its ``__spec__`` or
    ``__file__``; without them the child leaves it alone."""
    main = sys.modules["__main__"]
    saved = {name: main.__dict__.pop(name) for name in ("__spec__", "__file__") if name in main.__dict__}
    if "__spec__" in saved:
        main.__spec__ = None  # the import system expects the attribute
    try:
        yield
    finally:
        main.__dict__.update(saved)


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (Linux /proc; empty elsewhere), also those in other process groups."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def run_supervised(files: list[Source], jobs: int, limits: Limits, on_done: Callable[[Outcome], None],
                   tmp_root: Path | None = None, on_start: Callable[[Source], None] | None = None) -> None:
    """Extract ``files`` over ``jobs`` workers, calling ``on_done`` with each result as it arrives (and
    ``on_start`` with each file as a worker gets it).  Workers keep their temporary files under
    ``tmp_root`` (the run's folder, which the caller removes)."""
    context = multiprocessing.get_context("spawn")
    pending = deque(files)
    idle: list[_Worker] = []
    busy: dict[Connection, _Worker] = {}
    try:
        while pending or busy:
            while pending and len(busy) < jobs:
                worker = idle.pop() if idle else _Worker(context, limits, tmp_root)
                worker.submit(pending.popleft())
                busy[worker.conn] = worker
                if on_start is not None:
                    on_start(worker.path)
            deadline = min(w.deadline(limits) for w in busy.values())
            for conn in wait(list(busy), timeout=max(0.0, deadline - time.monotonic())):
                worker = busy[conn]
                try:
                    result = conn.recv()
                except (EOFError, OSError):
                    result = _died(worker)
                    worker.kill()
                else:
                    if result == READY:  # imports done: the file's clock starts now
                        worker.ready, worker.started = True, time.monotonic()
                        continue
                    if worker.process.is_alive() and result.cacheable:
                        idle.append(worker)
                    else:
                        worker.kill()
                busy.pop(conn)
                on_done(result)
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if now >= worker.deadline(limits):
                    busy.pop(conn)
                    worker.kill()
                    on_done(Outcome(failed_extraction(worker.path, f"failed: timeout: {name_of(worker.path)} took "
                                                                   f"longer than {limits.timeout_s:g} s"), False))
    finally:
        for worker in [*idle, *busy.values()]:
            worker.stop()


def _died(worker: _Worker) -> Outcome:
    """A worker that died without answering: killed by a signal, or exited (never guessed to be memory)."""
    worker.process.join(timeout=5)
    code = worker.process.exitcode
    name = name_of(worker.path)
    if code is not None and code < 0:
        try:
            signame = f" ({signal.Signals(-code).name})"
        except ValueError:
            signame = ""
        message = f"failed: crashed (signal {-code}): the worker reading {name} was killed by signal {-code}{signame}"
    else:
        message = f"failed: crashed (exit code {code}): the worker reading {name} exited without an answer"
    return Outcome(failed_extraction(worker.path, message), False)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_dask(files: list[Source], scheduler: str, on_done: Callable[[Outcome], None]) -> None:
    """Extract ``files`` on an existing Dask cluster (``pip install swapscore[dask]``), results as they arrive.

    Local paths are sent absolute (a worker started in another folder finds them), so the workers must
    see the files at the same absolute paths; URLs are sent as they are, and each worker reads its file
    from the store itself.  Rows name the files as they were given.  Time and memory limits are the
    cluster's own (Dask worker settings); swapscore's --timeout and --memory-mb apply to local workers.
    """
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise RuntimeError("the dask executor needs dask.distributed: pip install 'dask[distributed]'") from exc
    sent = {(f if is_url(f) else str(Path(f).resolve())): f for f in files}
    with Client(scheduler) as client:
        futures = client.map(safe_process, list(sent), pure=False)
        for future in as_completed(futures):
            outcome = future.result()
            given = sent[outcome.extraction.report.source_path]
            report = dataclasses.replace(outcome.extraction.report, source_path=str(given))
            on_done(Outcome(dataclasses.replace(outcome.extraction, report=report), outcome.cacheable))
