# Python 3.12+
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def login(name):
    user.set(name)
    await asyncio.sleep(0.1)


async def main():
    task = asyncio.create_task(login("alice"))
    await task
    print(f"main sees: {user.get()}")
    print(f"task context: {task.get_context()[user]}")  # (1)!
    shared = contextvars.Context()
    task = asyncio.create_task(login("bob"), context=shared)
    print(f"same object: {task.get_context() is shared}")  # (2)!
    await task
    print(f"shared[user] = {shared[user]}")


asyncio.run(main())
