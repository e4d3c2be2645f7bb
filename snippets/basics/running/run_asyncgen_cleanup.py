import asyncio


async def numbers():
    try:
        for n in range(3):
            yield n
    finally:
        print("numbers: finally")  # (1)!


agen = numbers()


async def main():
    print(f"got {await anext(agen)}")
    print("main: return")  # (2)!


asyncio.run(main())
print("after asyncio.run")
