"""The room a snippet runs in: its environment, and two walls.

Runner side, `environment()`: the variables of a snippet run. The process starts in an empty
working directory; `TMPDIR` points at an empty folder beside it; output is unbuffered (so a hung
snippet still shows what it printed); a `DeprecationWarning` is an error unless the page is about
it; `refcheck/boot/` on `PYTHONPATH` loads this module (and, on the virtual clock, the clock and
the tracer) before the snippet's first line. A reader who runs `python snippets/...` gets none of
this.

Snippet side, `install()`: an audit hook (`sys.addaudithook`, PEP 578) that refuses, before the
operating system is asked:

* any network address but the loopback range: `connect`, `sendto`, `bind` and name lookups of a
  host other than `localhost`, `127.0.0.0/8` or `::1` (Unix sockets are files, not addresses);
* any write outside the working directory and `TMPDIR`: opening a file for writing, creating,
  renaming, removing or changing a file or directory.

A refusal raises `PermissionError` in the snippet and is also written to the report file the
runner reads, so that a snippet that catches the error still fails, with a message naming it and
what it tried. Child processes started by the snippet inherit the walls if they are Python (a
shell command that writes a file is not seen: the walls are Python's audit events, not the
kernel's).
"""

from __future__ import annotations

import ipaddress
import os
import sys

BOOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "boot")

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
# Events whose first argument is a path the call changes; os.rename/os.link/symlink/copy change
# the second one too.
_CHANGES_PATH = {
    "os.mkdir",
    "os.remove",
    "os.rmdir",
    "os.truncate",
    "os.chmod",
    "os.chown",
    "os.utime",
    "os.chflags",
    "os.lchflags",
    "os.mkfifo",
    "os.mknod",
    "shutil.rmtree",
    "os.setxattr",
    "os.removexattr",
}
_CHANGES_BOTH = {
    "os.rename",
    "os.link",
    "os.symlink",
    "shutil.copyfile",
    "shutil.copymode",
    "shutil.copystat",
    "shutil.move",
    "shutil.copytree",
}
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"}
_ADDRESSED = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"}


def environment(
    workdir: str,
    tmpdir: str,
    report: str,
    *,
    virtual_time: bool = True,
    expects_warning: bool = False,
    trace: str | None = None,
) -> dict[str, str]:
    """The environment of one snippet run (the runner, the clock tests and the benchmark share it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SNIPPETS_", "PYTEST_"))}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"
    env["TMPDIR"] = tmpdir
    if not expects_warning:
        # A deprecated call on a page is a bug unless the page is about the warning.
        env["PYTHONWARNINGS"] = "error::DeprecationWarning"
    env["PYTHONPATH"] = BOOT
    env["SNIPPETS_SANDBOX"] = os.pathsep.join([workdir, tmpdir])
    env["SNIPPETS_SANDBOX_REPORT"] = report
    if virtual_time:
        env["SNIPPETS_VIRTUAL_TIME"] = "1"
        if trace:
            env["SNIPPETS_TRACE"] = trace
    return env


def _address(host) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address a host names literally ('127.0.0.1', '::1%lo'), or None for a name."""
    try:
        return ipaddress.ip_address(os.fsdecode(host).split("%")[0])
    except (TypeError, ValueError):
        return None


def loopback(host) -> bool:
    if host is None or host in ("", "localhost", b"localhost"):
        return True
    address = _address(host)
    return address is not None and address.is_loopback


class Walls:
    """What a snippet may touch: the rooms (folders) it may change, a few files the engine writes."""

    def __init__(self, rooms: list[str], allowed_files: list[str] = ()):
        self.rooms = [os.path.realpath(p) for p in rooms if p]
        self.allowed = {os.path.realpath(p) for p in allowed_files if p} | {os.devnull}

    def inside(self, path) -> bool:
        if isinstance(path, int):  # a file descriptor: already open
            return True
        try:
            full = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return True
        if full in self.allowed or full.startswith(("/proc/self/", "/dev/fd/")):
            return True
        return any(full == room or full.startswith(room + os.sep) for room in self.rooms)

    def refusal(self, event: str, args: tuple) -> str | None:
        """Why this audit event must not happen, or None. Called before the operating system is."""
        if event == "open":
            path, mode, flags = args
            writes = (mode is not None and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writes and path is not None and not self.inside(path):
                return f"wrote {os.fsdecode(path)!r}: a snippet may write only in its working directory and in TMPDIR"
        elif event in _CHANGES_PATH:
            if args and args[0] is not None and not self.inside(args[0]):
                return (
                    f"{event}({os.fsdecode(args[0])!r}): a snippet may change files only in its working "
                    f"directory and in TMPDIR"
                )
        elif event in _CHANGES_BOTH:
            if len(args) > 1 and args[1] is not None and not self.inside(args[1]):
                return (
                    f"{event}(..., {os.fsdecode(args[1])!r}): a snippet may change files only in its "
                    f"working directory and in TMPDIR"
                )
        elif event in _ADDRESSED:
            address = args[-1]
            if isinstance(address, tuple) and address and not loopback(address[0]):
                return (
                    f"{event.split('.')[1]} to {address!r}: a snippet may use only the loopback range "
                    f"(127.0.0.1, ::1, localhost)"
                )
        elif event in _LOOKUPS:
            # A literal address is not looked up anywhere: it is refused where it is used.
            if args and not loopback(args[0]) and _address(args[0]) is None:
                return f"looked up {args[0]!r}: a snippet may use only the loopback range (127.0.0.1, ::1, localhost)"
        elif event == "socket.getnameinfo":
            if args and isinstance(args[0], tuple) and not loopback(args[0][0]):
                return f"getnameinfo({args[0]!r}): a snippet may use only the loopback range"
        return None


def install(allowed_files: list[str] = ()) -> None:
    """Called by boot/sitecustomize.py in the snippet's process, before the snippet runs."""
    rooms = os.environ.get("SNIPPETS_SANDBOX", "").split(os.pathsep)
    report_path = os.environ.get("SNIPPETS_SANDBOX_REPORT")
    if not any(rooms) or not report_path:
        return
    walls = Walls(rooms, allowed_files)
    report_fd = os.open(report_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else "python"

    def hook(event: str, args: tuple) -> None:
        why = walls.refusal(event, args)
        if why is not None:
            message = f"{why} (in {script})"
            os.write(report_fd, (message + "\n").encode("utf-8", "backslashreplace"))
            raise PermissionError(f"refused by the snippet sandbox: {message}")

    sys.addaudithook(hook)
