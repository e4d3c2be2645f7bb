import asyncio

PAYLOAD = b"HELLO\nsize=5\nabcdeEND;tail"


def show(call, result):
    print(f"{call:<18} -> {result!r}")


async def send_and_close(reader, writer):
    writer.write(PAYLOAD)  # (1)!
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_and_close, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        show("readline()", await reader.readline())
        show("readuntil(b'\\n')", await reader.readuntil(b"\n"))
        show("readexactly(5)", await reader.readexactly(5))
        show("read(2)", await reader.read(2))  # (2)!
        show("readuntil(b';')", await reader.readuntil(b";"))
        show("at_eof()", reader.at_eof())  # (3)!
        show("read()", await reader.read())  # (4)!
        show("at_eof()", reader.at_eof())
        show("read()", await reader.read())  # (5)!
        show("readline()", await reader.readline())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
