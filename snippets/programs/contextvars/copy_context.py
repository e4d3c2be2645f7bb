import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

request_id.set("req-1")
ctx = contextvars.copy_context()  # (1)!
request_id.set("req-2")
print(f"current: {request_id.get()}, in ctx: {ctx[request_id]}")


def handler():
    print(f"handler sees {request_id.get()}")
    request_id.set("set in handler")
    return "done"


print(ctx.run(handler))  # (2)!
print(f"current: {request_id.get()}, in ctx: {ctx[request_id]}")
print(f"request_id in ctx: {request_id in ctx}, in Context(): {request_id in contextvars.Context()}")  # (3)!
