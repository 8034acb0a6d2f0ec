#!/usr/bin/env python3
"""A hostile stand-in for the LINE Messaging API, on loopback, for scripts/chaos.sh.

Like LINE, a reply token is single use: once a reply with it was taken (200, or a "timeout" whose request was
processed), every later use gets 400 {"message":"Invalid reply token"}. Faults are injected on replies and
pushes: --p500 (500), --p429 (429 with Retry-After: 1), --ptimeout (the request IS processed, but the answer
comes --timeout-ms later, after the client gave up). Every delivery is recorded:

  GET  /_chaos/deliveries   {"<replyToken or push target>": [epoch_ms, ...], ...}
  GET  /_chaos/stats        counts of calls by outcome
"""
import argparse
import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
DELIVERED = {}   # key -> list of epoch ms of each delivery that reached the citizen
USED = set()     # reply tokens already used
RETRY_KEYS = set()  # X-Line-Retry-Key of pushes already accepted
STATS = {}
ARGS = None


def count(what):
    with LOCK:
        STATS[what] = STATS.get(what, 0) + 1


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def send(self, code, obj=None, headers=None):
        body = json.dumps(obj if obj is not None else {}).encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            count("client-gone")

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        try:
            return json.loads(raw.decode() or "{}")
        except ValueError:
            return {}

    def do_GET(self):
        if self.path.startswith("/_chaos/deliveries"):
            with LOCK:
                return self.send(200, DELIVERED)
        if self.path.startswith("/_chaos/stats"):
            with LOCK:
                return self.send(200, STATS)
        if self.path.startswith("/v2/bot/info"):
            return self.send(200, {"userId": "Ubot", "basicId": "@chaos", "displayName": "chaos"})
        return self.send(404, {"message": "Not found"})

    def do_POST(self):
        body = self.body()
        if self.path.endswith("/chat/loading/start"):
            return self.send(202)
        if self.path.endswith("/message/reply"):
            return self.deliver("reply", body.get("replyToken", ""))
        if self.path.endswith("/message/push"):
            key = self.headers.get("X-Line-Retry-Key")
            with LOCK:
                seen = key in RETRY_KEYS if key else False
            if seen:
                count("push-409-duplicate")
                return self.send(409, {"message": "The retry key is already accepted"},
                                 {"X-Line-Accepted-Request-Id": "accepted-" + key})
            self.deliver("push", body.get("to", ""), key)
            return None
        return self.send(404, {"message": "Not found"})

    def deliver(self, kind, key, retry_key=None):
        r = random.random()
        if r < ARGS.p500:
            count(kind + "-500")
            self.send(500, {"message": "injected 500"})
            return 500
        if r < ARGS.p500 + ARGS.p429:
            count(kind + "-429")
            self.send(429, {"message": "injected 429"}, {"Retry-After": "1"})
            return 429
        timeout = r < ARGS.p500 + ARGS.p429 + ARGS.ptimeout
        with LOCK:
            if kind == "reply" and key in USED:
                STATS["reply-invalid-token"] = STATS.get("reply-invalid-token", 0) + 1
                refused = True
            else:
                refused = False
                if kind == "reply":
                    USED.add(key)
                if retry_key:
                    # Like LINE, a retry key counts from the moment the request is accepted, even while the
                    # answer is still on its way (a client that timed out and retries gets 409).
                    RETRY_KEYS.add(retry_key)
                DELIVERED.setdefault(key, []).append(int(time.time() * 1000))
        if refused:
            self.send(400, {"message": "Invalid reply token"})
            return 400
        if timeout:
            count(kind + "-timeout")
            time.sleep(ARGS.timeout_ms / 1000)
        count(kind + "-200")
        self.send(200, {"sentMessages": [{"id": "1", "quoteToken": "q"}]})
        return 200


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=18090)
    ap.add_argument("--p500", type=float, default=0.2)
    ap.add_argument("--p429", type=float, default=0.05)
    ap.add_argument("--ptimeout", type=float, default=0.05)
    ap.add_argument("--timeout-ms", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ARGS = ap.parse_args()
    random.seed(ARGS.seed)
    server = ThreadingHTTPServer(("127.0.0.1", ARGS.port), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
