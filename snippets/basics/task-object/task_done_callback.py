import asyncio
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="-")


def report(task, label="report"):  # (1)!
    print(f"{label}: {task.get_name()} -> {task.result()}, request_id={request_id.get()}")


async def job():
    await asyncio.sleep(0.1)
    return 42


async def main():
    task = asyncio.create_task(job(), name="job")
    task.add_done_callback(report)
    task.add_done_callback(functools.partial(report, label="partial"))  # (2)!
    context = contextvars.copy_context()
    context.run(request_id.set, "r-7")
    task.add_done_callback(report, context=context)  # (3)!
    print(f"await: {await task}")
    task.add_done_callback(report)  # (4)!
    print("added to a finished task")
    await asyncio.sleep(0)
    try:
        task.add_done_callback(report, context)
    except TypeError as e:
        print(f"TypeError: {e}")


asyncio.run(main())
