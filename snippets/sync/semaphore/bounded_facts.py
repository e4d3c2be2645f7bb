import asyncio
import inspect

print(f"signature: BoundedSemaphore{inspect.signature(asyncio.BoundedSemaphore)}")
print(f"subclass of Semaphore: {issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore)}")  # (1)!
overridden = [name for name in ("acquire", "release", "locked") if name in vars(asyncio.BoundedSemaphore)]
print(f"methods it overrides: {overridden}")  # (2)!

try:
    asyncio.BoundedSemaphore(2, bound=3)
except TypeError as e:
    print(f"TypeError: {e}")  # (3)!
