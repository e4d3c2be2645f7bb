import asyncio


async def send_and_close(reader, writer):
    writer.write(b"abc")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_and_close, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    async with server:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            await reader.readexactly(5)  # (1)!
        except asyncio.IncompleteReadError as e:
            print(f"{type(e).__name__}: {e}")
            print(f"partial={e.partial!r} expected={e.expected!r}")
            print("an EOFError:", isinstance(e, EOFError))
        writer.close()
        await writer.wait_closed()

        reader, writer = await asyncio.open_connection(host, port)
        try:
            await reader.readuntil(b";")  # (2)!
        except asyncio.IncompleteReadError as e:
            print(f"{type(e).__name__}: {e}")
            print(f"partial={e.partial!r} expected={e.expected!r}")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
