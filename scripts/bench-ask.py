#!/usr/bin/env python3
"""Latency of POST /api/v1/ask for one staff credential used again (keep-alive, one request at a time).

  bench-ask.py --url http://127.0.0.1:8080 --user admin --password PW [--n 300]

The first request pays the full Argon2 check and is left out; prints p50/p99/max in ms as one JSON line.
"""
import argparse, base64, http.client, json, time, urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("--url", required=True)
ap.add_argument("--user", required=True)
ap.add_argument("--password", required=True)
ap.add_argument("--n", type=int, default=300)
a = ap.parse_args()
u = urllib.parse.urlparse(a.url)
auth = "Basic " + base64.b64encode(f"{a.user}:{a.password}".encode()).decode()
texts = ["ตกงานได้เงินกี่เปอร์เซ็นต์คะ", "ม.33 เรารักกัน ได้เงินกี่บาท", "how much is the child allowance per month",
         "ทำฟันได้ปีละกี่บาท", "ค่าคลอดบุตรได้เท่าไหร่", "section 40 funeral grant how much"]
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
times, statuses = [], {}
for i in range(a.n + 1):
    body = json.dumps({"text": texts[i % len(texts)], "userId": "bench-%d" % (i % 20)}).encode()
    t = time.perf_counter()
    conn.request("POST", "/api/v1/ask", body, {"Content-Type": "application/json", "Authorization": auth})
    r = conn.getresponse()
    r.read()
    if i > 0:
        times.append((time.perf_counter() - t) * 1000)
        statuses[r.status] = statuses.get(r.status, 0) + 1
times.sort()
print(json.dumps({"requests": len(times), "statuses": statuses, "p50_ms": round(times[len(times) // 2], 1),
                  "p99_ms": round(times[int(len(times) * 0.99)], 1), "max_ms": round(times[-1], 1)}))
