"""``crm-conform API --url URL``: Schemathesis against any server implementing a spec.

Read-only by default: only GET (and other safe methods) are called, so pointing it at a real
account never changes data; ``--writes`` adds POST, PUT, PATCH and DELETE. Requests are paced
under the vendor's documented ``x-rate-limit``. The token comes from ``--token-env`` (default
``CONFORM_TOKEN``) and is never written to the command line, the config file or the reports.
Prints a per-operation summary, writes a JUnit XML report (default
``reports/conform-<api>.xml`` under the working directory), exits 1 on any failure and 2 on a
usage error or a missing token. In this repository the same tool is ``python -m tools.conform``
(``make conform``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from crm_overlays import specs

from .config import TOKEN_VARIABLE, settings, to_toml
from .preflight import check_token
from .report import read_junit, summary_table

# Shipped in the crm-mocks wheel as mocks.conform (the `crm-conform` console script), with the
# repository's schemathesis.toml beside it; a checkout reads that file at its root.
PROG = "python -m tools.conform" if __package__ == "tools.conform" else "crm-conform"
APIS = specs.APIS


def _base_config_file() -> Path:
    bundled = Path(__file__).parent / "schemathesis.toml"
    if bundled.is_file():
        return bundled
    return Path(__file__).resolve().parents[2] / "schemathesis.toml"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("api", choices=APIS)
    parser.add_argument("--url", required=True, help="base URL of the server, including any "
                        "base path the vendor uses (e.g. https://api.kanbert.com/api/v1)")
    parser.add_argument("--token-env", default=TOKEN_VARIABLE, metavar="NAME",
                        help="environment variable holding the token (default: %(default)s)")
    parser.add_argument("--writes", action="store_true",
                        help="also call POST, PUT, PATCH and DELETE operations (changes data!)")
    parser.add_argument("--max-examples", type=int, default=25, metavar="N",
                        help="test cases per operation and phase (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed, for a rerun")
    parser.add_argument("--time-scale", type=float, default=1.0, metavar="F",
                        help="pace for a server whose clock runs F times faster, such as "
                        "`python -m mocks --time-scale F` (default: %(default)s)")
    parser.add_argument("--junit", type=Path, metavar="PATH",
                        help="JUnit XML report (default: reports/conform-<api>.xml)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    token = os.environ.get(args.token_env)
    if not token:
        print(f"{PROG}: set the token in ${args.token_env} (it is never passed on the command "
              "line, so it stays out of process lists and logs)", file=sys.stderr)
        return 2
    spec_path = specs.spec_dir() / f"{args.api}.yaml"
    problem = check_token(args.api, args.url, token)
    if problem:
        print(f"{PROG}: {problem}", file=sys.stderr)
        return 1
    base_file = _base_config_file()
    base = tomllib.loads(base_file.read_text(encoding="utf-8")) if base_file.exists() else {}
    config = settings(args.api, writes=args.writes, time_scale=args.time_scale, base=base)
    junit = (args.junit or Path("reports") / f"conform-{args.api}.xml").resolve()
    junit.parent.mkdir(parents=True, exist_ok=True)
    schemathesis = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    with tempfile.TemporaryDirectory() as scratch:
        config_file = Path(scratch) / "schemathesis.toml"
        config_file.write_text(to_toml(config), encoding="utf-8")
        command = [
            schemathesis, "--config-file", str(config_file), "run", str(spec_path),
            "--url", args.url, "--max-examples", str(args.max_examples),
            "--report", "junit", "--report-junit-path", str(junit),
        ]
        if not args.writes:
            command += ["--include-method", "GET"]
        if args.seed is not None:
            command += ["--seed", str(args.seed)]
        mode = "reads and writes" if args.writes else "read-only (GET)"
        print(f"{PROG}: {args.api} against {args.url}, {mode}", flush=True)
        environment = {**os.environ, TOKEN_VARIABLE: token}
        completed = subprocess.run(command, cwd=scratch, env=environment, check=False)
    if not junit.exists():
        print(f"{PROG}: Schemathesis wrote no report (exit {completed.returncode})",
              file=sys.stderr)
        return completed.returncode or 1
    results = read_junit(junit)
    print("\n" + summary_table(results))
    failed = [r for r in results if r.status in ("FAIL", "ERROR")]
    print(f"\n{len(results) - len(failed)} of {len(results)} operations passed; "
          f"JUnit report: {junit}")
    return 1 if failed or completed.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
