import asyncio
import socket


def keepalive(sock):
    return sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)


async def handle(reader, writer):
    print("connection SO_KEEPALIVE:", keepalive(writer.get_extra_info("socket")))
    writer.close()
    await writer.wait_closed()


async def main():
    try:
        server = await asyncio.start_server(
            handle, "127.0.0.1", 0, keep_alive=True  # (1)!
        )
    except TypeError as e:
        print(f"TypeError: {e}")
        return
    async with server:
        sock = server.sockets[0]
        print("listening SO_KEEPALIVE:", keepalive(sock))
        reader, writer = await asyncio.open_connection(*sock.getsockname())
        await reader.read()
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
