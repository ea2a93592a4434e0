"""``python -m crm_overlays.drift``: read, merge and summarise drift reports; propose a patch.

::

    python -m crm_overlays.drift summary drift/*.json            # a human summary per API
    python -m crm_overlays.drift report drift/*.json             # the merged report, as JSON
    python -m crm_overlays.drift merge drift/*.json -o all.json  # merged into one file
    python -m crm_overlays.drift propose all.json --api pylon -o pylon-drift.overlay.yaml

Then apply the proposal with an Overlay tool (``pip install 'crm-overlays[apply]'``)::

    oas-patch overlay specs/pylon.yaml pylon-drift.overlay.yaml -o pylon.patched.yaml

Exit status 0 on success, 1 when ``propose`` finds nothing it can fix (an Overlay needs at
least one action, so none is written; the unresolved findings, if any, are printed), 2 on bad
input (the message names the file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from .propose import propose
from .report import DriftReport, write_atomically


def _merged(files: list[str]) -> DriftReport:
    report = DriftReport()
    for name in files:
        report.merge(DriftReport.load(name))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crm_overlays.drift", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("report", "print the merged report as JSON"),
                       ("summary", "print a human summary per API"),
                       ("merge", "merge reports into one file"),
                       ("propose", "write an OpenAPI Overlay 1.0 document for one API")):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument("reports", nargs="+", help="drift report files (JSON)")
        if name in ("summary", "propose"):
            command.add_argument("--api", required=name == "propose",
                                 help="the API (default for summary: every API)")
        if name == "propose":
            command.add_argument("--spec", help="the spec to patch (default: the shipped one)")
        command.add_argument("-o", "--output", required=name == "merge",
                             help="write here instead of standard output")
    args = parser.parse_args(argv)
    try:
        report = _merged(args.reports)
        if args.command == "summary":
            text = report.summary(args.api) + "\n"
        elif args.command == "propose":
            document = None
            extends = f"specs/{args.api}.yaml"
            if args.spec:
                loaded = yaml.safe_load(Path(args.spec).read_text(encoding="utf-8"))
                if not isinstance(loaded, dict):
                    raise ValueError(f"{args.spec}: not an OpenAPI document")
                document, extends = loaded, args.spec
            overlay = propose(report, args.api, document, extends=extends)
            if not overlay["actions"]:
                print(f"{args.api}: no finding with a fix; no overlay written", file=sys.stderr)
                for line in overlay.get("x-unresolved", []):
                    print(f"  unresolved: {line}", file=sys.stderr)
                return 1
            if args.output and args.output.endswith(".json"):
                text = json.dumps(overlay, indent=2) + "\n"
            else:
                text = yaml.safe_dump(overlay, sort_keys=False, allow_unicode=True, width=100)
        else:
            text = json.dumps(report.to_dict(), indent=2) + "\n"
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output:
        write_atomically(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
