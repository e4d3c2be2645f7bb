import asyncio


async def send_lines(reader, writer):
    writer.write(b"0123456789abcdef\nshort\n")  # (1)!
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_lines, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(
            *server.sockets[0].getsockname(), limit=8  # (2)!
        )
        try:
            await reader.readuntil(b"\n")
        except asyncio.LimitOverrunError as e:  # (3)!
            print(f"readuntil(): {type(e).__name__}: {e}, consumed={e.consumed}")
        try:
            await reader.readline()
        except ValueError as e:  # (4)!
            print(f"readline(): {type(e).__name__}: {e}")
        print("next readline():", await reader.readline())  # (5)!
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
