"""Fresh memory the cheap way while a verb builds its large arrays (private).

Most of what the pipeline's verbs allocate is fresh memory touched once: the corpus's text column, the
sentence column, the token table. On the machines we measure (and on Linux generally, where
transparent huge pages are on ``madvise`` and the kernel compacts memory to find them), two
allocators make that first touch slow and uneven:

- numpy asks for transparent huge pages for every array of 4 MB or more; a fresh 32 MB array took
  0.17 s against 0.02 s in 4 kB pages;
- pyarrow's default pool, mimalloc, took 0.08-0.13 s for a fresh 14 MB string column (3 ms once it
  reuses its memory) against 0.02 s from the system allocator.

The README pipeline on Beige Book 1990-2009 took 1.48-1.85 s with both as they come and 1.16-1.21 s
with numpy's advice off and pyarrow on the system pool (``benchmarks/README.md``).

:func:`lean_memory` (``@lean_memory()`` on the verbs, or a ``with`` block) sets both while the verb runs and
sets them back as they were afterwards, so the user's own arrays are made as numpy and pyarrow would
make them. A choice already made in the environment (``NUMPY_MADVISE_HUGEPAGE``,
``ARROW_DEFAULT_MEMORY_POOL``) is left alone, and so is a numpy or pyarrow without the switch.

>>> import numpy as np
>>> with lean_memory():
...     table = np.zeros(2_000_000)   # 16 MB in 4 kB pages
>>> len(table)
2000000
"""
from __future__ import annotations

import functools
import os
from contextlib import contextmanager

__all__: list[str] = []  # private: the verbs use it


def _switch():
    """numpy's ``_set_madvise_hugepage`` (it returns the previous setting), or None."""
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy 1.x
        from numpy.core import multiarray
    return getattr(multiarray, "_set_madvise_hugepage", None)


_SET = _switch()


@functools.lru_cache(maxsize=1)
def _system_pool():
    """pyarrow's system-allocator pool, or None where pyarrow has none."""
    try:
        import pyarrow as pa

        return pa.system_memory_pool()
    except (ImportError, AttributeError, NotImplementedError):
        return None


@contextmanager
def lean_memory():
    """numpy's huge-page advice off and pyarrow on its system pool inside the block (or the verb
    decorated with ``@lean_memory()``: a fresh block per call), both as they were after it (see the
    module docstring). Nested blocks restore in turn."""
    pages = pool = None
    if _SET is not None and "NUMPY_MADVISE_HUGEPAGE" not in os.environ:
        pages = _SET(False)
    system = _system_pool()
    if system is not None and "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        import pyarrow as pa

        pool = pa.default_memory_pool()
        pa.set_memory_pool(system)
    try:
        yield
    finally:
        if pages is not None:
            _SET(pages)
        if pool is not None:
            import pyarrow as pa

            pa.set_memory_pool(pool)
