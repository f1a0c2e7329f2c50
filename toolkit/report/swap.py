"""The atomic move into place: a report set is built in a hidden staging folder beside ``out``.

``make_staging`` creates it (named ``.OUT.tmp-PID-…``), ``swap_into_place`` replaces ``out`` with
it in two renames, and ``_recover`` tidies up after a run that was killed: it drops a dead run's
staging folder and puts back a previous set that was moved aside (``.OUT.old-PID-…``). A failed or
interrupted run therefore leaves the previous report set as it was.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

__all__ = ["make_staging", "swap_into_place", "_recover"]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _recover(out: Path) -> None:
    """Tidy up after a run that was killed: drop its staging folder; put back a set it had moved aside."""
    for leftover in sorted(out.parent.glob(f".{out.name}.*-*-*")):
        kind, _, rest = leftover.name[len(out.name) + 2:].partition("-")
        pid = rest.split("-", 1)[0]
        if kind not in {"tmp", "old"} or not pid.isdigit() or _alive(int(pid)) or not leftover.is_dir():
            continue
        if kind == "old" and not out.exists():
            os.rename(leftover, out)  # killed between the two renames: the previous set comes back
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def make_staging(out: Path) -> Path:
    """A new hidden folder beside ``out`` for this run's output, readable as the umask allows."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp makes it private; the reports are meant to be shared
    return staging


def swap_into_place(staging: Path, out: Path) -> None:
    """Move the finished ``staging`` folder to ``out``; an existing ``out`` is replaced only now."""
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"--out {out} is a file; give a folder for the reports")
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{os.getpid()}-{time.time_ns()}"
        os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        if old is not None:
            os.rename(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


_swap_into_place = swap_into_place  # the name report.py used
