import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def work(label):
    print(f"{label}: request_id={request_id.get()}")
    request_id.set(f"set by {label}")


request_id.set("req-1")
thread = threading.Thread(target=work, args=("Thread",))  # (1)!
thread.start()
thread.join()

ctx = contextvars.copy_context()
thread = threading.Thread(target=ctx.run, args=(work, "Thread + ctx.run"))  # (2)!
thread.start()
thread.join()
print(f"main: request_id={request_id.get()}, ctx[request_id]={ctx[request_id]}")
