import asyncio


def report(future):  # (1)!
    print(f"report: result={future.result()!r}")


def audit(future):
    print("audit: called")


async def main():
    future = asyncio.get_running_loop().create_future()
    future.add_done_callback(report)
    future.add_done_callback(audit)
    future.add_done_callback(audit)
    print(f"removed: {future.remove_done_callback(audit)}")  # (2)!
    future.set_result(42)
    print("set_result() returned")  # (3)!
    await asyncio.sleep(0)
    future.add_done_callback(report)  # (4)!
    print("added a callback to a done future")
    await asyncio.sleep(0)


asyncio.run(main())
