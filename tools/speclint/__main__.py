"""``python -m tools.speclint [--redocly PATH] [SPEC ...]``: check specs, print a table.

Exit status 0 when every spec passes every check, 1 otherwise. Each problem is printed as
``file#/json/pointer (line N): [check] message``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.speclint.check import SpecReport, check_spec
from tools.speclint.redocly import run_redocly


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.speclint", description=__doc__)
    parser.add_argument("specs", nargs="*", help="spec files (default: specs/*.yaml)")
    parser.add_argument("--redocly", metavar="PATH",
                        help="Redocly CLI executable; when given, its lint joins the checks")
    args = parser.parse_args(argv)
    files = args.specs or sorted(str(p) for p in Path("specs").glob("*.yaml"))
    if not files:
        print("no specs found", file=sys.stderr)
        return 1
    redocly = run_redocly(args.redocly, files) if args.redocly else {}
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
