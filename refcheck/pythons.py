"""Every supported Python, at the newest release this machine can get (`make pythons`).

    python3 -m refcheck.pythons get              find or fetch each supported version, print the table
    python3 -m refcheck.pythons run 3.14 CMD...  run CMD with $PYTHON set to that interpreter
    python3 -m refcheck.pythons make 3.14 ARGS   `make ARGS` with that interpreter and its .venv-3.14
    python3 -m refcheck.pythons matrix [TARGET]  `make TARGET` (default test-version) on every supported
                                                 version, then a table: exact version, passed, failed,
                                                 skipped; fails if any version failed or is missing

Where an interpreter comes from, newest patch release first:
  * pyenv's versions and `pythonX.Y` on PATH (the machine's own);
  * Debian's unstable archive, bootstrapped once with debootstrap into a cache folder outside the
    clone ($PYTHONS_CACHE, default ~/.cache/asyncio-reference/pythons), so a fresh clone and later
    runs reuse it. Such an interpreter runs in a chroot, inside a private mount namespace
    (`unshare --mount`): every mount it needs vanishes with the process, none is ever left behind.

`get --refresh` upgrades the cached interpreters to the archive's newest releases.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from refcheck import versions

CACHE = Path(os.environ.get("PYTHONS_CACHE", Path.home() / ".cache/asyncio-reference/pythons"))
ROOT = CACHE / "sid"
STAMP = ROOT / ".asyncio-reference-complete"
MIRROR = os.environ.get("DEBIAN_MIRROR", "http://deb.debian.org/debian")
# What the chroot needs to run `make test-version`: the interpreters with venv, make, certificates.
PACKAGES = ["make", "ca-certificates"] + [
    f"python{v}{suffix}" for v in ("3.13", "3.14", "3.15") for suffix in ("", "-venv")
]
APT = ["-o", "Acquire::Check-Valid-Until=false", "-o", "Acquire::Check-Date=false"]


def log(message: str) -> None:
    print(f"pythons: {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    sys.exit(f"pythons: {message}")


# -- the chroot ---------------------------------------------------------------------------------


def in_chroot(
    command: list[str], *, cwd: str | None = None, env: dict | None = None, capture: bool = False
) -> subprocess.CompletedProcess:
    """Run `command` inside ROOT. The mounts live in a private mount namespace of their own."""
    argv, full_env = chroot_command(command, cwd=cwd, env=env)
    return subprocess.run(argv, env=full_env, capture_output=capture, text=True)


def chroot_command(
    command: list[str], *, cwd: str | None = None, env: dict | None = None
) -> tuple[list[str], dict]:
    """The argv and environment that run `command` inside ROOT."""
    cwd = cwd or "/"
    # `unshare --propagation private` keeps every mount below inside this namespace.
    script = ["set -e", f'R="{ROOT}"']
    for source in ("/dev", "/tmp"):
        script.append(f'mount --rbind {source} "$R{source}"')
    script.append('mount -t proc proc "$R/proc"')
    for etc in ("/etc/resolv.conf", "/etc/hosts"):
        if Path(etc).exists():
            script.append(f'touch "$R{etc}" && mount --bind {etc} "$R{etc}"')
    if cwd != "/":
        script.append(f'mkdir -p "$R{cwd}" && mount --rbind "{cwd}" "$R{cwd}"')
    script.append(f'cd "$R" && exec chroot "$R" /bin/sh -c \'cd "$0" && exec "$@"\' "{cwd}" "$@"')
    full_env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "DEBIAN_FRONTEND": "noninteractive",
    }
    full_env.update(env or {})
    return [
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        "\n".join(script),
        "sh",
        *command,
    ], full_env


def bootstrap() -> None:
    if not shutil.which("debootstrap"):
        if not shutil.which("apt-get"):
            fail(
                "debootstrap is missing and there is no apt-get to install it: install the "
                "missing Pythons yourself (pyenv install 3.X) or run on Debian/Ubuntu"
            )
        log("installing debootstrap (apt-get)")
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        if subprocess.run(["apt-get", "install", "-y", "-qq", "debootstrap"]).returncode:
            fail("apt-get could not install debootstrap")
    tmp = ROOT.with_name("sid.partial")
    if tmp.exists():
        shutil.rmtree(tmp)  # nothing is mounted there: mounts only ever live in a namespace
    tmp.parent.mkdir(parents=True, exist_ok=True)
    log(f"bootstrapping Debian sid with {', '.join(PACKAGES)} into {ROOT} (about 4 minutes, 600 MB)")
    started = time.monotonic()
    # sid's debootstrap script works for the archive's current suites; the Release file's
    # Valid-Until may be past for this machine's clock, which debootstrap does not check.
    run = subprocess.run(
        [
            "debootstrap",
            "--variant=minbase",
            "--include=" + ",".join(PACKAGES),
            "sid",
            str(tmp),
            MIRROR,
            "/usr/share/debootstrap/scripts/sid",
        ]
    )
    if run.returncode:
        fail(
            f"debootstrap of sid from {MIRROR} failed (exit {run.returncode}); its log is "
            f"{tmp}/debootstrap/debootstrap.log"
        )
    # The machine's own certificate authorities (a proxy's, say), so pip works inside.
    local = Path("/usr/local/share/ca-certificates")
    if local.is_dir():
        target = tmp / "usr/local/share/ca-certificates"
        target.mkdir(parents=True, exist_ok=True)
        for cert in local.glob("*.crt"):
            shutil.copy2(cert, target / cert.name)
    tmp.rename(ROOT)
    if in_chroot(["update-ca-certificates"], capture=True).returncode:
        fail("update-ca-certificates failed inside the chroot")
    STAMP.write_text(time.strftime("%Y-%m-%d %H:%M:%S\n"))
    log(f"bootstrapped in {time.monotonic() - started:.0f} s")


def refresh() -> None:
    log("upgrading the interpreters in the cached Debian sid")
    for command in (
        ["apt-get", *APT, "update", "-qq"],
        ["apt-get", *APT, "install", "-y", "-qq", "--only-upgrade", *PACKAGES],
    ):
        if in_chroot(command).returncode:
            fail(f"{' '.join(command)} failed inside {ROOT}")


# -- finding interpreters -----------------------------------------------------------------------

_ASK_VERSION = ["-c", "import platform; print(platform.python_version())"]


def exact(python: list[str]) -> str | None:
    try:
        out = subprocess.run([*python, *_ASK_VERSION], capture_output=True, text=True, timeout=60)
    except OSError:
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def host_candidates(version: str) -> list[str]:
    found = []
    pyenv_root = os.environ.get("PYENV_ROOT") or (
        subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
        if shutil.which("pyenv")
        else ""
    )
    if pyenv_root and Path(pyenv_root, "versions").is_dir():
        for entry in Path(pyenv_root, "versions").iterdir():
            if re.fullmatch(re.escape(version) + r"\.\d+", entry.name):
                found.append(str(entry / "bin/python"))
    on_path = shutil.which(f"python{version}")
    if on_path and "/shims/" not in on_path:
        found.append(on_path)
    return found


def key(patch_version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", patch_version)[:3])


def find(version: str) -> tuple[str, str, str] | None:
    """(exact version, where, interpreter) of the newest release of `version`, or None."""
    best = None
    for python in host_candidates(version):
        got = exact([python])
        if got and got.startswith(version + ".") and (best is None or key(got) > key(best[0])):
            best = (got, "host", python)
    if STAMP.exists() and (ROOT / f"usr/bin/python{version}").exists():
        out = in_chroot([f"python{version}", *_ASK_VERSION], capture=True)
        got = out.stdout.strip()
        if out.returncode == 0 and (best is None or key(got) > key(best[0])):
            best = (got, "debian-sid", f"/usr/bin/python{version}")
    return best


def table() -> dict[str, tuple[str, str, str] | None]:
    return {versions.show(v): find(versions.show(v)) for v in versions.SUPPORTED}


def get(refresh_cache: bool) -> int:
    if not STAMP.exists():
        bootstrap()
    elif refresh_cache:
        refresh()
    found = table()
    for version, hit in found.items():
        if hit:
            print(f"{version}  {hit[0]:<8}  {hit[1]:<10}  {hit[2]}")
        else:
            print(f"{version}  MISSING   neither pyenv, PATH nor Debian sid ({ROOT}) has it")
    missing = [v for v, hit in found.items() if not hit]
    if missing:
        fail(
            f"no interpreter for {', '.join(missing)}: install it (pyenv install {missing[0]}) "
            f"or delete {ROOT} and run `make pythons` again"
        )
    return 0


def command_for(hit: tuple[str, str, str], command: list[str]) -> tuple[list[str], dict]:
    """argv and environment that run `command` with $PYTHON set to the interpreter `find` found."""
    got, where, python = hit
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONHOME")}
    env.update(PYTHON=python, PYTHON_EXACT=got)
    if where == "host":
        return command, env
    keep = {
        k: v
        for k, v in env.items()
        if k not in ("PATH", "HOME", "PIP_FIND_LINKS") and not k.startswith("PYENV")
    }
    return chroot_command(command, cwd=os.getcwd(), env=keep)


def make_command(version: str, args: list[str]) -> list[str]:
    """`make ARGS` with the venv and interpreter of `version` (.venv-3.14, $PYTHON)."""
    return [
        "sh",
        "-c",
        f'exec make --no-print-directory VENV=.venv-{version} PYTHON="$PYTHON" "$@"',
        "sh",
        *args,
    ]


def run(version: str, command: list[str]) -> int:
    hit = find(version)
    if not hit:
        fail(f"Python {version} is not on this machine: run `make pythons` first")
    argv, env = command_for(hit, command)
    return subprocess.run(argv, env=env).returncode


_COUNT = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected)")


def matrix(target: str) -> int:
    rows = []
    for version in (versions.show(v) for v in versions.SUPPORTED):
        hit = find(version)
        if not hit:
            rows.append((version, "missing", None, "not on this machine: run `make pythons`"))
            continue
        print(f"== Python {hit[0]} ({hit[1]}: {hit[2]}): make {target}", flush=True)
        started = time.monotonic()
        argv, env = command_for(hit, make_command(version, [target]))
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        counts: dict[str, int] = {}
        for line in proc.stdout:
            sys.stdout.write(line)
            if _COUNT.search(line) and line.lstrip("= ").split(" ")[0].isdigit():
                # A pytest summary line; a target may run several sessions: add them up.
                for n, kind in _COUNT.findall(line):
                    kind = kind.rstrip("s") if kind.startswith("error") else kind
                    counts[kind] = counts.get(kind, 0) + int(n)
        code = proc.wait()
        rows.append(
            (hit[0], "ok" if code == 0 else f"exit {code}", counts, f"{time.monotonic() - started:.0f} s")
        )
    print(f"\nmake {target}, every supported Python:")
    print("| Python   | passed | failed | skipped | result | time |")
    print("|----------|-------:|-------:|--------:|--------|-----:|")
    for exact_version, result, counts, note in rows:
        if counts is None:
            print(f"| {exact_version:<8} |        |        |         | MISSING: {note} |")
            continue
        failed = counts.get("failed", 0) + counts.get("error", 0)
        print(
            f"| {exact_version:<8} | {counts.get('passed', 0):>6} | {failed:>6} | {counts.get('skipped', 0):>7} "
            f"| {result:<6} | {note:>4} |"
        )
    bad = [r for r in rows if r[1] != "ok"]
    # The pages that name the verified interpreters must name these ones.
    root = Path(__file__).resolve().parent.parent
    exact_versions = [r[0] for r in rows if r[2] is not None]
    for page in ("docs/en/about.md", "docs/ru/about.md", "docs/en/index.md", "docs/ru/index.md"):
        text = (root / page).read_text(encoding="utf-8")
        stale = [v for v in exact_versions if v not in text]
        if stale:
            print(
                f"pythons: {page} does not name {', '.join(stale)}, which this run verified: "
                f"write the exact versions of the table above into it"
            )
            bad.append((page, "stale"))
    if bad:
        print(f"pythons: failed on {', '.join(r[0] for r in bad)}: the log above each table row says why")
        return 1
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["matrix"]:
        return matrix(argv[1] if len(argv) > 1 else "test-version")
    if argv[:1] == ["get"]:
        return get("--refresh" in argv[1:])
    if argv[:1] == ["run"] and len(argv) >= 3:
        return run(argv[1], argv[2:])
    if argv[:1] == ["make"] and len(argv) >= 3:
        return run(argv[1], make_command(argv[1], argv[2:]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
