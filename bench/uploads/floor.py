#!/usr/bin/env python3
"""The floor of an upload's server side (issue 10, uploads, fourth pass): a receiver that does only what
no upload path can skip. For each POST it reads the body from the socket in 1 MiB pieces, writes them
to a new file in DIR and computes SHA-256 over them (hashlib, which drops the GIL for large pieces),
then answers 201. No multipart parsing, no content check, no framework, no database.

    bench/uploads/floor.py PORT DIR     # until killed; bench/uploads/concurrent.sh runs it with FLOOR=1

Its CPU per 200 MiB, measured with the same wrk client and files as the server, is the least CPU the
socket read, the write and the hash cost on this machine: what is left above it is ours.
"""
import hashlib
import http.server
import os
import sys

PIECE = 1 << 20


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    count = 0

    def do_POST(self):
        left = int(self.headers["Content-Length"])
        Receiver.count += 1
        digest = hashlib.sha256()
        buffer = memoryview(bytearray(PIECE))
        path = os.path.join(sys.argv[2], f"floor-{os.getpid()}-{Receiver.count}")
        with open(path, "wb", buffering=0) as out:
            while left > 0:
                n = self.rfile.readinto(buffer[: min(PIECE, left)])
                if not n:
                    break
                digest.update(buffer[:n])
                out.write(buffer[:n])
                left -= n
        answer = ('{"sha256":"%s"}' % digest.hexdigest()).encode()
        self.send_response(201 if left == 0 else 400)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 64  # 20 connections at once (the default backlog of 5 reset some)
    daemon_threads = True


Server(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
