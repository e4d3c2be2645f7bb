import asyncio
import concurrent.futures


async def main():
    print(f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}")
    print(
        "concurrent.futures.TimeoutError is TimeoutError: "
        f"{concurrent.futures.TimeoutError is TimeoutError}"
    )
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)
    except asyncio.TimeoutError as e:  # (1)!
        print(f"caught {type(e).__module__}.{type(e).__qualname__}")
    print(f"subclass of OSError: {issubclass(TimeoutError, OSError)}")  # (2)!


asyncio.run(main())
