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


async def registrar(queues):
    for name, kind in PATIENTS:
        await asyncio.sleep(0.1)  # (1)!
        await queues[kind].put(name)
        log(f"registrar: {name} -> {kind}")


async def doctor(kind, queue):
    try:
        while True:
            name = await queue.get()
            log(f"{kind} takes {name}")
            await asyncio.sleep(1.0)
            queue.task_done()  # (2)!
    finally:
        log(f"{kind} goes home")  # (3)!


async def main():
    queues = {kind: asyncio.Queue() for kind in ("therapist", "surgeon", "ENT")}
    doctors = [asyncio.create_task(doctor(kind, queue)) for kind, queue in queues.items()]
    await registrar(queues)
    for queue in queues.values():
        await queue.join()  # (4)!
    log("all patients seen")
    for task in doctors:
        task.cancel()
    await asyncio.gather(*doctors, return_exceptions=True)  # (5)!
    log("clinic closed")


asyncio.run(main())
