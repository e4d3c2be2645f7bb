"""The supported Pythons and the one version model of the site.

Everything that names a Python version reads it here: refcheck/pythons.py (`make pythons`,
`make test-versions`), the snippet runner (a snippet's minimum version), the build (badges,
timeline captions) and the signature fences' titles; tests/test_workflows.py checks the CI matrix
against SUPPORTED.

A version *range* is written the same way everywhere:

    "3.12+"          3.12 and every later supported version
    "3.11-3.13"      3.11, 3.12 and 3.13 (an en dash is accepted too)
    "3.13"           only 3.13
"""

from __future__ import annotations

import re

SUPPORTED: tuple[tuple[int, int], ...] = ((3, 11), (3, 12), (3, 13), (3, 14), (3, 15))
OLDEST, NEWEST = SUPPORTED[0], SUPPORTED[-1]

_RANGE = re.compile(r"^(?:Python\s+)?(3\.\d+)\s*(\+|[-–]\s*(3\.\d+))?$")


def parse(text: str) -> tuple[int, int]:
    major, minor = text.split(".")
    return int(major), int(minor)


def show(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


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
