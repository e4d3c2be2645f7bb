import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


def report(future):
    print(f"report: request_id={request_id.get()}, result={future.result()}")


async def main():
    future = asyncio.get_running_loop().create_future()
    request_id.set("r1")
    future.add_done_callback(report)  # (1)!
    future.add_done_callback(report, context=contextvars.Context())  # (2)!
    request_id.set("r2")
    future.set_result(42)
    await asyncio.sleep(0)


asyncio.run(main())
