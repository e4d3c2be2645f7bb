import asyncio


def compute():
    return 42


class Ready:
    def __await__(self):
        return 7
        yield

    def __repr__(self):
        return "Ready()"


for arg in [compute(), Ready()]:  # (1)!
    try:
        print(asyncio.run(arg))
    except (ValueError, TypeError) as e:  # (2)!
        print(f"{type(e).__name__}: {e}")
