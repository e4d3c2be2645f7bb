"""The supported Pythons and the one version model of the site.

Everything that names a Python version reads it here: the CI matrix and `.ci/run` (through
`python3 tools/versions.py supported`), the snippet runner (a snippet's minimum version, the
versioned expected outputs `<name>.py314.out`), the signature fences' titles and the pages' tabs.

A version *range* is written the same way everywhere:

    "3.12+"          3.12 and every later supported version
    "3.11-3.13"      3.11, 3.12 and 3.13 (an en dash is accepted too)
    "3.13"           only 3.13
"""

from __future__ import annotations

import re
import sys

SUPPORTED: tuple[tuple[int, int], ...] = ((3, 11), (3, 12), (3, 13), (3, 14), (3, 15))
OLDEST, NEWEST = SUPPORTED[0], SUPPORTED[-1]

_RANGE = re.compile(r"^(?:Python\s+)?(3\.\d+)\s*(\+|[-–]\s*(3\.\d+))?$")


def parse(text: str) -> tuple[int, int]:
    major, minor = text.split(".")
    return int(major), int(minor)


def show(version: tuple[int, int]) -> str:
    return "%d.%d" % version


def parse_range(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'3.12+' -> ((3, 12), NEWEST); '3.11-3.13' -> ((3, 11), (3, 13)); '3.13' -> both (3, 13).

    None when the text is not a version range."""
    m = _RANGE.match(text.strip())
    if not m:
        return None
    low = parse(m.group(1))
    if m.group(2) == "+":
        high = NEWEST
    elif m.group(3):
        high = parse(m.group(3))
    else:
        high = low
    return low, high


def in_range(version: tuple[int, int], text: str) -> bool:
    bounds = parse_range(text)
    if bounds is None:
        raise ValueError(f"not a version range: {text!r} (write '3.12+', '3.11-3.13' or '3.13')")
    return bounds[0] <= version[:2] <= bounds[1]


def covered(text: str) -> list[tuple[int, int]]:
    """The supported versions a range covers."""
    return [v for v in SUPPORTED if in_range(v, text)]


def current() -> tuple[int, int]:
    return sys.version_info[:2]


if __name__ == "__main__":
    # `python3 tools/versions.py supported` prints "3.11 3.12 3.13 3.14 3.15" for shell scripts.
    if sys.argv[1:] == ["supported"]:
        print(" ".join(show(v) for v in SUPPORTED))
    elif sys.argv[1:] == ["matrix"]:
        print("[" + ", ".join('"%s"' % show(v) for v in SUPPORTED) + "]")
    else:
        sys.exit("usage: tools/versions.py supported|matrix")
