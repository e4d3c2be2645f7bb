import asyncio


async def job():
    print("job started")
    return "job result"


async def main():
    try:
        await asyncio.wait_for(job(), timeout=0)  # (1)!
    except TimeoutError:
        print("coroutine: TimeoutError")

    ready = asyncio.get_running_loop().create_future()
    ready.set_result("ready")
    print(f"finished future: {await asyncio.wait_for(ready, timeout=0)}")  # (2)!


asyncio.run(main())
