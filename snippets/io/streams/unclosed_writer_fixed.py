import asyncio
import gc
import warnings


async def handle(reader, writer):
    try:
        writer.write((await reader.readline()).upper())
        await writer.drain()
    finally:
        writer.close()  # (1)!
        await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    writer.write(b"hi\n")
    print(f"reply {await reader.readline()!r}")
    print(f"read() -> {await asyncio.wait_for(reader.read(), 1.0)!r}")
    writer.close()
    await writer.wait_closed()
    server.close()
    await asyncio.wait_for(server.wait_closed(), 1.0)
    print("server closed")


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", ResourceWarning)
    asyncio.run(main())
    gc.collect()
print("warnings:", len(caught))
