import asyncio
import gc


async def job():
    try:
        await asyncio.get_running_loop().create_future()  # (1)!
    finally:
        print("job: finally")


def handler(loop, context):
    print(f"handler: {context['message']}")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)  # (2)!
    asyncio.create_task(job())  # (3)!
    await asyncio.sleep(0.1)
    gc.collect()  # (4)!
    print(f"tasks left: {len(asyncio.all_tasks())}")


asyncio.run(main())
