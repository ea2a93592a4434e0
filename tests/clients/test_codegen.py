"""generated/ is reproducible from the specs, importable, typed, and installable as wheels."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.generate import is_current, output_dir, stale_files
from tests.clients.support import client_apis
from tests.conftest import ROOT

UV = next(iter(sorted(ROOT.glob(".tools/uv-*/bin/uv"))), None)


@pytest.mark.parametrize("api", client_apis())
def test_generated_client_matches_its_spec(api):
    stale = stale_files(api)
    assert not stale, "stale generated files:\n  " + "\n  ".join(stale) + \
        "\nfix: make generate (then commit generated/)"
    # With the output current, the incremental build must recognise it and do nothing.
    assert is_current(api)


@pytest.mark.parametrize("api", client_apis())
def test_every_generated_module_imports(api):
    package = importlib.import_module(f"{api}_client")
    names = [info.name for info in pkgutil.walk_packages(package.__path__, f"{api}_client.")]
    assert any(".api." in name for name in names) and any(".models." in name for name in names)
    for name in names:
        importlib.import_module(name)
    assert (Path(package.__file__).parent / "py.typed").exists()


def test_generated_clients_and_their_typed_use_pass_mypy_strict():
    targets = [str(p) for p in sorted(ROOT.glob("generated/*-client/*_client"))]
    targets.append(str(ROOT / "tests" / "clients" / "typed_usage.py"))
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                             *targets], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(UV is None, reason="uv is installed by `make`; run the suite through make")
def test_wheels_install_into_a_fresh_environment(tmp_path):
    dist = tmp_path / "dist"
    for api in client_apis():
        subprocess.run([str(UV), "build", "--quiet", "--wheel", "--out-dir", str(dist),
                        str(output_dir(api))], check=True, cwd=ROOT)
    wheels = sorted(dist.glob("*.whl"))
    assert len(wheels) == len(client_apis())
    venv = tmp_path / "venv"
    subprocess.run([str(UV), "venv", "--quiet", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(UV), "pip", "install", "--quiet", "--python", str(python),
                    *map(str, wheels)], check=True)
    imports = "; ".join(f"import {api}_client.models, {api}_client.api" for api in client_apis())
    result = subprocess.run([str(python), "-c", imports + "; print('ok')"],
                            capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.stdout.strip() == "ok", result.stderr
    # The import came from the fresh environment, not from this checkout.
    located = subprocess.run([str(python), "-c", (f"import {client_apis()[0]}_client as m; "
                              "print(m.__file__)")], capture_output=True, text=True, cwd=tmp_path,
                             check=False)
    assert str(venv) in located.stdout
    shutil.rmtree(venv)
