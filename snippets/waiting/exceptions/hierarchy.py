import asyncio

NAMES = [
    "CancelledError",
    "TimeoutError",
    "InvalidStateError",
    "IncompleteReadError",
    "LimitOverrunError",
    "SendfileNotAvailableError",
    "BrokenBarrierError",
    "QueueEmpty",
    "QueueFull",
    "QueueShutDown",
]

for name in NAMES:
    cls = getattr(asyncio, name, None)
    if cls is None:
        print(f"{name}: not in this Python")  # (1)!
        continue
    bases = " -> ".join(c.__name__ for c in cls.__mro__[1:-1])
    print(f"{name}: {bases}")

print(f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}")  # (2)!
