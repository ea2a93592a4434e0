"""The wheels `make dist` builds, installed into a fresh venv with no checkout on the path.

Built with uv as `make dist` builds them (offline: hatchling comes from the uv cache); installed
offline, the third-party packages from the uv cache as uv.lock pins them (`uv export --format
pylock.toml`: the locked wheel URLs that `make` already downloaded), ours from the built wheels.
A machine whose uv cache lacks one of them fails here, naming it; nothing is fetched. Then, from a directory outside the
checkout: a user's test suite using the `crm_mock` fixture (found through its pytest11 entry
point), each console script's --help, and the pre-commit hook's entry on a broken spec.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

UV = ROOT / ".tools" / "uv-0.13.9" / "bin" / "uv"
PROJECTS = [*sorted((ROOT / "generated").glob("*-client")), ROOT / "overlays", ROOT / "mocks"]
OURS = ["kanbert-client", "kinbox-client", "pylon-client", "repzo-client", "wealthbox-client",
        "crm-overlays"]

pytestmark = pytest.mark.wheels


def run(*command: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    # No PYTHONPATH and no VIRTUAL_ENV of the checkout reach the fresh venv, nor a token.
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "CONFORM_TOKEN")}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, text=True,
                            capture_output=True, check=False, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"{command} exited {result.returncode}:\n{result.stdout}\n"
                             f"{result.stderr}")
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bin/ folder of a fresh venv holding the built wheels."""
    if not UV.exists():
        pytest.fail(f"{UV} is missing: run `make` first")
    base = tmp_path_factory.mktemp("wheels")
    dist, env, locked = base / "dist", base / "venv", base / "locked"
    for project in PROJECTS:
        run(UV, "build", "--offline", "--quiet", "--wheel", "--out-dir", dist, project, cwd=ROOT)
    locked.mkdir()
    excluded = [arg for name in OURS for arg in ("--no-emit-package", name)]
    run(UV, "export", "--quiet", "--frozen", "--format", "pylock.toml", "--no-emit-project",
        *excluded, "-o", locked / "pylock.toml", cwd=ROOT)
    run(UV, "venv", "--quiet", "--python", sys.executable, env, cwd=base)
    python = env / "bin" / "python"
    run(UV, "pip", "install", "--quiet", "--offline", "--python", python,
        "-r", locked / "pylock.toml", cwd=base)
    run(UV, "pip", "install", "--quiet", "--offline", "--no-deps", "--python", python,
        *sorted(dist.glob("*.whl")), cwd=base)
    yield env / "bin"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working directory with no checkout in it."""
    return tmp_path


def test_the_mock_runs_from_the_wheels_alone(venv: Path, outside: Path) -> None:
    probe = ("import sys, mocks, crm_overlays.specs as s; "
             "print(mocks.__file__); print(s.spec_dir()); print(sys.path)")
    lines = run(venv / "python", "-c", probe, cwd=outside).stdout.splitlines()
    assert "site-packages" in lines[0] and lines[1].endswith("crm_overlays/specs")
    assert str(ROOT) not in lines[2]


def readme_example() -> str:
    """The pytest example of the README's "Use it from your own project"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Use it from your own project"):]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_a_user_suite_with_the_fixture(venv: Path, outside: Path) -> None:
    suite = (Path(__file__).with_name("user_suite.py")).read_text(encoding="utf-8")
    (outside / "test_user.py").write_text(suite, encoding="utf-8")
    (outside / "test_readme.py").write_text(readme_example(), encoding="utf-8")
    result = run(venv / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                 cwd=outside, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout


@pytest.mark.parametrize("script", ["crm-mock", "crm-speclint", "crm-conform"])
def test_each_console_script_has_help(venv: Path, outside: Path, script: str) -> None:
    result = run(venv / script, "--help", cwd=outside)
    assert result.stdout.startswith(f"usage: {script} ")


def test_crm_mock_rejects_a_bad_fault_plan(venv: Path, outside: Path) -> None:
    result = run(venv / "crm-mock", "pylon", "--faults", "999=2", cwd=outside, check=False)
    assert result.returncode == 2 and result.stderr.startswith("crm-mock: error: --faults:")


def test_crm_conform_without_a_token_exits_2(venv: Path, outside: Path) -> None:
    result = run(venv / "crm-conform", "pylon", "--url", "http://127.0.0.1:9", cwd=outside,
                 check=False)
    assert result.returncode == 2 and result.stderr.startswith("crm-conform: set the token")


def test_the_pre_commit_entry_fails_a_broken_spec_with_file_and_pointer(
    venv: Path, outside: Path
) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    spec = yaml.safe_load((ROOT / "specs" / "pylon.yaml").read_text(encoding="utf-8"))
    good = outside / "pylon.yaml"
    good.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    spec["components"]["schemas"]["Contact"]["properties"]["name"] = {
        "$ref": "#/components/schemas/NoSuchSchema"
    }
    broken = outside / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    executable, *options = shlex.split(hook["entry"])

    passing = run(venv / executable, *options, good.name, cwd=outside, check=False)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    failing = run(venv / executable, *options, broken.name, cwd=outside, check=False)
    assert failing.returncode == 1
    assert "broken.yaml#/components/schemas/Contact/properties/name" in failing.stdout
