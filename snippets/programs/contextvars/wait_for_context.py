import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def login(name):
    request_id.set(name)
    await asyncio.sleep(0.1)


async def main():
    async with asyncio.timeout(1):  # (1)!
        await login("in timeout")
    print(f"after asyncio.timeout: {request_id.get()}")

    request_id.set("main")
    await asyncio.wait_for(login("in wait_for"), timeout=1)  # (2)!
    print(f"after asyncio.wait_for: {request_id.get()}")


asyncio.run(main())
