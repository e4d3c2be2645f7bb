import asyncio


async def main():
    return "done"


print(asyncio.run(main()))  # (1)!

loop = asyncio.new_event_loop()  # (2)!
try:
    print(loop.run_until_complete(main()))
finally:
    loop.close()
