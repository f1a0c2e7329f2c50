"""Command line of the toolkit, also installed as the ``toolkit`` command.

* ``python -m toolkit report --corpus PATH [--out DIR] [--no-input] [--param key=value ...]``
  renders the report notebooks into HTML reports plus an ``index.html``;
* ``python -m toolkit notebooks --copy DIR [--force]`` writes editable copies of the report
  notebooks (``make lab`` opens them in JupyterLab).

Errors a user can fix (missing corpus, empty folder, no readable article, unknown parameter, a
notebook that failed, an edited copy in the way) print one line on stderr and exit with a
non-zero status; no traceback.
"""
from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="toolkit", description="Read series of economic releases.")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser(
        "report",
        help="render the notebooks into HTML reports with an index.html",
        description="Run the report notebooks on a corpus and write HTML reports plus index.html.",
    )
    rep.add_argument("--corpus", required=True, help="folder (or file) holding the articles")
    rep.add_argument("--out", default="reports", help="folder for the reports (default: reports)")
    rep.add_argument("--no-input", action="store_true", help="hide the code cells in the HTML")
    rep.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                     help="notebook parameter: start, end (YYYY-MM-DD), source, old_release, new_release; repeatable")
    rep.add_argument("--notebooks", nargs="+", metavar="NAME",
                     help="only these notebooks: 01 .. 05, a full stem, or a path to a .ipynb (default: all)")
    rep.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: CPUs, at most 4)")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    nbs = sub.add_parser(
        "notebooks",
        help="write editable copies of the report notebooks",
        description="Copy the report notebooks that ship with the toolkit into a folder, to open in JupyterLab.",
    )
    nbs.add_argument("--copy", required=True, metavar="DIR", help="folder for the copies (made when missing)")
    nbs.add_argument("--force", action="store_true", help="overwrite copies that were edited since they were copied")
    return parser


def _report(args) -> int:
    from toolkit.report import render_report

    try:
        table = render_report(args.corpus, args.out, notebooks=args.notebooks, params=args.param,
                              no_input=args.no_input, jobs=args.jobs, progress=not args.quiet)
    except (FileNotFoundError, NotADirectoryError, FileExistsError, ValueError) as exc:
        print(f"toolkit report: error: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"toolkit report: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("toolkit report: interrupted; the previous reports are unchanged", file=sys.stderr)
        return 130
    print(f"wrote {len(table)} reports and index.html to {table.attrs['out']} "
          f"in {table.attrs['seconds']:.1f} s")
    return 0


def _notebooks(args) -> int:
    from toolkit.report.copies import copy_notebooks

    try:
        copies = copy_notebooks(args.copy, force=args.force)
    except (FileExistsError, NotADirectoryError, PermissionError) as exc:
        print(f"toolkit notebooks: error: {exc}", file=sys.stderr)
        return 2
    print(f"copied {len(copies)} notebooks to {copies[0].parent}")
    return 0


def main(argv=None) -> int:
    """Entry point of ``python -m toolkit`` and the ``toolkit`` command; returns the exit status.

    >>> main(["report", "--corpus", "no/such/folder", "--quiet"])
    2
    """
    args = _parser().parse_args(argv)
    if args.command == "report":
        return _report(args)
    if args.command == "notebooks":
        return _notebooks(args)
    return 2  # pragma: no cover - argparse rejects other commands


if __name__ == "__main__":
    sys.exit(main())
