import asyncio
import gc
import warnings


def short(message):
    head, bracket, rest = str(message).partition("<")
    return f"{head}<{rest.split(' ')[0]} ...>" if bracket else head


async def handle(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()  # (1)!


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    writer.write(b"hi\n")
    print(f"reply {await reader.readline()!r}")
    try:
        print(f"read() -> {await asyncio.wait_for(reader.read(), 1.0)!r}")  # (2)!
    except TimeoutError:
        print("TimeoutError: the server did not close the connection")
    writer.close()
    await writer.wait_closed()
    server.close()
    try:
        await asyncio.wait_for(server.wait_closed(), 1.0)  # (3)!
        print("server closed")
    except TimeoutError:
        print("TimeoutError: wait_closed() waits for the connection")


with warnings.catch_warnings(record=True) as caught:  # (4)!
    warnings.simplefilter("always", ResourceWarning)
    asyncio.run(main())
    gc.collect()
for text in sorted(f"{w.category.__name__}: {short(w.message)}" for w in caught):
    print(text)
