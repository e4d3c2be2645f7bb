import asyncio


async def main():
    return asyncio.get_running_loop().get_debug()


print(f"debug=True:  {asyncio.run(main(), debug=True)}")
print(f"debug=False: {asyncio.run(main(), debug=False)}")
