import asyncio

event = asyncio.Event()  # (1)!


async def wait_for_event():
    print("Waiting for the event")
    await event.wait()
    print("Event received")


async def set_event():
    print("Setting the event")
    event.set()


async def main():
    task1 = asyncio.create_task(wait_for_event())  # (2)!
    task2 = asyncio.create_task(set_event())
    await asyncio.gather(task1, task2)


asyncio.run(main())
