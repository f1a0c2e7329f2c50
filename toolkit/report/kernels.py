"""Starting the notebooks' kernels reliably: one at a time on the machine, retried on fresh ports.

Kernels started at the same moment race for ports: jupyter_client picks free ports, writes them
to the connection file and releases them before the kernel binds them, so two kernels starting
together in different processes can pick the same port and one never answers
(nteract/papermill#239, #776: "Kernel didn't respond in 60 seconds"). So :func:`start_kernel`
holds a machine-wide file lock while one kernel starts and answers a ``kernel_info`` request,
then releases it: kernels start one after the other and the notebooks then run in parallel.
A start that fails is shut down and tried again with a new ``KernelManager`` (new ports), up to
``tries`` times; after the last try a ``RuntimeError`` says what happened and what to do.

papermill takes the started manager (``execute_notebook(..., km=km)``, handed on to nbclient),
and does not shut it down, so the caller does (:func:`stop_kernel`).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

__all__ = ["START_TIMEOUT", "START_TRIES", "start_kernel", "stop_kernel"]

#: Seconds one kernel may take to start and answer. papermill's default (60 s) is too short on a
#: busy 2-core machine, where a cold ``import`` of the kernel's packages alone can take 20-40 s.
START_TIMEOUT = 180

#: Kernel starts tried (each on fresh ports) before giving up.
START_TRIES = 3

_LOCK = Path(tempfile.gettempdir()) / "toolkit-kernel-start.lock"


@contextlib.contextmanager
def _one_at_a_time(path: Path = _LOCK):
    """Hold an exclusive lock on ``path`` (every process of this machine waits its turn)."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; the retries still cover a lost port race
        yield
        return
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _start_once(kernel_name: str, cwd: str, timeout: float):
    """A started ``KernelManager`` whose kernel answered within ``timeout`` seconds; raises otherwise."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=kernel_name)
    try:
        km.start_kernel(cwd=cwd)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=timeout)
        finally:
            kc.stop_channels()
    except BaseException:
        stop_kernel(km)
        raise
    return km


def start_kernel(kernel_name: str = "python3", cwd: str | None = None, *, timeout: float = START_TIMEOUT,
                 tries: int = START_TRIES, lock: Path = _LOCK):
    """Start a kernel that has answered, one start at a time on this machine; returns its ``KernelManager``.

    Each failed try (no answer within ``timeout`` seconds, a kernel that died at start) is shut
    down and retried with a new manager, hence new ports. After ``tries`` failures a
    ``RuntimeError`` names the kernel, the tries and the last error, and says what to do.

    >>> km = start_kernel("python3")  # doctest: +SKIP
    >>> stop_kernel(km)               # doctest: +SKIP
    """
    errors = []
    for attempt in range(1, tries + 1):
        with _one_at_a_time(lock):
            t0 = time.perf_counter()
            try:
                return _start_once(kernel_name, cwd or os.getcwd(), timeout)
            except Exception as exc:  # jupyter_client raises RuntimeError / TimeoutError / OSError
                errors.append(f"try {attempt} ({time.perf_counter() - t0:.0f} s): {type(exc).__name__}: {exc}")
    raise RuntimeError(f"kernel {kernel_name!r} did not start after {tries} tries, each on fresh ports and "
                       f"allowed {timeout:.0f} s ({'; '.join(errors)}). The machine may be too busy: close other "
                       "work and run again, or check that `python -m ipykernel_launcher` starts in this environment.")


def stop_kernel(km) -> None:
    """Shut the kernel of ``km`` down now and remove its connection file (a dead kernel is fine)."""
    with contextlib.suppress(Exception):
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    with contextlib.suppress(Exception):
        km.cleanup_resources()
