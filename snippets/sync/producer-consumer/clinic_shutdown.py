# Python 3.13+
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
        queue.shutdown()  # (1)!


async def doctor(kind, queue):
    while True:
        try:
            name = await queue.get()
        except asyncio.QueueShutDown:  # (2)!
            break
        log(f"{kind} takes {name}")
        await asyncio.sleep(1.0)
    log(f"{kind} goes home")


async def main():
    queues = {kind: asyncio.Queue() for kind in ("therapist", "surgeon", "ENT")}
    async with asyncio.TaskGroup() as tg:
        for kind, queue in queues.items():
            tg.create_task(doctor(kind, queue))
        tg.create_task(registrar(queues))
    log("clinic closed")


asyncio.run(main())
# --8<-- [end:code]
