import asyncio


async def party(barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(f"party: {type(e).__name__}: {e}")  # (1)!


async def main():
    barrier = asyncio.Barrier(2)
    task = asyncio.create_task(party(barrier))
    await asyncio.sleep(0.1)
    await barrier.abort()
    await task
    try:
        await barrier.wait()  # (2)!
    except asyncio.BrokenBarrierError as e:
        print(f"main: {type(e).__name__}: {e}")


asyncio.run(main())
