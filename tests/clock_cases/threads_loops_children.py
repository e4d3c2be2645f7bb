import asyncio
import threading
import time


async def work(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    t0 = time.perf_counter()
    for i in range(3):
        await asyncio.sleep(1)
    print(f"sequential: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    r = await asyncio.gather(work("a", 1), work("b", 2), work("c", 1.5))
    print(r, f"concurrent: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    await asyncio.to_thread(time.sleep, 2)
    print(f"to_thread: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    loop = asyncio.get_running_loop()
    res = await asyncio.gather(*(asyncio.to_thread(time.sleep, i / 10) for i in range(10)))
    print(f"10 threads: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 5), 1)
    except TimeoutError:
        print(f"timeout after {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    p = await asyncio.create_subprocess_exec("sleep", "0.2")
    await p.wait()
    print("child done", p.returncode)
    p = await asyncio.create_subprocess_exec("sleep", "10")
    try:
        await asyncio.wait_for(p.wait(), 0.5)
    except TimeoutError:
        print("child timeout", f"{time.perf_counter() - t0:.1f}")
        p.kill()
        await p.wait()

    # loop in another thread
    def runner(loop):
        asyncio.set_event_loop(loop)
        loop.run_forever()

    other = asyncio.new_event_loop()
    th = threading.Thread(target=runner, args=(other,))
    th.start()
    t0 = time.perf_counter()
    fut = asyncio.run_coroutine_threadsafe(work("x", 3), other)
    print(await asyncio.wrap_future(fut), f"{time.perf_counter() - t0:.1f}")
    other.call_soon_threadsafe(other.stop)
    await asyncio.to_thread(th.join)
    other.close()


asyncio.run(main())
t0 = time.perf_counter()


def blocking():
    loop = asyncio.new_event_loop()
    return loop.run_until_complete(work("y", 2))


th = threading.Thread(target=lambda: print(blocking(), f"{time.perf_counter() - t0:.1f}"))
th.start()
th.join()
print("end", f"{time.perf_counter():.1f}")
