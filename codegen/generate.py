"""Build ``generated/<api>-client/`` from ``specs/<api>.yaml`` and ``codegen/<api>.yaml``.

``python -m codegen.generate [API ...]``          regenerate what is stale
``python -m codegen.generate --check [API ...]``  regenerate into a temporary folder and compare

Incremental: the SHA-256 of every input (spec, generator config, this script, the versions of
openapi-python-client and ruff) is written next to the output; an API whose inputs hash the same
is skipped, so a no-op run costs a few file reads. Deterministic: the generator and its ruff
post-hooks give the same bytes for the same inputs, which ``--check`` verifies in CI.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CONFIGS = ROOT / "codegen"
GENERATED = ROOT / "generated"
STAMP = ".codegen-inputs.sha256"


def apis() -> list[str]:
    """Every API that has both a spec and a generator config."""
    return sorted(p.stem for p in CONFIGS.glob("*.yaml") if (SPECS / p.name).exists())


def output_dir(api: str, base: Path = GENERATED) -> Path:
    return base / f"{api}-client"


def inputs_digest(api: str) -> str:
    digest = hashlib.sha256()
    for path in (SPECS / f"{api}.yaml", CONFIGS / f"{api}.yaml", Path(__file__)):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in ("openapi-python-client", "ruff"):
        digest.update(f"{tool}=={version(tool)}\0".encode())
    return digest.hexdigest()


def is_current(api: str) -> bool:
    stamp = output_dir(api) / STAMP
    return stamp.exists() and stamp.read_text().strip() == inputs_digest(api)


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff` by name; without it on PATH it skips formatting
    # silently, which would make the output depend on the machine.
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


def _as_text_parameter(parameter: Any) -> Any:
    """A parameter declared with ``content`` (its value is, say, JSON text), as a string one.

    openapi-python-client 0.29 drops such a parameter without a word
    (``parser/openapi.py``: ``if param.param_schema is None: continue``); as a string that
    carries the media type (JSON Schema's ``contentMediaType``/``contentSchema``), the client
    keeps it and sends the caller's text as it is: valid JSON when the caller passes JSON.
    """
    if not isinstance(parameter, dict) or "schema" in parameter or not parameter.get("content"):
        return parameter
    media_type, media = next(iter(parameter["content"].items()))
    text = {"type": "string", "contentMediaType": media_type}
    if isinstance(media, dict) and "schema" in media:
        text["contentSchema"] = media["schema"]
    changed = {key: value for key, value in parameter.items() if key != "content"}
    changed["schema"] = text
    return changed


def generator_spec(api: str, folder: Path) -> Path:
    """The spec the generator reads: ``specs/<api>.yaml``, with ``content`` parameters as text."""
    source = SPECS / f"{api}.yaml"
    document = yaml.safe_load(source.read_text())
    holders = [document.get("components", {}).get("parameters", {})]
    for path_item in (document.get("paths") or {}).values():
        holders.append(path_item)
        holders += [op for op in path_item.values() if isinstance(op, dict)]
    changed = False
    for holder in holders:
        if holder is holders[0]:
            for name, parameter in list(holder.items()):
                holder[name] = _as_text_parameter(parameter)
                changed |= holder[name] is not parameter
            continue
        listed = holder.get("parameters")
        if isinstance(listed, list):
            holder["parameters"] = [_as_text_parameter(item) for item in listed]
            changed |= any(a is not b for a, b in zip(holder["parameters"], listed, strict=True))
    if not changed:
        return source
    target = folder / f"{api}.yaml"
    target.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    return target


def generate_into(api: str, destination: Path) -> None:
    """Run the generator for ``api``; ``destination`` must not exist yet."""
    with tempfile.TemporaryDirectory() as folder:
        _generate_into(api, destination, generator_spec(api, Path(folder)))


def _generate_into(api: str, destination: Path, spec: Path) -> None:
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"), "generate",
        "--path", str(spec),
        "--config", str(CONFIGS / f"{api}.yaml"),
        "--output-path", str(destination),
        "--meta", "uv",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=_tool_env(), check=False)
    if result.returncode != 0 or not destination.exists():
        raise SystemExit(f"generating {api} failed:\n{result.stdout}{result.stderr}")
    (destination / STAMP).write_text(inputs_digest(api) + "\n")


def regenerate(api: str) -> None:
    """Generate beside the old output, then swap, so a failure leaves the old client intact."""
    GENERATED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=GENERATED, prefix=".tmp-") as tmp:
        fresh = Path(tmp) / "out"
        generate_into(api, fresh)
        target = output_dir(api)
        if target.exists():
            shutil.rmtree(target)
        fresh.rename(target)


def _tree(base: Path) -> set[str]:
    return {str(p.relative_to(base)) for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def stale_files(api: str) -> list[str]:
    """Files of ``generated/<api>-client`` that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "out"
        generate_into(api, fresh)
        current = output_dir(api)
        have = _tree(current) if current.exists() else set()
        want = _tree(fresh)
        prefix = current.relative_to(ROOT)
        stale = [f"{prefix}/{name} (missing)" for name in sorted(want - have)]
        stale += [f"{prefix}/{name} (should not exist)" for name in sorted(have - want)]
        stale += [f"{prefix}/{name} (differs)" for name in sorted(want & have)
                  if not filecmp.cmp(fresh / name, current / name, shallow=False)]
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="*", help=f"default: all ({', '.join(apis())})")
    parser.add_argument("--check", action="store_true",
                        help="compare generated/ with a fresh generation; exit 1 on drift")
    parser.add_argument("--force", action="store_true", help="regenerate even when current")
    args = parser.parse_args(argv)
    selected = args.apis or apis()
    unknown = sorted(set(selected) - set(apis()))
    if unknown:
        parser.error(f"no spec + generator config for {unknown}; known: {apis()}")
    if args.check:
        stale = [name for api in selected for name in stale_files(api)]
        if stale:
            print("generated/ is stale:\n  " + "\n  ".join(stale))
            print("fix: make generate   (then commit generated/)")
            return 1
        print(f"generated/ is current for {', '.join(selected)}")
        return 0
    for api in selected:
        if not args.force and is_current(api):
            print(f"{api:10} current")
            continue
        started = time.perf_counter()
        regenerate(api)
        print(f"{api:10} generated in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
