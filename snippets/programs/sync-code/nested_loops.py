import asyncio


async def fetch():
    return "data"


def attempt(label, run):
    coro = fetch()
    try:
        run(coro)
    except RuntimeError as e:
        print(f"{label}: {type(e).__name__}: {e}")
    finally:
        coro.close()  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    attempt("asyncio.run()", asyncio.run)
    attempt("loop.run_until_complete()", loop.run_until_complete)  # (2)!
    other = asyncio.new_event_loop()
    attempt("another loop", other.run_until_complete)  # (3)!
    other.close()
    attempt("asyncio.Runner().run()", asyncio.Runner().run)
    print(f"await: {await fetch()}")  # (4)!


asyncio.run(main())
