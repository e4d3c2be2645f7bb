import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def handle_echo(reader, writer):  # (1)!
    data = await reader.readline()
    log(f"server got {data!r}")
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)  # (2)!
    host, port = server.sockets[0].getsockname()
    log(f"serving on {host}")
    async with server:  # (3)!
        reader, writer = await asyncio.open_connection(host, port)  # (4)!
        await asyncio.sleep(0.5)
        writer.write(b"hello\n")
        await writer.drain()
        reply = await reader.readline()
        log(f"client got {reply!r}")
        writer.close()
        await writer.wait_closed()
    log("server closed")


asyncio.run(main())
