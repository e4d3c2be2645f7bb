import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    log(f"server: {name} connected")
    await asyncio.sleep(0.5)  # (1)!
    writer.write(f"bye, {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, delay):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    reply = await reader.readline()
    log(f"{name} got {reply.decode().strip()!r}")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(  # (2)!
            client(port, "alice", 0.0),
            client(port, "bob", 0.1),
            client(port, "carol", 0.2),
        )
    log("done")


asyncio.run(main())
