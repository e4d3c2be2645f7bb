import asyncio
import sys

kept = []


async def fail(name):
    raise ValueError(name)


async def main():
    asyncio.create_task(fail("dropped"), name="dropped")  # (1)!
    kept.append(asyncio.create_task(fail("kept"), name="kept"))  # (2)!
    await asyncio.sleep(0.1)
    print("main: still running", file=sys.stderr)  # (3)!


asyncio.run(main())
print("asyncio.run() returned", file=sys.stderr)
print(f"still referenced: {[task.get_name() for task in kept]}")  # (4)!
