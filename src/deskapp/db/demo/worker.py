"""Generation in a child Python process (a second core) while the parent writes."""

from __future__ import annotations

import os
import pickle
import queue
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from deskapp.db.demo.incidents import IncidentGenerator
from deskapp.db.demo.rows import Batch

_LENGTH = struct.Struct("<Q")
#: batches the child may generate ahead of the writer (a batch of 5,000 items is a few MB)
AHEAD = 6


def main() -> None:
    """Child-process entry: read (generator, batch size) on stdin, stream pickled batches."""
    gen, size = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    for batch in gen.batches(size):
        blob = pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(blob)))
        out.write(blob)
        out.flush()
    out.write(_LENGTH.pack(0))
    out.flush()


def worker_available() -> bool:
    return bool(sys.executable) and not getattr(sys, "frozen", False) and (os.cpu_count() or 1) > 1


def from_worker(gen: IncidentGenerator, size: int) -> Iterator[Batch]:
    """Generate batches in a child Python process (a second core) while this one writes.

    The child is a plain ``python -c`` (not multiprocessing), so it never re-imports the
    caller's ``__main__``; it is killed when the caller stops early or fails. If it cannot start
    (no usable interpreter, deskapp not importable), generation falls back to this process; the
    output is the same either way.
    """
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryFile() as errors:
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c", "from deskapp.db.demo.worker import main; main()"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except OSError:
            yield from gen.batches(size)
            return
        assert proc.stdin is not None and proc.stdout is not None
        started = False
        stop = threading.Event()
        pump: threading.Thread | None = None
        try:
            try:
                pickle.dump((gen, size), proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                proc.stdin.close()
            except BrokenPipeError:
                pass  # the child died at start-up; handled below
            blobs: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD)
            pump = threading.Thread(target=_pump, args=(proc.stdout, blobs, stop),
                                    name="demo-data worker pipe", daemon=True)
            pump.start()
            while True:
                blob = blobs.get()
                if blob is None:  # the pipe ended before the end marker
                    proc.wait()
                    if not started:
                        yield from gen.batches(size)  # gen is untouched: same tickets
                        return
                    errors.seek(0)
                    lines = errors.read().decode(errors="replace").strip().splitlines()
                    raise RuntimeError("The demo-data worker process failed: " + (
                        lines[-1] if lines else f"exit code {proc.returncode}"))
                if not blob:
                    proc.wait()
                    return
                started = True
                yield pickle.loads(blob)
        finally:
            stop.set()
            if proc.poll() is None:
                proc.kill()  # we stopped early (cancel or a write error)
                proc.wait()
            if pump is not None:
                pump.join()  # the kill ends its read; it puts nothing more after stop
            proc.stdout.close()


def _pump(stdout: IO[bytes], blobs: queue.Queue[bytes | None], stop: threading.Event) -> None:
    """Thread: move the child's pickled batches from the pipe to ``blobs`` as they come, so
    the child runs up to ``AHEAD`` batches ahead of the writer instead of waiting for each
    read (a pipe holds 64 KB, a batch is megabytes). ``b""`` marks the child's clean end,
    None a pipe that ended without it. Reading a pipe releases the interpreter."""
    read = stdout.read
    end: bytes | None = None
    try:
        while not stop.is_set():
            head = read(_LENGTH.size)
            if len(head) < _LENGTH.size:
                break
            (length,) = _LENGTH.unpack(head)
            if length == 0:
                end = b""
                break
            blob = read(length)
            if len(blob) < length:
                break
            _put(blobs, blob, stop)  # the writer is behind: the child waits on the pipe
    except (OSError, ValueError):  # the pipe was closed under us (we stopped early)
        pass
    finally:
        _put(blobs, end, stop)


def _put(blobs: queue.Queue[bytes | None], item: bytes | None, stop: threading.Event) -> None:
    """Put into the bounded queue unless the writer has stopped reading it."""
    while not stop.is_set():
        try:
            blobs.put(item, timeout=0.05)
            return
        except queue.Full:
            continue


