import asyncio


async def count_bytes(reader, writer):
    data = await reader.read()  # (1)!
    lines = data.splitlines()
    writer.write(f"got {len(data)} bytes in {len(lines)} lines\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(count_bytes, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
        print("peername host:", writer.get_extra_info("peername")[0])  # (2)!
        print("socket family:", writer.get_extra_info("socket").family.name)
        print("sslcontext:", writer.get_extra_info("sslcontext", "no TLS"))
        writer.write(b"one\n")
        writer.writelines([b"two\n", b"three\n"])  # (3)!
        await writer.drain()
        print("can_write_eof():", writer.can_write_eof())
        writer.write_eof()  # (4)!
        print("reply:", await reader.readline())
        print("is_closing():", writer.is_closing())
        writer.close()  # (5)!
        print("is_closing():", writer.is_closing())
        await writer.wait_closed()
        print("closed")


asyncio.run(main())
