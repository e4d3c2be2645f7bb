import asyncio


async def send_lines(reader, writer):
    writer.write(b"dos line\r\nunix line\nlast;")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_lines, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        try:
            for _ in range(3):
                print(await reader.readuntil((b"\r\n", b"\n", b";")))  # (1)!
        except TypeError as e:
            print(f"TypeError: {e}")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
