import asyncio

print(f"Semaphore(): locked={asyncio.Semaphore().locked()}")
print(f"Semaphore(0): locked={asyncio.Semaphore(0).locked()}")  # (1)!

try:
    asyncio.Semaphore(-1)
except ValueError as e:
    print(f"ValueError: {e}")

try:
    asyncio.Semaphore(2, loop=None)  # (2)!
except TypeError as e:
    print(f"TypeError: {e}")
