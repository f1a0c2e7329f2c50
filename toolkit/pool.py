"""Both cores with no effort: when a verb runs on a pool of processes, and how (private helpers).

``sentences``, ``score_texts`` (so ``score_sentences``, ``document_tone`` and ``timeline``) and
``theme_frequency`` take ``workers=``. Left at None they decide for themselves (:func:`pool_workers`):

- one process below :data:`POOL_MIN_CHARS` characters of text (measured: below it the pool's fixed
  cost, about 0.03 s to fork two workers and collect their results, is more than it saves);
- one process when the cores are busy: a pool of ``1 + floor(free cores)`` processes, where free is
  the usable cores (``os.sched_getaffinity``) minus the 1-minute load average, so on a machine whose
  cores other programs keep busy nothing changes;
- one process inside a pool worker (no pool in a pool), and where ``fork`` is not the way to start
  processes (the workers inherit this process's loaded lexicons, regexes and texts; other start
  methods would pay the imports and a copy of the texts in every worker).

``workers=1`` forces one process; ``workers=N`` asks for N processes whatever the size or load.
The work is cut into N consecutive blocks (whole documents for per-document verbs), each block is
computed in a worker and the results are joined in order, so the result equals the one-process
result exactly (the tests compare the frames). Only small results travel back: spans, scores,
counts; never the texts.

>>> pool_workers(1_000, None), pool_workers(1_000, 1), pool_workers(1_000, 2)
(1, 1, 2)
"""
from __future__ import annotations

import math
import multiprocessing
import os
import sys

__all__: list[str] = []  # private: the verbs expose ``workers=``

#: Text size (characters) from which a verb left at ``workers=None`` considers a pool: the
#: break-even measured on the Beige Book (benchmarks/README.md, "Both cores"), rounded up.
POOL_MIN_CHARS = 3_000_000

_IN_WORKER = False
_JOB: tuple | None = None


def in_worker() -> bool:
    """True inside a pool worker of :func:`run_blocks` (verbs then stay in one process, show no bar)."""
    return _IN_WORKER


def usable_cores() -> int:
    """Cores this process may run on (``sched_getaffinity`` where it exists, else ``cpu_count``)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def free_cores() -> float:
    """Usable cores minus the 1-minute load average (what other programs keep busy); >= 0."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): assume busy, stay in one process
        return 0.0
    return max(0.0, usable_cores() - load)


def can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def pool_workers(n_chars: int, workers=None) -> int:
    """How many processes to use for ``n_chars`` characters of text: ``workers`` when given (an int
    >= 1), else 1 below :data:`POOL_MIN_CHARS`, in a worker, without ``fork`` or on busy cores, else
    ``min(usable cores, 1 + floor(free cores))``."""
    if workers is not None:
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers={workers!r}: give a number of processes >= 1 (1 = this process "
                             "only), or None to let the toolkit decide from the size and the free cores")
        return workers
    if _IN_WORKER or n_chars < POOL_MIN_CHARS or not can_fork():
        return 1
    return max(1, min(usable_cores(), 1 + math.floor(free_cores())))


def cuts(weights, n_blocks: int) -> list[int]:
    """Positions cutting ``weights`` (one per item) into up to ``n_blocks`` runs of about equal
    total weight: ``[0, ..., len(weights)]``; no run is empty.

    >>> cuts([5, 1, 1, 5], 2)
    [0, 2, 4]
    """
    import numpy as np

    w = np.asarray(weights, dtype=float) + 1.0
    if len(w) == 0:
        return [0, 0]
    cum = np.cumsum(w)
    targets = cum[-1] * np.arange(1, n_blocks) / n_blocks
    inner = np.searchsorted(cum, targets, side="left") + 1
    return sorted({0, len(w), *[int(i) for i in inner if 0 < i < len(w)]})


def run_blocks(fn, n_blocks: int, *args) -> list:
    """``[fn(i, *args) for i in range(n_blocks)]``, computed on ``n_blocks`` processes.

    ``fn`` and ``args`` reach the workers by ``fork`` (nothing is pickled on the way in), so ``args``
    may be large (the texts); only the results are sent back. Without ``fork`` the blocks run here,
    one after the other. An exception in a block is raised here."""
    global _JOB
    if n_blocks < 2 or not can_fork():
        return [fn(i, *args) for i in range(n_blocks)]
    _JOB = (fn, args)
    try:
        with multiprocessing.get_context("fork").Pool(n_blocks, initializer=_as_worker) as pool:
            return pool.map(_run, range(n_blocks), chunksize=1)
    finally:
        _JOB = None


def _as_worker() -> None:
    global _IN_WORKER
    _IN_WORKER = True


def _run(i: int):
    fn, args = _JOB
    return fn(i, *args)
