import asyncio
import time

MiB = 1024 * 1024
start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.0f}s {msg}")


async def slow_server(reader, writer):
    await asyncio.sleep(1.0)
    data = await reader.read()
    writer.write(f"got {len(data) // MiB} MiB\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(slow_server, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        low, high = writer.transport.get_write_buffer_limits()
        print(f"buffer limits: low {low // 1024} KiB, high {high // 1024} KiB")
        biggest = 0
        for _ in range(8):
            writer.write(b"x" * MiB)
            await writer.drain()  # (1)!
            biggest = max(biggest, writer.transport.get_write_buffer_size())
        log(f"8 MiB written, buffer above the high-water mark: {biggest > high}")  # (2)!
        writer.write_eof()
        log(f"reply {await reader.readline()!r}")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
