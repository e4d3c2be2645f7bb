import asyncio
import inspect
import io

import aiofiles

KINDS = [
    ("r", -1, io.TextIOWrapper),
    ("rb", -1, io.BufferedReader),
    ("wb", -1, io.BufferedWriter),
    ("rb", 0, io.FileIO),
]
PROTOCOLS = ["__aiter__", "__anext__", "__aenter__", "__enter__", "__iter__"]


def kind(cls, name):
    attr = inspect.getattr_static(cls, name, None)
    if attr is None:
        return "-"
    if isinstance(attr, property):
        return "property"
    if inspect.iscoroutinefunction(attr):  # (1)!
        return "await"
    return "call"


async def main():
    with open("data.bin", "wb") as f:
        f.write(b"data")
    classes = []
    for mode, buffering, _ in KINDS:
        async with aiofiles.open("data.bin", mode, buffering=buffering) as f:
            classes.append(type(f))

    public = sorted({n for c in classes for n in dir(c) if not n.startswith("_")})
    headers = [f"{mode!r}, buffering={b}" for mode, b, _ in KINDS]
    print(f"{'':15}" + "".join(f"{h:21}" for h in headers).rstrip())
    print(f"{'':15}" + "".join(f"{c.__name__:21}" for c in classes).rstrip())
    for name in public + PROTOCOLS:
        print(f"{name:15}" + "".join(f"{kind(c, name):21}" for c in classes).rstrip())

    for (mode, b, io_class), cls in zip(KINDS, classes):
        lost = [n for n in dir(io_class) if not n.startswith("_") and not hasattr(cls, n)]
        print(f"{io_class.__name__} only: {', '.join(lost)}")  # (2)!

    print(f"AsyncTextIOWrapper.read{inspect.signature(classes[0].read)}")  # (3)!


asyncio.run(main())
