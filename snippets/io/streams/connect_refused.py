import asyncio
import errno
import socket


async def main():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # (1)!
        port = sock.getsockname()[1]
        try:
            await asyncio.open_connection("127.0.0.1", port)
        except ConnectionRefusedError as e:  # (2)!
            print(type(e).__name__, errno.errorcode[e.errno])
            print(f"an OSError: {isinstance(e, OSError)}")


asyncio.run(main())
