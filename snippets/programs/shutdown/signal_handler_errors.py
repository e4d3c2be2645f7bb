import asyncio
import signal
import threading


def attempt(label, call):
    try:
        call()
    except Exception as e:
        print(f"{label:<22} {type(e).__name__}: {e}")
    else:
        print(f"{label:<22} ok")


async def on_signal():
    pass


def in_thread():
    loop = asyncio.new_event_loop()
    attempt("in another thread:", lambda: loop.add_signal_handler(signal.SIGTERM, print))  # (4)!
    loop.close()


async def main():
    loop = asyncio.get_running_loop()
    attempt("a regular function:", lambda: loop.add_signal_handler(signal.SIGTERM, print))
    attempt("a coroutine function:", lambda: loop.add_signal_handler(signal.SIGTERM, on_signal))  # (1)!
    attempt("SIGKILL:", lambda: loop.add_signal_handler(signal.SIGKILL, print))  # (2)!
    attempt("signal number 0:", lambda: loop.add_signal_handler(0, print))
    attempt("the string 'SIGTERM':", lambda: loop.add_signal_handler("SIGTERM", print))  # (3)!
    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()


asyncio.run(main())
