import asyncio
import threading

barrier = asyncio.Barrier(3)
print(f"parties={barrier.parties} n_waiting={barrier.n_waiting} broken={barrier.broken}")

try:
    asyncio.Barrier(0)
except ValueError as e:
    print(f"ValueError: {e}")

print(f"subclass of RuntimeError: {issubclass(asyncio.BrokenBarrierError, RuntimeError)}")
print(f"same class as threading's: {asyncio.BrokenBarrierError is threading.BrokenBarrierError}")
