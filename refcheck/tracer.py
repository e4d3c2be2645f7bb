"""Records what each task of a snippet did and when: the data behind its timeline picture.

Loaded by sitecustomize when the runner sets SNIPPETS_TRACE=<file> (only for snippets that have a
`<name>.timeline` file, and only on the virtual clock, so that every time is exact). At exit the
trace is written as one event per line, tab-separated:

    <seconds>  <lane>  <event>  <detail>

lane     the task name (or the thread name for code outside any task);
event    created <label> | named <new name> | runs | waits <on> | ends <result|exception Name|cancelled> | prints <text>;
on       what a suspended task waits on: the asyncio call its own code awaited: sleep, lock, event,
         condition, semaphore, barrier, queue, task, io, process, thread, future, yield.

Tasks are traced by running them as asyncio's pure-Python Task class (the same code the C
class accelerates) with a hook around each step; nothing else about the snippet changes. The
snippet's printed output is still compared with its `.out`, and `make test-realtime` runs it
untraced, with the C Task, against the same `.out`.
"""

from __future__ import annotations

import asyncio
import atexit
import re
import sys
import threading
import time
import weakref

_events: list[tuple[float, str, str, str]] = []
_t0: float | None = None
_lock = threading.Lock()
_thread_futures: weakref.WeakSet = weakref.WeakSet()


def _record(lane, event: str, detail="") -> float:
    """Append an event; return its time (seconds since the first event)."""
    global _t0
    now = time.monotonic()
    with _lock:
        if _t0 is None:
            _t0 = now
        _events.append((now - _t0, lane, event, detail))
    return now - _t0


def _lane():
    try:
        task = asyncio.current_task()
    except RuntimeError:
        task = None
    if task is not None:
        return getattr(task, "_lane", None) or task.get_name()
    name = threading.current_thread().name
    return "main" if name == "MainThread" else name


# What a suspended task waits on: the asyncio call that its own code awaited.
_BY_FUNCTION = {
    "sleep": "sleep",
    "to_thread": "thread",
    "Lock.acquire": "lock",
    "Event.wait": "event",
    "Condition.wait": "condition",
    "Condition.wait_for": "condition",
    "Semaphore.acquire": "semaphore",
    "Barrier.wait": "barrier",
    "Barrier._block": "barrier",
    "Barrier._wait": "barrier",
    "Barrier._exit": "barrier",
    "Queue.get": "queue",
    "Queue.put": "queue",
    "Queue.join": "queue",
    "wait": "task",
    "_wait": "task",
    "wait_for": "task",
    "_wait_for_one": "task",
    "TaskGroup.__aexit__": "task",
    "TaskGroup._aexit": "task",
}
_BY_MODULE = {
    "streams.py": "io",
    "selector_events.py": "io",
    "base_events.py": "io",
    "subprocess.py": "process",
}


def _waiting_on(task) -> str:
    waiter = task._fut_waiter
    if waiter is None:
        return "yield"
    chain = []
    obj = task.get_coro()
    while obj is not None:
        code = getattr(obj, "cr_code", None) or getattr(obj, "gi_code", None)
        if code is not None:
            chain.append(code)
        obj = getattr(obj, "cr_await", None) or getattr(obj, "gi_yieldfrom", None)
    # The API the snippet called: the first asyncio frame below the snippet's innermost own frame
    # (queue.join() waits on an Event inside, but what the reader awaited is the queue).
    inside = [c for c in chain if "/asyncio/" in c.co_filename.replace("\\", "/")]
    user = [i for i, c in enumerate(chain) if c not in inside]
    below = chain[user[-1] + 1 :] if user else chain
    for code in below:
        filename = code.co_filename.replace("\\", "/")
        kind = _BY_FUNCTION.get(code.co_qualname) or _BY_MODULE.get(filename.rsplit("/", 1)[-1])
        if kind:
            return kind
    if waiter in _thread_futures:
        return "thread"
    if isinstance(waiter, (asyncio.Task, _PyTask)) or type(waiter).__name__ == "_GatheringFuture":
        return "task"
    return "future"


_SIMPLE = (int, float, str, bool, type(None))


def _label(task) -> str:
    """How the picture names a task: its own name if the snippet gave one, otherwise the call
    that made its coroutine, with simple arguments only (`fetch('slow', 0.9)`, `worker(1, …)`)."""
    name = task.get_name()
    coro = task.get_coro()
    code, frame = getattr(coro, "cr_code", None), getattr(coro, "cr_frame", None)
    if not name.startswith("Task-") or code is None or frame is None:
        return name
    args = []
    for var in code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]:
        value = frame.f_locals.get(var)
        args.append(repr(value) if isinstance(value, _SIMPLE) and len(repr(value)) <= 12 else "…")
    return f"{code.co_name}({', '.join(args)})"


def _outcome(task) -> str:
    if task.cancelled():
        return "cancelled"
    exc = task.exception()
    return f"exception {type(exc).__name__}" if exc is not None else "result"


_PyTask = asyncio.tasks._PyTask
_HOUSEKEEPING = {"BaseEventLoop.shutdown_asyncgens", "BaseEventLoop.shutdown_default_executor"}


class _TaskLane:
    """A traced task's row. Its key in the trace is settled at exit: the name the task had when it
    first ran (a name given to create_task counts even where asyncio sets it just after creating
    the task), or else the call that made it (`fetch('slow', 0.9)`). Keys never depend on the
    order in which asyncio happened to create tasks (gather and wait work on sets), so a trace is
    the same on every run and, where behaviour is the same, on every Python version."""

    def __init__(self, task, depth: int):
        self.task = task
        self.call = _label(task)
        self.first_name = None  # the name when the task first ran
        self.name = None  # its name at its latest step
        self.key = self.label = None  # settled at exit
        self.depth = depth  # 0 for a task made outside any task, else its creator's depth + 1
        self.created = 0.0

    def settle(self) -> None:
        name = self.first_name or self.task.get_name()
        self.key = self.label = self.call if _AUTO.fullmatch(name) else name


_AUTO = re.compile(r"Task-\d+")
_lanes: list[_TaskLane] = []


class Task(_PyTask):
    """asyncio's Python Task with a record of each step (the name stays "Task" for reprs)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        code = getattr(self.get_coro(), "cr_code", None)
        # asyncio.run's own clean-up steps are not the snippet's tasks.
        self._traced = getattr(code, "co_qualname", "") not in _HOUSEKEEPING
        if self._traced:
            creator = _lane()
            depth = creator.depth + 1 if isinstance(creator, _TaskLane) else 0
            self._lane = _TaskLane(self, depth)
            _lanes.append(self._lane)
            self._lane.created = _record(self._lane, "created", self._lane)

    # The Python Task schedules self.__step, which name mangling makes self._Task__step.
    def _Task__step(self, exc=None):
        if not self._traced:
            return super()._Task__step(exc)
        lane, name = self._lane, self.get_name()
        if lane.first_name is None:
            lane.first_name = lane.name = name
        elif name != lane.name:
            lane.name = name
            _record(lane, "named", name)
        _record(lane, "runs")
        try:
            return super()._Task__step(exc)
        finally:
            if self.done():
                _record(lane, "ends", _outcome(self))
            else:
                _record(lane, "waits", _waiting_on(self))


class _Tee:
    """stdout as it was, plus a `prints` event per completed line."""

    def __init__(self, inner):
        self._inner = inner
        self._partial = ""

    def write(self, text):
        written = self._inner.write(text)
        self._partial += text
        while "\n" in self._partial:
            line, self._partial = self._partial.split("\n", 1)
            _record(_lane(), "prints", line)
        return written

    def flush(self):
        self._inner.flush()

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _settle_keys() -> None:
    used: dict[str, int] = {}
    for lane in _lanes:
        lane.settle()
        used[lane.key] = used.get(lane.key, 0) + 1
        if used[lane.key] > 1:
            lane.key = f"{lane.key}#{used[lane.key]}"


def _write(path: str) -> None:
    _settle_keys()

    def text(x):
        return x.key if isinstance(x, _TaskLane) else x

    # Events of one instant in a fixed order: by lane (creation time, then creators before the
    # tasks they made, then key), keeping each lane's own order. Which of two tasks that became
    # ready at the same instant ran first is not shown; it may follow set order.
    def lane_order(lane):
        if isinstance(lane, _TaskLane):
            return (round(lane.created, 3), lane.depth, lane.key)
        return (-1.0, -1, lane)

    ordered = sorted(enumerate(_events), key=lambda ie: (round(ie[1][0], 3), lane_order(ie[1][1]), ie[0]))
    lines = []
    for _, (t, lane, event, detail) in ordered:
        detail = detail.label if isinstance(detail, _TaskLane) else detail
        lines.append(f"{t:.3f}\t{text(lane)}\t{event}\t{detail}".rstrip("\t") + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


# The task bookkeeping that asyncio.current_task(), all_tasks(), timeout() and TaskGroup read. On
# 3.11-3.13 the Python Task calls the module's public names (`_enter_task`, ...), which are the C
# functions when `_asyncio` is loaded, so both Task classes report to one registry. From 3.14 the
# Python Task calls `_py_enter_task` etc., the pure-Python registry, while the public functions
# read the C one (kept per thread): a traced task would be invisible to current_task(). So the
# Python Task is pointed at whatever the public functions use, as it was before 3.14.
_BOOKKEEPING = (
    "register_task",
    "unregister_task",
    "register_eager_task",
    "unregister_eager_task",
    "enter_task",
    "leave_task",
    "swap_current_task",
)


def _share_bookkeeping() -> None:
    for name in _BOOKKEEPING:
        public = getattr(asyncio.tasks, "_" + name, None)
        if public is not None and hasattr(asyncio.tasks, "_py_" + name):
            setattr(asyncio.tasks, "_py_" + name, public)


def install(path: str) -> None:
    _share_bookkeeping()
    asyncio.tasks.Task = Task
    asyncio.Task = Task
    original = asyncio.BaseEventLoop.run_in_executor

    def run_in_executor(self, executor, func, *args):
        future = original(self, executor, func, *args)
        _thread_futures.add(future)
        return future

    asyncio.BaseEventLoop.run_in_executor = run_in_executor
    sys.stdout = _Tee(sys.stdout)
    atexit.register(_write, path)
