import asyncio


async def send_lines(reader, writer):
    writer.writelines([b"first\n", b"second\n", b"last line without newline"])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_lines, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        async for line in reader:  # (1)!
            print(repr(line))
        print("EOF:", reader.at_eof())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
