NOTES_CODE = """\
 import asyncio

async def producer(queues, patient_info):
    ...
"""

try:
    compile(NOTES_CODE, "clinic.py", "exec")  # (1)!
except SyntaxError as exc:
    print(f"{type(exc).__name__}: {exc}")
