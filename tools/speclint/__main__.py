"""``crm-speclint [--redocly PATH|auto] [SPEC ...]``: check specs, print a table.

Exit status 0 when every spec passes every check, 1 when one has a problem, 2 on a usage error
(an unknown option, a --redocly executable that does not exist). Each problem is printed as
``file#/json/pointer (line N): [check] message``. Redocly CLI is a Node tool: its lint joins
the checks only with --redocly (``auto``: the ``redocly`` on PATH, skipped with a notice when
there is none). In this repository the same linter is ``python -m tools.speclint``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from .check import SpecReport, check_spec
from .redocly import run_redocly


def _table(reports: list[SpecReport]) -> str:
    header = ("API", "operations", "webhooks", "schemas", "examples", "lint")
    rows = [header] + [
        (r.api, str(r.operations), str(r.webhooks), str(r.schemas), str(r.examples),
         "ok" if not r.problems else f"FAIL ({len(r.problems)})")
        for r in reports
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip()
                     for row in rows)


# Shipped in the crm-mocks wheel as mocks.speclint (the `crm-speclint` console script).
PROG = "python -m tools.speclint" if __package__ == "tools.speclint" else "crm-speclint"


def _redocly_executable(option: str | None, parser: argparse.ArgumentParser) -> str | None:
    """The Redocly CLI to run, or None (with a notice on stderr) when its lint is skipped."""
    if option is None:
        print(f"{PROG}: redocly lint skipped (pass --redocly PATH or --redocly auto)",
              file=sys.stderr)
        return None
    if option == "auto":
        found = shutil.which("redocly")
        if found is None:
            print(f"{PROG}: redocly lint skipped: no redocly on PATH "
                  "(npm install @redocly/cli, a Node tool)", file=sys.stderr)
        return found
    found = shutil.which(option)
    if found is None:
        parser.error(f"--redocly {option}: no such executable")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("specs", nargs="*", help="spec files (default: specs/*.yaml)")
    parser.add_argument("--redocly", metavar="PATH|auto",
                        help="Redocly CLI executable; when given, its lint joins the checks")
    args = parser.parse_args(argv)
    files = args.specs or sorted(str(p) for p in Path("specs").glob("*.yaml"))
    if not files:
        print("no specs found", file=sys.stderr)
        return 1
    executable = _redocly_executable(args.redocly, parser)
    redocly = run_redocly(executable, files) if executable else {}
    reports = [check_spec(name, extra=redocly.get(name, [])) for name in files]
    for report in reports:
        for problem in report.problems:
            print(problem)
    if any(r.problems for r in reports):
        print()
    print(_table(reports))
    return 1 if any(r.problems for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
