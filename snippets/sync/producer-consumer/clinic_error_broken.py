import asyncio
import time

PATIENTS = [
    ("Alexey Ivanov", "therapist"),
    ("Maria Petrova", "surgeon"),
    ("Irina Sidorova", "ENT"),
    ("Vladimir Kuznetsov", "therapist"),
    ("Elena Vasilyeva", "surgeon"),
    ("Dmitry Nikolaev", "ENT"),
    ("Svetlana Mikhailova", "therapist"),
    ("Nikita Alekseev", "surgeon"),
    ("Olga Sergeeva", "ENT"),
    ("Anna Zhukova", "therapist"),
]
start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")



# --8<-- [start:code]
async def registrar(queues):
    for name, kind in PATIENTS:
        await asyncio.sleep(0.1)
        await queues[kind].put(name)
        log(f"registrar: {name} -> {kind}")


async def appointment(name):
    await asyncio.sleep(1.0)
    if name == "Elena Vasilyeva":
        raise RuntimeError(f"no medical record for {name}")  # (1)!


async def doctor(kind, queue):
    while True:
        name = await queue.get()
        log(f"{kind} takes {name}")
        await appointment(name)
        queue.task_done()  # (2)!


async def main():
    queues = {kind: asyncio.Queue() for kind in ("therapist", "surgeon", "ENT")}
    doctors = [asyncio.create_task(doctor(kind, queue)) for kind, queue in queues.items()]
    await registrar(queues)
    joins = asyncio.gather(*(queue.join() for queue in queues.values()))
    try:
        await asyncio.wait_for(joins, timeout=4)
        log("all patients seen")
    except TimeoutError:
        log("join() is still waiting after 4 s")  # (3)!

    for kind, task in zip(queues, doctors):
        if task.done():
            left = queues[kind].qsize()
            log(f"{kind} task died: {task.exception()!r}, {left} left in its queue")  # (4)!
    for task in doctors:
        task.cancel()
    await asyncio.gather(*doctors, return_exceptions=True)


asyncio.run(main())
# --8<-- [end:code]
