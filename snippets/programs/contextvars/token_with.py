import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

try:
    with request_id.set("req-1"):  # (1)!
        print(f"inside with: {request_id.get()}")
except TypeError as exc:  # (2)!
    print(f"TypeError: {exc}")
print(f"after with: {request_id.get()}")
