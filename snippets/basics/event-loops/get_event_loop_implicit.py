import asyncio
import warnings

with warnings.catch_warnings(record=True) as caught:  # (1)!
    warnings.simplefilter("always")
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")  # (2)!
        loop = None

for w in caught:
    print(f"{w.category.__name__}: {w.message}")

if loop is not None:
    print(f"got a loop: running={loop.is_running()}, closed={loop.is_closed()}")  # (3)!
    print(f"second call, same loop: {asyncio.get_event_loop() is loop}")  # (4)!
    loop.close()
