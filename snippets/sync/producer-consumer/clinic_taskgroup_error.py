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
    for queue in queues.values():
        await queue.put(None)


async def appointment(name):
    await asyncio.sleep(1.0)
    if name == "Elena Vasilyeva":
        raise RuntimeError(f"no medical record for {name}")


async def doctor(kind, queue):
    while (name := await queue.get()) is not None:
        log(f"{kind} takes {name}")
        await appointment(name)  # (1)!
    log(f"{kind} goes home")


async def main():
    queues = {kind: asyncio.Queue() for kind in ("therapist", "surgeon", "ENT")}
    doctors = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for kind, queue in queues.items():
                doctors[kind] = tg.create_task(doctor(kind, queue))
            tg.create_task(registrar(queues))
    except* RuntimeError as group:  # (2)!
        log(f"clinic closed early: {group.exceptions!r}")
    cancelled = [kind for kind, task in doctors.items() if task.cancelled()]
    log(f"cancelled: {', '.join(cancelled)}")  # (3)!


asyncio.run(main())
# --8<-- [end:code]
