import asyncio

loop = asyncio.new_event_loop()
start = loop.time()


def log(msg):
    print(f"t={loop.time() - start:.1f}s {msg}")


async def heartbeat():
    for _ in range(3):
        await asyncio.sleep(0.3)
        log("heartbeat")


task = loop.create_task(heartbeat())
loop.call_later(1.0, loop.stop)  # (1)!
loop.run_forever()  # (2)!
log(f"run_forever() returned, task done: {task.done()}")
loop.close()
