import asyncio


async def handle(reader, writer):
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(type(server).__name__, "serving:", server.is_serving())
    for sock in server.sockets:  # (1)!
        print(type(sock).__name__, sock.family.name, sock.getsockname()[0])
    print("same loop:", server.get_loop() is asyncio.get_running_loop())
    server.close()  # (2)!
    print("after close():", server.sockets, "serving:", server.is_serving())
    await server.wait_closed()
    print("closed")


asyncio.run(main())
