import asyncio
import contextvars

tags = contextvars.ContextVar("tags")


async def mutate():
    tags.get().append("from task")  # (1)!


async def replace():
    tags.set([*tags.get(), "from task"])  # (2)!


async def main():
    tags.set(["main"])
    await asyncio.create_task(mutate())
    print(f"after mutate: {tags.get()}")

    tags.set(["main"])
    await asyncio.create_task(replace())
    print(f"after replace: {tags.get()}")


asyncio.run(main())
