import asyncio
import os
import sys
import tempfile


async def handle(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main(path):
    server = await asyncio.start_unix_server(handle, path)  # (1)!
    print("socket file exists:", os.path.exists(path))
    print("server address is the path:", server.sockets[0].getsockname() == path)
    async with server:
        reader, writer = await asyncio.open_unix_connection(path)  # (2)!
        writer.write(b"hello over a unix socket\n")
        await writer.drain()
        print("reply:", await reader.readline())
        writer.close()
        await writer.wait_closed()
    print("socket file after close:", os.path.exists(path))  # (3)!


if sys.platform == "win32":
    print("start_unix_server() is available on Unix only")
else:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(main(os.path.join(tmp, "echo.sock")))
