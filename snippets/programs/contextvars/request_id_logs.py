import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()  # (1)!
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("[%(request_id)s] %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def query_db(delay):
    log.info("query started")  # (2)!
    await asyncio.sleep(delay)
    log.info("query done")


async def handle(rid, delay):
    request_id.set(rid)  # (3)!
    log.info("request received")
    await query_db(delay)


async def main():
    log.info("server started")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", 0.2))
        tg.create_task(handle("req-2", 0.1))
    log.info("server stopped")  # (4)!


asyncio.run(main())
