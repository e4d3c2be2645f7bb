import asyncio
import contextlib
import json

ITEMS = [f"item-{i}" for i in range(1, 11)]
PAGE_SIZE = 3
disconnected = asyncio.Event()


async def handle(reader, writer):  # (1)!
    async for line in reader:
        cursor = json.loads(line)["cursor"]
        print(f"server: page after cursor {cursor}")
        first = int(cursor or 0)
        last = first + PAGE_SIZE
        page = {
            "items": ITEMS[first:last],
            "next": str(last) if last < len(ITEMS) else None,
        }
        writer.write(json.dumps(page).encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: client disconnected")
    disconnected.set()


async def fetch_items(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        cursor = None
        while True:
            print(f"client: fetching the page after cursor {cursor}")
            writer.write(json.dumps({"cursor": cursor}).encode() + b"\n")
            await writer.drain()
            page = json.loads(await reader.readline())
            for item in page["items"]:
                yield item  # (2)!
            cursor = page["next"]
            if cursor is None:  # (3)!
                return
    finally:
        writer.close()  # (4)!
        await writer.wait_closed()
        print("client: connection closed")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with contextlib.aclosing(fetch_items(port)) as items:  # (5)!
            async for item in items:
                print(item)
                if item == "item-5":
                    break  # (6)!
        print("main: after the loop")
        await disconnected.wait()  # (7)!


asyncio.run(main())
