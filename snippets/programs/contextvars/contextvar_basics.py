import contextvars

request_id = contextvars.ContextVar("request_id", default="-")  # (1)!
user = contextvars.ContextVar("user")  # (2)!

print(f"default: {request_id.get()}")
token = request_id.set("req-1")  # (3)!
print(f"after set: {request_id.get()}")
request_id.reset(token)  # (4)!
print(f"after reset: {request_id.get()}")

print(f"get with a default: {user.get('nobody')}")
try:
    user.get()
except LookupError as exc:  # (5)!
    print(f"LookupError for the variable {exc.args[0].name!r}")
