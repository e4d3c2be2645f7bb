import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{text}\n".encode())
    await writer.drain()
    log(f"reply {(await reader.readline()).decode().strip()!r}")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)  # (1)!
    port = server.sockets[0].getsockname()[1]
    log(f"serving before serve_forever(): {server.is_serving()}")
    task = asyncio.create_task(server.serve_forever())  # (2)!
    await asyncio.sleep(0.5)
    log(f"serving: {server.is_serving()}")
    await ask(port, "ping")
    task.cancel()  # (3)!
    try:
        await task
    except asyncio.CancelledError:
        log(f"serve_forever() cancelled, serving: {server.is_serving()}")
    try:
        await ask(port, "again")
    except ConnectionRefusedError:
        log("ConnectionRefusedError")  # (4)!


asyncio.run(main())
