import asyncio
import selectors
import time


class SkipIdleSelector(selectors.DefaultSelector):
    skipped = 0.0  # seconds the loop did not wait

    def select(self, timeout=None):
        events = super().select(0)  # (1)!
        if events or timeout == 0:
            return events
        if timeout is None:  # (2)!
            return super().select(None)
        self.skipped += timeout  # (3)!
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self._idle = SkipIdleSelector()
        super().__init__(self._idle)  # (4)!

    def time(self):  # (5)!
        return time.monotonic() + self._idle.skipped


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(3600)
    print(f"slept until {loop.time() - start:.1f} s")
    try:
        async with asyncio.timeout(30):
            await asyncio.Event().wait()  # (6)!
    except TimeoutError:
        print(f"timed out at {loop.time() - start:.1f} s")


if __name__ == "__main__":
    with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:  # (7)!
        runner.run(main())
