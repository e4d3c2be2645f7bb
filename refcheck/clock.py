"""A virtual clock for running snippets: sleeps cost nothing, elapsed times print exactly.

The clock is a number, ``now``. It moves only when every tracked activity is waiting:

* an *activity* is a thread that runs the snippet's code: the main thread and every thread the
  snippet, asyncio or a ``ThreadPoolExecutor`` starts (an executor's workers wait for jobs on a
  ``queue.Queue``, so a worker is idle between jobs and busy from ``submit()`` until the job's
  result has been handed to the event loop);
* an activity *waits* when an event loop blocks in ``select``, or a thread blocks in
  ``time.sleep``, ``threading.Condition.wait`` (so ``Event``, ``Semaphore``, ``queue.Queue``,
  ``concurrent.futures.Future.result``) or ``Thread.join``;
* when nothing is busy, no loop has a ready file descriptor and no child process is running,
  ``now`` jumps to the earliest deadline among the waiters, and those waiters wake.
  While a child process runs, the clock follows real time (the child is real work): it jumps to
  a deadline only once real time has reached it, and while an event loop waits with a timer
  (``asyncio.timeout``, ``wait_for``, a pending ``sleep``) ``now`` keeps pace with real time up
  to the earliest deadline, so a snippet that waits for its children under a timeout measures
  their real duration. Without such a timer, ``now`` stays put while children run.

Every hand-over between activities marks the receiver busy *before* it is woken
(``call_soon_threadsafe``, ``Condition.notify``, the end of a joined thread, ``Thread.start``),
so the clock never jumps in the gap between "A wakes B" and "B runs". That is what makes runs
with threads, executors and subprocesses deterministic.

Known limits: a thread blocked in a C-level wait that is not listed above (``threading.Lock``
contention, ``queue.SimpleQueue.get``) counts as busy, so the clock cannot jump meanwhile;
a snippet that only waits for something that never comes hangs, and the runner's timeout
reports it.
"""

from __future__ import annotations

import _thread
import os
import sys
import threading
import time
import weakref

POLL = 0.005  # real seconds between re-checks while waiting for real work (children, I/O)

_real_monotonic = time.monotonic
_real_sleep = time.sleep
_G = _thread.allocate_lock()  # guards all the state below

_now = 0.0  # virtual seconds since start
_epoch = time.time()  # time.time() = _epoch + _now
_busy = 0  # how many activities are running
_waits: set[Wait] = set()  # active waits (their activities are idle)
_tokens: dict[int, Token] = {}  # thread ident -> the activity that thread is running
_selectors: weakref.WeakSet = weakref.WeakSet()
_children: list = []  # subprocess.Popen objects started by the snippet
_rt_anchor: tuple[float, float] | None = None  # (real, virtual) when all went idle with children


class Token:
    """One activity."""

    __slots__ = ("name", "finished", "joiners", "__weakref__")

    def __init__(self, name: str):
        self.name = name
        self.finished = False
        self.joiners: list[Wait] = []


class Wait:
    """One wait of one activity: woken by its deadline or by a hand-over, exactly once."""

    __slots__ = ("token", "deadline", "waker", "thread", "active", "reason")

    def __init__(self, token, deadline, waker=None):
        self.token = token
        self.deadline = deadline  # virtual time, or None
        self.waker = waker  # called (without _G held elsewhere) to wake a thread blocked in I/O
        self.thread = _thread.get_ident()
        self.active = False
        self.reason = None


# -- the core (call with _G held) ----------------------------------------------------------


def _go_idle(w: Wait) -> None:
    global _busy
    w.active = True
    _waits.add(w)
    _busy -= 1
    _maybe_advance()


def _wake(w: Wait, reason: str) -> bool:
    """Mark w's activity busy again. The caller makes sure the thread notices."""
    global _busy, _rt_anchor
    if not w.active:
        return False
    w.active = False
    w.reason = reason
    if _rt_anchor is not None:
        _follow_real_time()  # the real time the children worked since the last check counts
    _waits.discard(w)
    _busy += 1
    _rt_anchor = None
    if w.waker is not None and w.thread != _thread.get_ident():
        try:
            w.waker()
        except Exception:
            pass
    return True


def _pending_io() -> bool:
    for sel in list(_selectors):
        w = sel._vc_wait
        if w is not None and w.active:
            try:
                if sel._vc_inner.select(0):
                    return True
            except (OSError, ValueError, RuntimeError):
                pass
    return False


def _children_running() -> bool:
    running = False
    for proc in list(_children):
        if proc.returncode is not None:
            _children.remove(proc)
        else:
            running = True
    return running


def _maybe_advance() -> None:
    global _now, _rt_anchor
    if _busy > 0 or not _waits or _pending_io():
        return
    deadlines = [w.deadline for w in _waits if w.deadline is not None]
    if not deadlines:
        return  # everything waits for something that is not time: real waiting, or a hang
    target = min(deadlines)
    if _children_running():
        if _rt_anchor is None:
            _rt_anchor = (_real_monotonic(), _now)
        if _follow_real_time() < target:
            return  # a child process is working: let real time pass
    if target > _now:
        _now = target
    for w in list(_waits):
        if w.deadline is not None and w.deadline <= _now:
            _wake(w, "timeout")


def _loop_has_timer() -> bool:
    for sel in list(_selectors):
        w = sel._vc_wait
        if w is not None and w.active and w.deadline is not None:
            return True
    return False


def _follow_real_time() -> float:
    """While children run and an event loop waits with a timer, virtual time keeps pace with
    real time since _rt_anchor, up to the earliest deadline (it never passes a waiter's
    deadline without waking it). Returns where real time alone would be."""
    global _now
    followed = _rt_anchor[1] + (_real_monotonic() - _rt_anchor[0])
    deadlines = [w.deadline for w in _waits if w.deadline is not None]
    if deadlines and _loop_has_timer():
        _now = max(_now, min(followed, min(deadlines)))
    return followed


def _current() -> Token | None:
    return _tokens.get(_thread.get_ident())


def _deadline(timeout) -> float | None:
    return None if timeout is None else _now + max(timeout, 0.0)


def _block(w: Wait, lock) -> None:
    """Block the calling thread until w is woken; lock is released by whoever hands over."""
    while True:
        if lock.acquire(True, POLL):
            return
        with _G:
            if not w.active:
                return
            _maybe_advance()
            if not w.active:
                return


# -- time ----------------------------------------------------------------------------------


def monotonic() -> float:
    return _now


def monotonic_ns() -> int:
    return round(_now * 1e9)


def time_() -> float:
    return _epoch + _now


def time_ns() -> int:
    return round((_epoch + _now) * 1e9)


def sleep(secs) -> None:
    secs = float(secs)  # the same TypeError / ValueError as the real one, for bad arguments
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    tok = _current()
    if tok is None:
        _real_sleep(secs)  # a thread the clock does not track sleeps for real
        return
    if secs == 0:
        _real_sleep(0)
        return
    lock = _thread.allocate_lock()
    lock.acquire()
    w = Wait(tok, None, lock.release)
    with _G:
        w.deadline = _now + secs
        _go_idle(w)
        if not w.active:
            return
    _block(w, lock)


# -- threads -------------------------------------------------------------------------------


def _untracked_target(thread) -> bool:
    """3.11's child watcher thread blocks in os.waitpid while the child runs: the child is
    tracked instead, and the thread hands the exit over with call_soon_threadsafe."""
    target = getattr(thread, "_target", None)
    name = getattr(target, "__name__", "")
    module = getattr(target, "__module__", "") or ""
    return name == "_do_waitpid" and module.startswith("asyncio")


def _patch_threading() -> None:
    Thread = threading.Thread
    orig_start, orig_join = Thread.start, Thread.join

    def start(self):
        if _untracked_target(self):
            return orig_start(self)
        global _busy
        tok = Token(self.name)
        self._vc_token = tok
        run = self.run

        def tracked_run():
            global _busy
            _tokens[_thread.get_ident()] = tok
            try:
                run()
            finally:
                with _G:
                    tok.finished = True
                    for w in tok.joiners:
                        _wake(w, "joined")
                    _busy -= 1
                    _tokens.pop(_thread.get_ident(), None)
                    _maybe_advance()

        self.run = tracked_run
        with _G:
            _busy += 1  # busy from start(), before the new thread is scheduled
        try:
            orig_start(self)
        except BaseException:
            with _G:
                _busy -= 1
            raise

    def join(self, timeout=None):
        tok = getattr(self, "_vc_token", None)
        me = _current()
        if tok is None or me is None:
            return orig_join(self, timeout)
        lock = _thread.allocate_lock()
        lock.acquire()
        w = Wait(me, None, lock.release)
        with _G:
            if not tok.finished:
                w.deadline = _deadline(timeout)
                tok.joiners.append(w)
                _go_idle(w)
        if w.active:
            _block(w, lock)
        if tok.finished:
            orig_join(self)  # the thread has left run(); this returns at once

    Thread.start = start
    Thread.join = join

    Condition = threading.Condition

    def wait(self, timeout=None):
        me = _current()
        if me is None or (timeout is not None and timeout <= 0):
            return _orig_cond_wait(self, timeout)
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        w = Wait(me, None, None)
        try:
            with _G:
                w.deadline = _deadline(timeout)
                _cond_waits[waiter] = w
                if waiter.acquire(False):
                    w.reason = "notified"  # notified before this wait was registered
                else:
                    _go_idle(w)
            if w.active:
                _block(w, waiter)
            gotit = w.reason != "timeout" or waiter.acquire(False)
            return gotit
        finally:
            _cond_waits.pop(waiter, None)
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            with _G:
                w = _cond_waits.get(waiter)
                if w is not None:
                    _wake(w, "notified")
                try:
                    waiter.release()
                except RuntimeError:
                    released = False
                else:
                    released = True
            if released:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    _orig_cond_wait = Condition.wait
    _cond_waits: dict = {}
    Condition.wait = wait
    Condition.notify = notify

    orig_shutdown = threading._shutdown

    def _shutdown():
        # The main thread is done: it must not keep the clock from moving while the
        # interpreter joins the threads that are still running.
        global _busy
        me = _tokens.pop(_thread.get_ident(), None)
        if me is not None:
            with _G:
                _busy -= 1
                _maybe_advance()
        return orig_shutdown()

    threading._shutdown = _shutdown


def _patch_executor() -> None:
    """Give every ThreadPoolExecutor a work queue built on threading.Condition, so that a worker
    waiting for its next job is an idle activity, and a submit() marks it busy before it wakes."""
    import queue
    from concurrent.futures import thread as cf_thread

    Executor = cf_thread.ThreadPoolExecutor
    orig_init = Executor.__init__

    def __init__(self, *args, **kwargs):
        orig_init(self, *args, **kwargs)
        self._work_queue = queue.Queue()

    Executor.__init__ = __init__


# -- event loops ---------------------------------------------------------------------------


class VirtualSelector:
    """Wraps an event loop's selector: waiting in select() is an idle wait with a deadline."""

    def __init__(self, inner, loop):
        self._vc_inner = inner
        self._vc_loop = loop
        self._vc_wait = None
        _selectors.add(self)

    def __getattr__(self, name):
        return getattr(self._vc_inner, name)

    def select(self, timeout=None):
        inner = self._vc_inner
        events = inner.select(0)
        if events or (timeout is not None and timeout <= 0):
            return events
        me = _current()
        if me is None:
            return inner.select(timeout)
        loop = self._vc_loop
        w = Wait(me, None, loop._write_to_self)
        self._vc_wait = w
        try:
            with _G:
                w.deadline = _deadline(timeout)
                _go_idle(w)
            while w.active:
                events = inner.select(POLL)
                with _G:
                    if not w.active:
                        break
                    if events:
                        _wake(w, "io")
                        return events
                    _maybe_advance()
            return events or inner.select(0)
        finally:
            self._vc_wait = None


def _patch_asyncio() -> None:
    from asyncio import base_events, selector_events

    Loop = selector_events.BaseSelectorEventLoop
    orig_init = Loop.__init__

    def __init__(self, *args, **kwargs):
        orig_init(self, *args, **kwargs)
        self._selector = VirtualSelector(self._selector, self)

    Loop.__init__ = __init__

    orig_threadsafe = base_events.BaseEventLoop.call_soon_threadsafe

    def call_soon_threadsafe(self, *args, **kwargs):
        # The loop is busy from the moment another thread hands it work, not from the moment
        # its select() notices.
        sel = getattr(self, "_selector", None)
        w = getattr(sel, "_vc_wait", None)
        if w is not None:
            with _G:
                _wake(w, "call_soon_threadsafe")
        return orig_threadsafe(self, *args, **kwargs)

    base_events.BaseEventLoop.call_soon_threadsafe = call_soon_threadsafe


def _patch_subprocess() -> None:
    import subprocess

    orig_init = subprocess.Popen.__init__

    def __init__(self, *args, **kwargs):
        orig_init(self, *args, **kwargs)
        with _G:
            _children.append(self)

    subprocess.Popen.__init__ = __init__


def _leave_children_alone() -> None:
    """Child processes run in real time: they must not load this clock (they keep the sandbox)."""
    os.environ.pop("SNIPPETS_VIRTUAL_TIME", None)


def _report_at_exit(path: str) -> None:
    """For `make bench`: how long the snippet would have taken in real time."""
    import atexit

    def report():
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"{sys.argv[0]}\t{_now:.6f}\n")

    atexit.register(report)


def install() -> None:
    global _busy
    report = os.environ.pop("SNIPPETS_VCLOCK_REPORT", None)
    if report:
        _report_at_exit(report)
    _leave_children_alone()
    _tokens[_thread.get_ident()] = Token("main")
    _busy = 1
    time.monotonic = monotonic
    time.perf_counter = monotonic
    time.monotonic_ns = monotonic_ns
    time.perf_counter_ns = monotonic_ns
    time.time = time_
    time.time_ns = time_ns
    time.sleep = sleep
    import queue

    threading._time = monotonic  # `from time import monotonic as _time` at import
    queue.time = monotonic
    _patch_threading()
    _patch_executor()
    _patch_subprocess()
    _patch_asyncio()
    sys.modules[__name__]._installed = True
