import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def handle(reader, writer):
    try:
        while True:
            async with asyncio.timeout(1.0):
                if not await reader.readline():
                    break
            writer.write(b"pong\n")
            await writer.drain()
    except TimeoutError:
        pass
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        writer.write(b"ping\n")
        await writer.drain()
        log(f"readline() -> {await reader.readline()!r}")  # (1)!
        writer.write(b"ping\n")
        await writer.drain()
        log(f"read(100) -> {await reader.read(100)!r}")  # (2)!
        log(f"read() -> {await reader.read()!r}")  # (3)!
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
