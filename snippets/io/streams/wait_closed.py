import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def handle(reader, writer):
    await asyncio.sleep(1.0)  # (1)!
    writer.write(b"late reply\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    log("handler finished")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.2)
    server.close()  # (2)!
    log("server.close()")
    await server.wait_closed()  # (3)!
    log("wait_closed() returned")
    log(f"client still gets {await reader.readline()!r}")  # (4)!
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
