import asyncio
import warnings


def warned(label, call):
    with warnings.catch_warnings(record=True) as caught:  # (1)!
        warnings.simplefilter("always")
        result = call()
    for w in caught:
        print(f"{label}: {w.category.__name__}: {w.message}")
    if not caught:
        print(f"{label}: no warning")
    return result


warned("get_event_loop_policy()", asyncio.get_event_loop_policy)
warned("set_event_loop_policy(None)", lambda: asyncio.set_event_loop_policy(None))


class MyLoop(asyncio.SelectorEventLoop):  # (2)!
    pass


async def main():
    return type(asyncio.get_running_loop()).__name__


with asyncio.Runner(loop_factory=MyLoop) as runner:  # (3)!
    print(f"Runner(loop_factory=MyLoop) runs on {runner.run(main())}")

print(f"child watchers exist: {hasattr(asyncio, 'AbstractChildWatcher')}")  # (4)!
