import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)  # (1)!
print(f"get_event_loop() is loop: {asyncio.get_event_loop() is loop}")

asyncio.set_event_loop(None)  # (2)!
loop.close()

try:
    asyncio.set_event_loop("loop")  # (3)!
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
