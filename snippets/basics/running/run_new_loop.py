import asyncio

loops = []


async def main():
    loops.append(asyncio.get_running_loop())


asyncio.run(main())
asyncio.run(main())  # (1)!
print(f"same loop: {loops[0] is loops[1]}")
print(f"first closed: {loops[0].is_closed()}")  # (2)!
print(f"second closed: {loops[1].is_closed()}")
