import asyncio


async def save(item):
    await asyncio.sleep(0.1)
    print(f"saved {item}")


async def main():
    save("report")
    await asyncio.sleep(0.2)
    print("main: done")


asyncio.run(main())
