import asyncio

try:
    loop = asyncio.get_event_loop()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")  # (1)!
else:
    print(f"got a loop: running={loop.is_running()}, closed={loop.is_closed()}")  # (2)!
    print(f"second call, same loop: {asyncio.get_event_loop() is loop}")  # (3)!
    loop.close()
