"""Plain open() vs aiofiles vs asyncio.to_thread for file reads and writes.

Run from the repository root:  python benchmarks/aiofiles_bench.py

For each workload (many small files, a few large files) and each method, the script writes the
files and reads them back concurrently (asyncio.gather, at most as many files at a time as the
default executor has threads) and prints the best of REPEAT runs. Beside the times it prints how
long the event loop was stalled: a ticker task asks to wake up every millisecond and records how
late it is woken; the column shows the median over the runs of the longest delay of each run.
Blocking calls inside a coroutine show up there; calls that run in a thread pool mostly do not.

The files live in a temporary directory and stay in the OS page cache, so the figures measure
the cost of the calls and of the thread hops, not the speed of a disk. They vary by machine:
compare the rows with each other, not with figures from elsewhere.
"""

from __future__ import annotations

import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import aiofiles

REPEAT = 3
WORKLOADS = [
    ("500 files x 1 KB", 500, 1024),
    ("4 files x 8 MB", 4, 8 * 1024 * 1024),
]


# -- the three ways to do the same file I/O from a coroutine ---------------------------------


# --8<-- [start:methods]
async def plain_write(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:  # blocks the event loop for the whole call
        f.write(data)


async def plain_read(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read()


async def aiofiles_write(path: Path, data: bytes) -> None:
    async with aiofiles.open(path, "wb") as f:  # open, write and close: three thread hops
        await f.write(data)


async def aiofiles_read(path: Path) -> bytes:
    async with aiofiles.open(path, "rb") as f:
        return await f.read()


async def aiofiles_chunked_read(path: Path) -> bytes:
    parts = []
    async with aiofiles.open(path, "rb") as f:  # one thread hop per 64 KB chunk
        while chunk := await f.read(64 * 1024):
            parts.append(chunk)
    return b"".join(parts)


def _write_sync(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)


def _read_sync(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read()


async def to_thread_write(path: Path, data: bytes) -> None:
    await asyncio.to_thread(_write_sync, path, data)  # the whole job in one thread hop


async def to_thread_read(path: Path) -> bytes:
    return await asyncio.to_thread(_read_sync, path)


# --8<-- [end:methods]


METHODS = [
    ("open() in a coroutine", plain_write, plain_read),
    ("aiofiles", aiofiles_write, aiofiles_read),
    ("aiofiles, 64 KB reads", aiofiles_write, aiofiles_chunked_read),
    ("asyncio.to_thread", to_thread_write, to_thread_read),
]


# -- measuring -----------------------------------------------------------------------------


async def _ticker(stalls: list[float], stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(0.001)
        stalls.append(loop.time() - before - 0.001)


async def _limited(semaphore: asyncio.Semaphore, job):
    async with semaphore:
        return await job


async def _timed(make_jobs, limit: int) -> tuple[float, float]:
    """Run the jobs, `limit` at a time; return (elapsed seconds, longest loop stall in seconds)."""
    stalls: list[float] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(_ticker(stalls, stop))
    await asyncio.sleep(0)  # let the ticker start
    semaphore = asyncio.Semaphore(limit)
    start = time.perf_counter()
    await asyncio.gather(*(_limited(semaphore, job) for job in make_jobs()))
    elapsed = time.perf_counter() - start
    stop.set()
    await ticker
    return elapsed, max(stalls, default=elapsed)


async def run_method(paths: list[Path], data: bytes, write, read, limit: int) -> tuple[float, float, float]:
    best_write = best_read = float("inf")
    stalls = []
    for _ in range(REPEAT):
        w, stall_w = await _timed(lambda: [write(p, data) for p in paths], limit)
        r, stall_r = await _timed(lambda: [read(p) for p in paths], limit)
        best_write, best_read = min(best_write, w), min(best_read, r)
        stalls.append(max(stall_w, stall_r))
    for p in paths:  # a sanity check outside the timings
        if p.stat().st_size != len(data):
            raise RuntimeError(f"{p} has the wrong size")
    return best_write, best_read, statistics.median(stalls)


async def main() -> None:
    workers = min(32, (os.cpu_count() or 1) + 4)
    print(
        f"Python {platform.python_version()}, aiofiles {version('aiofiles')}, "
        f"{os.cpu_count()} CPUs (default executor: {workers} threads), {platform.system()}"
    )
    print(
        f"best of {REPEAT} runs, {workers} files at a time; files in a temporary directory (page cache, not a cold disk)\n"
    )
    header = f"{'workload':18} {'method':24} {'write':>9} {'read':>9} {'loop stall':>11}"
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="aiofiles-bench-") as tmp:
        for label, count, size in WORKLOADS:
            data = os.urandom(size)
            paths = [Path(tmp) / f"{label.split()[0]}-{i}.bin" for i in range(count)]
            for name, write, read in METHODS:
                w, r, stall = await run_method(paths, data, write, read, workers)
                print(f"{label:18} {name:24} {w * 1000:7.1f}ms {r * 1000:7.1f}ms {stall * 1000:9.1f}ms")
            print()


if __name__ == "__main__":
    started = time.perf_counter()
    asyncio.run(main())
    print(f"total run time: {time.perf_counter() - started:.1f} s", file=sys.stderr)
