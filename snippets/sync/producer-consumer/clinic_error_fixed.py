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
        raise RuntimeError(f"no medical record for {name}")


async def doctor(kind, queue, errors):
    while True:
        name = await queue.get()
        log(f"{kind} takes {name}")
        try:
            await appointment(name)
        except Exception as exc:  # (1)!
            log(f"{kind} failed with {name}: {exc!r}")
            errors.append(exc)
        finally:
            queue.task_done()  # (2)!


async def main():
    queues = {kind: asyncio.Queue() for kind in ("therapist", "surgeon", "ENT")}
    errors = []
    doctors = [asyncio.create_task(doctor(kind, queue, errors)) for kind, queue in queues.items()]
    await registrar(queues)
    await asyncio.gather(*(queue.join() for queue in queues.values()))
    log(f"all patients seen, errors: {errors!r}")  # (3)!

    for task in doctors:
        task.cancel()
    await asyncio.gather(*doctors, return_exceptions=True)
    log("clinic closed")


asyncio.run(main())
# --8<-- [end:code]
