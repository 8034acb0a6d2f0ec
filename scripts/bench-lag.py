#!/usr/bin/env python3
"""Open-loop webhook load at a fixed rate, and the reply lag it causes.

  bench-lag.py --url http://127.0.0.1:8080/callback --secret S --stub http://127.0.0.1:18081 \
               --rate 300 --seconds 60 [--texts FILE] [--batch 1] [--pid JAVA_PID]

Each body carries --batch signed text events whose LINE timestamp is the moment the body is due to be sent
(so a generator that falls behind shows up as lag, not as a slower rate); a body more than --late seconds
behind is not sent at all and counted, so an overloaded service ends the run instead of stretching it. Reply lag is the time from an
event's timestamp to the stand-in receiving its reply call (line_stub.py records each call's time and reply
token). Prints one JSON line: sent, acknowledged, replied, p50/p99/max lag in ms, the 50-event batch figure
when --batch > 1, and the peak RSS of --pid sampled every 0.5 s.
"""
import argparse, base64, hashlib, hmac, http.client, json, os, queue, threading, time, urllib.parse, uuid

ap = argparse.ArgumentParser()
ap.add_argument("--url", required=True)
ap.add_argument("--secret", required=True)
ap.add_argument("--stub", required=True)
ap.add_argument("--rate", type=float, default=100)
ap.add_argument("--seconds", type=float, default=60)
ap.add_argument("--batch", type=int, default=1)
ap.add_argument("--bodies", type=int, default=0, help="send this many bodies instead of rate x seconds")
ap.add_argument("--texts", default=None)
ap.add_argument("--connections", type=int, default=16)
ap.add_argument("--pid", type=int, default=0)
ap.add_argument("--drain", type=float, default=20, help="seconds to wait for the last replies")
ap.add_argument("--late", type=float, default=10, help="a body this many seconds behind its due time is not sent")
a = ap.parse_args()

texts = ["ตกงานได้เงินกี่เปอร์เซ็นต์คะ", "ม.33 เรารักกัน ได้เงินกี่บาท", "how much is the child allowance per month",
         "ทำฟันได้ปีละกี่บาท", "ค่าคลอดบุตรได้เท่าไหร่", "section 40 funeral grant how much", "สวัสดีครับ"]
if a.texts and os.path.exists(a.texts):
    texts = [json.loads(l)["text"] for l in open(a.texts, encoding="utf-8") if l.strip()]

url = urllib.parse.urlparse(a.url)
stub = urllib.parse.urlparse(a.stub)


def stub_call(method, path):
    c = http.client.HTTPConnection(stub.hostname, stub.port, timeout=60)
    c.request(method, path)
    r = c.getresponse()
    data = r.read()
    c.close()
    return json.loads(data or b"null")


stub_call("POST", "/_stub/reset")
n_bodies = a.bodies or int(a.rate * a.seconds / a.batch)
interval = a.batch / a.rate if a.rate > 0 else 0
due_at = {}  # reply token -> event timestamp (s)
jobs = queue.Queue()
t0 = time.time() + 1.0
for i in range(n_bodies):
    due = t0 + i * interval
    events = []
    for k in range(a.batch):
        token = uuid.uuid4().hex
        due_at[token] = due
        j = i * a.batch + k
        events.append({"type": "message", "mode": "active", "timestamp": int(due * 1000),
                       "source": {"type": "user", "userId": "U%032x" % (j % 1000)},
                       "webhookEventId": uuid.uuid4().hex.upper()[:26], "deliveryContext": {"isRedelivery": False},
                       "replyToken": token,
                       "message": {"id": str(10 ** 12 + j), "type": "text", "quoteToken": "q", "text": texts[j % len(texts)]}})
    body = json.dumps({"destination": "Ubot", "events": events}, ensure_ascii=False).encode()
    sig = base64.b64encode(hmac.new(a.secret.encode(), body, hashlib.sha256).digest()).decode()
    jobs.put((due, body, sig))

acked = [0]
errors = [0]
unsent = [0]
lock = threading.Lock()


def sender():
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    while True:
        try:
            due, body, sig = jobs.get_nowait()
        except queue.Empty:
            return
        wait = due - time.time()
        if wait > 0:
            time.sleep(wait)
        elif -wait > a.late:
            # The service stopped taking bodies in time: the rest is counted, not sent, so a run ends.
            with lock:
                unsent[0] += 1
            continue
        try:
            conn.request("POST", url.path, body, {"Content-Type": "application/json", "X-Line-Signature": sig})
            r = conn.getresponse()
            r.read()
            with lock:
                if r.status == 200:
                    acked[0] += 1
                else:
                    errors[0] += 1
        except Exception:
            with lock:
                errors[0] += 1
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)


rss_peak = [0]
stop = threading.Event()


def watch_rss():
    while not stop.is_set():
        try:
            with open("/proc/%d/status" % a.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss_peak[0] = max(rss_peak[0], int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.5)


if a.pid:
    threading.Thread(target=watch_rss, daemon=True).start()
threads = [threading.Thread(target=sender) for _ in range(a.connections)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sent_done = time.time()
total = len(due_at)
last, same = -1, 0
while time.time() - sent_done < a.drain:
    calls = stub_call("GET", "/_stub/calls")
    n = sum(1 for c in calls if c.get("path") == "/v2/bot/message/reply" and c.get("answered") == 200)
    if n >= total:
        break
    same = same + 1 if n == last else 0
    last = n
    if same >= 10:
        break
    time.sleep(0.5)
stop.set()
calls = stub_call("GET", "/_stub/calls")
lags = []
for c in calls:
    if c.get("path") == "/v2/bot/message/reply" and c.get("answered") == 200:
        token = (c.get("body") or {}).get("replyToken")
        if token in due_at:
            lags.append((c["t"] - due_at.pop(token)) * 1000)
lags.sort()


def pct(p):
    return round(lags[min(len(lags) - 1, int(p / 100 * len(lags)))], 1) if lags else None


out = {"rate": a.rate, "seconds": a.seconds, "batch": a.batch, "bodies": n_bodies, "events": total,
       "acknowledged_bodies": acked[0], "refused_or_failed_bodies": errors[0], "unsent_bodies_too_late": unsent[0],
       "replied": len(lags), "not_replied_of_acknowledged": acked[0] * a.batch - len(lags), "lag_p50_ms": pct(50), "lag_p99_ms": pct(99),
       "lag_max_ms": round(lags[-1], 1) if lags else None,
       "achieved_rate": round(acked[0] * a.batch / max(0.001, sent_done - t0), 1)}
if a.pid:
    out["rss_peak_mb"] = round(rss_peak[0] / 1024, 1)
print(json.dumps(out))
