import asyncio
import io
import socket


async def main():
    loop = asyncio.get_running_loop()
    sender, receiver = socket.socketpair()  # (1)!
    sender.setblocking(False)
    receiver.setblocking(False)
    with sender, receiver:
        try:
            await loop.sock_sendfile(sender, io.BytesIO(b"data"), fallback=False)  # (2)!
        except asyncio.SendfileNotAvailableError as e:
            print(f"{type(e).__name__}: {e}")
        sent = await loop.sock_sendfile(sender, io.BytesIO(b"data"))  # (3)!
        print(f"with fallback: sent {sent} bytes, received {await loop.sock_recv(receiver, 100)!r}")


asyncio.run(main())
