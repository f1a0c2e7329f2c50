"""Fresh memory in small pages while a verb builds its large arrays (private).

numpy asks Linux for transparent huge pages for every array of 4 MB or more (``madvise``). Where the
kernel compacts memory to find huge pages when they are first touched
(``/sys/kernel/mm/transparent_hugepage/defrag`` set to ``madvise``, the default of many
distributions and of the machines we measure on), that first touch is slow and uneven: a fresh 32 MB
array took 0.17 s against 0.02 s in 4 kB pages, and the token table of Beige Book 1990-2009
0.22-0.52 s against 0.24-0.25 s (``benchmarks/README.md``). The verbs build such arrays once and fill
them once, so huge pages buy them nothing.

:func:`small_pages` is the block in which a verb builds such arrays (``tokens``: its table): numpy's
advice is switched off inside it and set back as it was afterwards, so the user's own arrays are
left as numpy would make them. When ``NUMPY_MADVISE_HUGEPAGE`` is set in the environment, the user
has chosen, and nothing is changed. Where numpy has no such switch, nothing is changed either.

>>> import numpy as np
>>> with small_pages():
...     table = np.zeros(2_000_000)   # 16 MB in 4 kB pages
>>> len(table)
2000000
"""
from __future__ import annotations

import os
from contextlib import contextmanager

__all__: list[str] = []  # private: used inside the verbs


def _switch():
    """numpy's ``_set_madvise_hugepage`` (it returns the previous setting), or None."""
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy 1.x
        from numpy.core import multiarray
    return getattr(multiarray, "_set_madvise_hugepage", None)


_SET = _switch()


@contextmanager
def small_pages():
    """numpy's huge-page advice off inside the block, as it was after it (see the module docstring)."""
    if _SET is None or "NUMPY_MADVISE_HUGEPAGE" in os.environ:
        yield
        return
    before = _SET(False)
    try:
        yield
    finally:
        _SET(before)
