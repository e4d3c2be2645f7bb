import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def show(label):
    print(f"{label}: user={user.get()}")
    user.set(f"set by {label}")


async def main():
    user.set("alice")
    task = asyncio.create_task(show("copy"))  # (1)!
    user.set("bob")
    await task
    print(f"main: user={user.get()}")  # (2)!

    shared = contextvars.Context()  # (3)!
    await asyncio.create_task(show("first"), context=shared)
    await asyncio.create_task(show("second"), context=shared)
    print(f"main: user={user.get()}, shared[user]={shared[user]}")


asyncio.run(main())
