import asyncio
import re
import socketserver
import threading


class Upper(socketserver.StreamRequestHandler):  # (1)!
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
PORT = server.server_address[1]

_conn = None  # (2)!


async def _query(text):
    global _conn
    if _conn is None:
        _conn = await asyncio.open_connection("127.0.0.1", PORT)
        print("connected")
    reader, writer = _conn
    writer.write(text.encode() + b"\n")
    await writer.drain()
    return (await reader.readline()).decode().strip()


def query(text):
    return asyncio.run(_query(text))  # (3)!


print(query("first"))
try:
    print(query("second"))  # (4)!
except RuntimeError as e:
    print(f"RuntimeError: {re.sub(r'^Task <.*> got', 'Task <...> got', str(e))}")  # (5)!

server.shutdown()
server.server_close()
