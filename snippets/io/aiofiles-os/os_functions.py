import inspect
import os

import aiofiles.os


def describe(module, original, label):
    for name in sorted(module.__all__):
        obj = getattr(module, name)
        if inspect.ismodule(obj):
            kind = f"module {obj.__name__}"
        elif inspect.iscoroutinefunction(obj):  # (1)!
            same = obj.__wrapped__ is getattr(original, name)
            kind = f"coroutine function, wraps {label}.{name}: {same}"
        else:
            kind = "plain function"
        print(f"  {name:12} {kind}")


print("aiofiles.os:")
describe(aiofiles.os, os, "os")
print("aiofiles.ospath:")
describe(aiofiles.ospath, os.path, "os.path")
print(f"aiofiles.os.path is aiofiles.ospath: {aiofiles.os.path is aiofiles.ospath}")  # (2)!
