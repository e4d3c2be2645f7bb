import asyncio
import socketserver
import threading


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
PORT = server.server_address[1]


class Client:  # (1)!
    def __init__(self, port):
        self._port = port
        self._runner = asyncio.Runner()
        self._conn = None

    async def _query(self, text):
        if self._conn is None:
            self._conn = await asyncio.open_connection("127.0.0.1", self._port)
            print("connected")
        reader, writer = self._conn
        writer.write(text.encode() + b"\n")
        await writer.drain()
        return (await reader.readline()).decode().strip()

    async def _disconnect(self):
        if self._conn is not None:
            writer = self._conn[1]
            writer.close()
            await writer.wait_closed()
            print("disconnected")

    def query(self, text):
        return self._runner.run(self._query(text))  # (2)!

    def close(self):
        self._runner.run(self._disconnect())
        self._runner.close()  # (3)!


client = Client(PORT)
try:
    for word in ["first", "second", "third"]:
        print(client.query(word))
finally:
    client.close()

server.shutdown()
server.server_close()
