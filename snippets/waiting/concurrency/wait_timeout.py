import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay):
    await asyncio.sleep(delay)
    log(f"{name} finished")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("fast", 0.2), name="fast"),
        asyncio.create_task(job("slow", 1.0), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.5)  # (1)!
    log(f"wait returned: done={sorted(t.get_name() for t in done)}, "
        f"pending={sorted(t.get_name() for t in pending)}")
    await asyncio.wait(pending)  # (2)!
    log(f"slow result: {tasks[1].result()}")


asyncio.run(main())
