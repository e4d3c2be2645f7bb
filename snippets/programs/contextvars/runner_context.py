import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def remember(rid):
    request_id.set(rid)


async def report():
    return request_id.get()


request_id.set("top level")
with asyncio.Runner() as runner:  # (1)!
    request_id.set("inside with")
    print(f"first run sees: {runner.run(report())}")
    runner.run(remember("req-1"))
    request_id.set("changed at top level")  # (2)!
    print(f"next run sees: {runner.run(report())}")  # (3)!

    ctx = contextvars.Context()
    runner.run(remember("req-2"), context=ctx)  # (4)!
    print(f"ctx holds: {ctx[request_id]}, next run sees: {runner.run(report())}")
print(f"top level: {request_id.get()}")

asyncio.run(remember("req-3"))  # (5)!
print(f"after asyncio.run: {request_id.get()}, next asyncio.run sees: {asyncio.run(report())}")
