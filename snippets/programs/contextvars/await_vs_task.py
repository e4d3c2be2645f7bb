import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def login(name):
    request_id.set(name)
    await asyncio.sleep(0.1)


async def main():
    await login("awaited")  # (1)!
    print(f"after await: {request_id.get()}")

    await asyncio.create_task(login("task"))  # (2)!
    print(f"after a task: {request_id.get()}")

    await asyncio.gather(login("gather-1"), login("gather-2"))  # (3)!
    print(f"after gather: {request_id.get()}")


asyncio.run(main())
