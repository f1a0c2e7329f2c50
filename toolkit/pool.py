"""Both cores with no effort: when a verb runs on threads or a pool of processes, and how (private
helpers).

Two ways, by what the work is:

- **threads** (:func:`thread_map`) for work done in numpy and pyarrow kernels, which release the GIL:
  the tone scorer's runs of about :data:`CACHE_CHARS` characters (``score_texts``, so
  ``score_sentences``, ``document_tone`` and ``timeline``), the token table's runs (``tokens``) and
  ``theme_frequency``'s blocks (RE2 counts and word counts). Threads share this process's warm memory
  and loaded tables, so they start for anything longer than one run; :func:`thread_count` uses the
  usable cores other programs leave free (1 when another program keeps one of two busy);
- **processes** (:func:`run_blocks`, forked) for work done in Python itself, which holds the GIL:
  ``load_corpus`` (parsing files), ``sentences`` (the splitter's rules) and ``score_texts`` with
  ``method="vader"`` or ``"lm"``. Left at None they decide for themselves (:func:`pool_workers`):

  - one process below :data:`POOL_MIN_CHARS` characters of text. Measured with
    ``benchmarks/bench_pool.py`` on Beige Book prefixes: the fixed cost is small (one fork and one
    result through a pipe: 0.006-0.03 s wall, 0.003 s CPU in a 250 MB process), but the blocks cost
    about 30% more CPU than one process (copy-on-write pages, the parent's share of joining). On a
    machine with one other program partly busy (load 0.8-0.9) two processes beat one in wall time
    from 5 MB (``load_corpus``), hence 5 M characters. ``sentences``, whose candidate cuts are numpy
    passes now, has its own break-even, :data:`SPLIT_POOL_MIN_CHARS` (20 M characters);
  - one process when the cores are busy: a pool of ``round(free cores)`` processes (this one
    included), where free is the usable cores (``os.sched_getaffinity``) minus the tasks other
    programs are running right now (:func:`free_cores`): two on two idle cores, one when another
    program keeps one of the two busy (two processes sharing one core were slower than one in
    ``benchmarks/bench_pool.py``), so on a machine whose cores other programs keep busy nothing changes;
  - one process inside a pool worker (no pool in a pool), when called from a thread other than the
    main one (a Dask worker thread, a web server's thread, a :func:`thread_map` thread: forking there
    is not safe), and where ``fork`` is not the way to start processes (the workers inherit this
    process's loaded lexicons, regexes and texts; other start methods would pay the imports and a
    copy of the texts in every worker).

``workers=1`` forces one thread of one process; ``workers=N`` asks for N threads or processes
whatever the size or load. ``$TOOLKIT_WORKERS`` sets the default for every verb left at None
(``1``: never a pool nor a thread, e.g. on a shared server; ``2``: always two).
The work is cut into consecutive blocks (whole documents for per-document verbs), each block is
computed whole by one thread or worker and the results are joined in order, so the result equals the
one-process result exactly (the tests compare the frames). Only small results travel back: spans, scores,
counts; never the texts.

>>> pool_workers(1_000, None), pool_workers(1_000, 1), pool_workers(1_000, 2)
(1, 1, 2)
"""
from __future__ import annotations

import math
import multiprocessing
import os
import sys
import threading

__all__: list[str] = []  # private: the verbs expose ``workers=``

#: Text size (characters) from which a verb left at ``workers=None`` considers a pool: the
#: break-even measured on the Beige Book (benchmarks/bench_pool.py, benchmarks/README.md).
POOL_MIN_CHARS = 5_000_000
#: the same for ``sentences`` (bench_pool.py, 2026-12-01: two processes 1.34x slower than one at
#: 6 MB, 1.11x slower at 14 MB, 1.17x faster on the full Beige Book's 36.6 MB)
SPLIT_POOL_MIN_CHARS = 20_000_000

_IN_WORKER = False


def mark_worker() -> None:
    """Mark this process as a pool worker (the initializer of other pools, e.g. ``map_documents``'),
    so the verbs it runs stay in one process instead of starting a pool of their own."""
    global _IN_WORKER
    _IN_WORKER = True


def in_worker() -> bool:
    """True inside a pool worker of :func:`run_blocks` (verbs then stay in one process, show no bar)."""
    return _IN_WORKER


def usable_cores() -> int:
    """Cores this process may run on (``sched_getaffinity`` where it exists, else ``cpu_count``)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def free_cores(samples: int = 5) -> float:
    """Usable cores minus what other programs keep busy *now*, >= 0.

    "Now" is the number of runnable tasks in ``/proc/loadavg`` (its fourth field), sampled a few
    times over ~10 ms, less this thread: the 1-minute load average lags by a minute both ways (it
    still counts a program that ended 30 s ago, and not yet one that started a second ago). Without
    ``/proc`` the 1-minute load average stands in; without either, the cores count as busy.
    """
    busy = _running_others(samples)
    if busy is None:
        try:
            busy = os.getloadavg()[0]
        except (AttributeError, OSError):  # no load average (Windows): assume busy, stay in one process
            return 0.0
    return max(0.0, usable_cores() - busy)


def _running_others(samples: int = 5, pause: float = 0.002) -> float | None:
    """Mean number of runnable tasks other than this one over ``samples`` reads of ``/proc/loadavg``,
    or None where it cannot be read."""
    import time

    seen = []
    for i in range(samples):
        try:
            with open("/proc/loadavg", encoding="ascii") as f:
                running = int(f.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            return None
        seen.append(max(0, running - 1))
        if i + 1 < samples:
            time.sleep(pause)
    return sum(seen) / len(seen)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def pool_workers(n_chars: int, workers=None, min_chars: int = POOL_MIN_CHARS) -> int:
    """How many processes to use for ``n_chars`` characters of text: ``workers`` when given (an int
    >= 1; else ``$TOOLKIT_WORKERS`` when set), else 1 below ``min_chars`` (a verb's break-even,
    :data:`POOL_MIN_CHARS` unless it measured its own), in a worker or a thread, without ``fork`` or
    on busy cores, else ``min(usable cores, round(free cores))``, at least 1."""
    if workers is None and os.environ.get("TOOLKIT_WORKERS", "").strip() and not _IN_WORKER:
        raw = os.environ["TOOLKIT_WORKERS"].strip()
        workers = int(raw) if raw.isdigit() else raw
    if workers is not None:
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers={workers!r} (or $TOOLKIT_WORKERS): give a number of processes >= 1 "
                             "(1 = this process only), or None to let the toolkit decide from the size "
                             "and the free cores")
        return workers
    if _IN_WORKER or n_chars < min_chars or not can_fork() or not _main_thread():
        return 1
    return max(1, min(usable_cores(), math.floor(free_cores() + 0.5)))


def cuts(weights, n_blocks: int, first: float | None = None) -> list[int]:
    """Positions cutting ``weights`` (one per item) into up to ``n_blocks`` consecutive runs:
    ``[0, ..., len(weights)]``, no run empty. The runs weigh about the same, or the first weighs
    ``first`` of the total (the block this process computes while it also has a serial tail to do)
    and the others share the rest.

    >>> cuts([5, 1, 1, 5], 2), cuts([1] * 10, 2, first=0.3)
    ([0, 2, 4], [0, 3, 10])
    """
    import numpy as np

    w = np.asarray(weights, dtype=float) + 1.0
    if len(w) == 0:
        return [0, 0]
    cum = np.cumsum(w)
    share = np.arange(1, n_blocks) / n_blocks if first is None else \
        first + (1 - first) * np.arange(n_blocks - 1) / max(n_blocks - 1, 1)
    inner = np.searchsorted(cum, cum[-1] * share, side="left") + 1
    return sorted({0, len(w), *[int(i) for i in inner if 0 < i < len(w)]})


#: In one process, the numpy passes of the tone scorer, ``tokens`` and ``count_words`` take their
#: texts in runs of about this many characters: a pass over 1 MB stays in the processor's cache and
#: reuses the memory the last run freed, where one pass over all texts pays for fresh pages (2-5 ms
#: per MB on these VMs). document_tone of Beige Book 1990-2009 (14.4 MB): 0.8-1.6 s at once, 0.40 s
#: in runs of 1 MB (benchmarks/README.md).
CACHE_CHARS = 1_000_000


def runs(sizes, size: int | None = None) -> list[tuple[int, int]]:
    """``(start, stop)`` of consecutive runs of items of about ``size`` (default
    :data:`CACHE_CHARS`) total ``sizes`` each: one run when they all fit, never an empty run (but
    ``[(0, 0)]`` for no items).

    >>> runs([400_000] * 5), runs([10, 10], size=1_000)
    ([(0, 3), (3, 5)], [(0, 2)])
    """
    bounds = cuts(sizes, max(1, -(-int(sum(sizes)) // (size or CACHE_CHARS))))
    return list(zip(bounds, bounds[1:])) or [(0, 0)]


def thread_map(fn, items, workers=None) -> list:
    """``[fn(x) for x in items]`` in order, on up to :func:`thread_count` threads of this process.

    For work that spends its time in numpy and pyarrow kernels, which release the GIL (the tone
    scorer's runs, the token table's runs, RE2 theme counts): threads share this process's warm
    memory and loaded tables, where a forked worker pays for fresh pages and for its results' trip
    through a pipe (document_tone of Beige Book 1990-2009: 1.6x with two threads, 1.15x with two
    processes; benchmarks/README.md). Each item is computed whole by one thread, so the results are
    those of the loop. An exception in any item is raised here."""
    items = list(items)
    n = min(len(items), thread_count(workers)) if len(items) > 1 else 1
    if n < 2:
        return [fn(x) for x in items]
    return list(_executor().map(_in_thread(fn), items))


def thread_count(workers=None) -> int:
    """How many threads :func:`thread_map` uses: ``workers`` or ``$TOOLKIT_WORKERS`` when given (as
    :func:`pool_workers` reads them), 1 inside a pool worker or a :func:`thread_map` thread, else the
    usable cores other programs leave free now (:func:`free_cores` from one reading: a thread costs
    nothing to start, so a moment's misreading costs little, where five readings 2 ms apart cost
    8 ms per verb; at least 1)."""
    if _IN_WORKER or getattr(_THREAD, "inside", False):
        return 1
    if workers is not None or os.environ.get("TOOLKIT_WORKERS", "").strip():
        return pool_workers(0, workers)
    return max(1, min(usable_cores(), math.floor(free_cores(samples=1) + 0.5)))


def _in_thread(fn):
    def call(x):
        _THREAD.inside = True  # a thread_map inside fn runs its items in this thread
        try:
            return fn(x)
        finally:
            _THREAD.inside = False
    return call


def _executor():
    """The process's thread pool (made on first use, and again in a forked child: threads do not
    survive a fork)."""
    global _EXECUTOR
    if _EXECUTOR is None:
        from concurrent.futures import ThreadPoolExecutor

        _EXECUTOR = ThreadPoolExecutor(max_workers=max(2, usable_cores()), thread_name_prefix="toolkit")
    return _EXECUTOR


def _forget_executor() -> None:
    global _EXECUTOR
    _EXECUTOR = None


def _stop_threads() -> None:
    """End the idle threads of :func:`thread_map` (the next call starts them again, in well under a
    millisecond), so :func:`run_blocks` forks a single-threaded process."""
    global _EXECUTOR
    if _EXECUTOR is not None:
        _EXECUTOR.shutdown(wait=True)
        _EXECUTOR = None


_EXECUTOR = None
_THREAD = threading.local()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_executor)


def run_blocks(fn, n_blocks: int, *args) -> list:
    """``[fn(i, *args) for i in range(n_blocks)]``, blocks 1.. in forked processes, block 0 here.

    ``fn`` and ``args`` reach the children by ``fork`` (nothing is pickled on the way in), so ``args``
    may be large (the texts); only the results come back, pickled through a pipe. This process
    computes block 0 meanwhile, so two blocks cost one fork. Without ``fork`` every block runs here,
    one after the other. An exception in any block is raised here, after every child has ended."""
    if n_blocks < 2 or not can_fork() or _IN_WORKER:
        return [fn(i, *args) for i in range(n_blocks)]
    _stop_threads()  # fork a process without threads: nothing a thread held can lock up a child
    children: list[tuple[int, int]] = []
    try:
        for i in range(1, n_blocks):
            children.append(_fork(fn, i, args))
        first = fn(0, *args)
        results = [first] + [_collect(pid, fd) for pid, fd in children]
        children = []
    finally:
        for pid, fd in children:  # block 0 failed or was interrupted: end the children
            _end(pid, fd)
    for r in results:
        if isinstance(r, _Failed):
            raise r.error
    return results


class _Failed:
    """What a child sends back instead of its result when its block raised."""

    def __init__(self, error: BaseException):
        self.error = error


def _fork(fn, i: int, args: tuple) -> tuple[int, int]:
    """Start a child computing ``fn(i, *args)``; return (its pid, the read end of its pipe)."""
    import pickle

    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    global _IN_WORKER  # the child: compute, send, and leave without running the parent's exit code
    _IN_WORKER = True
    code = 0
    try:
        os.close(read)
        try:
            payload = pickle.dumps(fn(i, *args), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as error:  # noqa: BLE001 - sent to the parent, raised there
            try:
                payload = pickle.dumps(_Failed(error))
            except Exception:
                payload = pickle.dumps(_Failed(RuntimeError(f"block {i} failed: {error!r}")))
        with os.fdopen(write, "wb") as out:
            out.write(payload)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _collect(pid: int, fd: int):
    """The result a child sent (reading its pipe to the end), once it has exited."""
    import pickle

    with os.fdopen(fd, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not payload:
        return _Failed(RuntimeError(f"a pool worker (pid {pid}) ended without a result "
                                    f"(exit status {status}); run with workers=1 to see the error"))
    return pickle.loads(payload)


def _end(pid: int, fd: int) -> None:
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.close(fd)
    os.waitpid(pid, 0)
