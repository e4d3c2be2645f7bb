import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def step(name):
    log(f"{name} starts in {asyncio.current_task().get_name()}")
    await asyncio.sleep(0.5)
    log(f"{name} ends")


async def main():
    asyncio.current_task().set_name("main")
    await step("a")  # (1)!
    await step("b")
    task_c = asyncio.create_task(step("c"), name="task-c")  # (2)!
    task_d = asyncio.create_task(step("d"), name="task-d")
    await task_c
    await task_d
    log("done")


asyncio.run(main())
