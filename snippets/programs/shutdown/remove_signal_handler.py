import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    print(f"remove, nothing set:  {loop.remove_signal_handler(signal.SIGTERM)}")  # (1)!
    loop.add_signal_handler(signal.SIGTERM, print, "SIGTERM")
    loop.add_signal_handler(signal.SIGINT, print, "SIGINT")
    print(f"remove SIGTERM:       {loop.remove_signal_handler(signal.SIGTERM)}")
    print(f"remove it again:      {loop.remove_signal_handler(signal.SIGTERM)}")
    print(f"SIGTERM is SIG_DFL:   {signal.getsignal(signal.SIGTERM) is signal.SIG_DFL}")  # (2)!
    print("SIGINT is left set; main returns")


asyncio.run(main())
default = signal.getsignal(signal.SIGINT) is signal.default_int_handler
print(f"after asyncio.run(), SIGINT is default_int_handler: {default}")  # (3)!
