# Python 3.13+
import asyncio

SIZE = 64 * 1024 * 1024


async def handle(reader, writer):
    writer.write(b"x" * SIZE)  # (1)!
    await reader.read()
    print("handler: the connection is closed")


async def shut_down(how):
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    await asyncio.sleep(0.1)
    server.close()  # (2)!
    getattr(server, how)()  # (3)!
    data = await reader.read()
    print(f"{how}(): the client got all {SIZE} bytes: {len(data) == SIZE}")
    await server.wait_closed()
    writer.close()
    await writer.wait_closed()


async def main():
    await shut_down("close_clients")
    await shut_down("abort_clients")


asyncio.run(main())
