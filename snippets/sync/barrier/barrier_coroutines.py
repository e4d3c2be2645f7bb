import asyncio
import inspect
import threading

for name in ("wait", "reset", "abort"):
    method = getattr(asyncio.Barrier, name)
    is_coroutine = inspect.iscoroutinefunction(method)
    print(f"{name}{inspect.signature(method)}: coroutine function={is_coroutine}")  # (1)!

for name in ("parties", "n_waiting", "broken"):
    print(f"{name}: property={isinstance(inspect.getattr_static(asyncio.Barrier, name), property)}")  # (2)!

print(f"threading.Barrier.abort: coroutine function={inspect.iscoroutinefunction(threading.Barrier.abort)}")
