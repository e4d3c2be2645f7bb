# Python 3.14+
import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def work(label):
    print(f"{label}: request_id={request_id.get()}")


print(f"sys.flags.thread_inherit_context = {sys.flags.thread_inherit_context}")  # (1)!
request_id.set("req-1")
for label, context in [
    ("context=None", None),  # (2)!
    ("context=copy_context()", contextvars.copy_context()),
    ("context=Context()", contextvars.Context()),  # (3)!
]:
    thread = threading.Thread(target=work, args=(label,), context=context)
    thread.start()
    thread.join()
