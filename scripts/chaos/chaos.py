#!/usr/bin/env python3
"""Chaos run: two replicas of the jar on one fresh PostgreSQL database, a hostile LINE stand-in (500s, 429s with
Retry-After, timeouts whose request was processed, single-use reply tokens), signed events sent to either
replica, redeliveries to the other one, and replica A SIGKILLed mid-load then restarted. Reports events lost
(never answered), answered twice, and the lag from sending an event to its first answer.

  chaos.py --jar target/sso-hotline-0.1.0-SNAPSHOT.jar --events 1000

Loopback only; every loop is bounded; everything it started is stopped at the end.
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

SECRET = "chaos-channel-secret"
QUESTIONS = ["ว่างงานได้เงินเท่าไหร่", "คลอดบุตรได้เงินกี่บาท", "ทำฟันเบิกได้เท่าไหร่", "สมัครมาตรา 40 ยังไง",
             "เงินสงเคราะห์บุตรได้เดือนละเท่าไหร่", "how much is the unemployment benefit?", "ลาคลอดได้กี่วัน"]


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def psql(sql, db="postgres"):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qtAc", sql], check=True,
                   stdout=subprocess.DEVNULL)


def get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return json.loads(r.read().decode())


class Replica:
    def __init__(self, name, port, jar, env, workdir):
        self.name, self.port, self.jar, self.env, self.workdir = name, port, jar, env, workdir
        self.proc = None
        self.logfile = None

    def start(self):
        self.logfile = open(os.path.join(self.workdir, self.name + ".log"), "ab")
        env = dict(os.environ, **self.env, PORT=str(self.port),
                   HOTLINE_INDEX_DIR=os.path.join(self.workdir, self.name + "-index"))
        self.proc = subprocess.Popen(["java", "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", self.jar],
                                     env=env, stdout=self.logfile, stderr=subprocess.STDOUT)

    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def wait_healthy(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            if self.proc.poll() is not None:
                raise SystemExit("%s exited while starting; see %s.log" % (self.name, self.name))
            try:
                with urllib.request.urlopen(self.url() + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise SystemExit("%s not healthy after %ds" % (self.name, seconds))

    def kill9(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if self.logfile:
            self.logfile.close()


def event(i, run):
    now = int(time.time() * 1000)
    token = "rt%s%06d" % (run, i)
    return token, {
        "type": "message", "mode": "active", "timestamp": now,
        "source": {"type": "user", "userId": "U%s%025d" % (run[:6], i)},
        "webhookEventId": "01CH%s%016d" % (run[:6].upper(), i),
        "deliveryContext": {"isRedelivery": False},
        "replyToken": token,
        "message": {"id": str(10 ** 12 + i), "type": "text", "quoteToken": "q", "text": random.choice(QUESTIONS)},
    }


def post(replica, ev):
    body = json.dumps({"destination": "Ubot", "events": [ev]}, ensure_ascii=False).encode()
    sig = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    req = urllib.request.Request(replica.url() + "/callback", data=body, method="POST",
                                 headers={"Content-Type": "application/json", "X-Line-Signature": sig})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except (urllib.error.URLError, OSError):
        return 0


def deliver(replicas, ev, redeliver_p, rnd):
    """Like LINE: retried (as a redelivery, to the other replica) until one answers 200; sometimes redelivered anyway."""
    first = rnd.randrange(2)
    ok = False
    for attempt in range(20):
        target = replicas[(first + attempt) % 2]
        if attempt > 0:
            ev = dict(ev, deliveryContext={"isRedelivery": True})
            time.sleep(min(2.0, 0.2 * attempt))
        if post(target, ev) == 200:
            ok = True
            break
    if ok and rnd.random() < redeliver_p:
        post(replicas[(first + 1) % 2], dict(ev, deliveryContext={"isRedelivery": True}))
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=25.0, help="events per second")
    ap.add_argument("--redeliver", type=float, default=0.2)
    ap.add_argument("--p500", type=float, default=0.2)
    ap.add_argument("--p429", type=float, default=0.05)
    ap.add_argument("--ptimeout", type=float, default=0.05)
    ap.add_argument("--port-base", type=int, default=18190)
    ap.add_argument("--settle", type=int, default=150, help="seconds to wait for the last answers")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--content", default="content")
    ap.add_argument("--intents", default="intents")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    random.seed(a.seed)
    run = "%06d" % (int(time.time()) % 1000000)
    db = "chaos_" + run
    work = tempfile.mkdtemp(prefix="chaos-")
    standin_port, port_a, port_b = a.port_base, a.port_base + 1, a.port_base + 2
    procs = []
    replicas = []
    try:
        psql("create database " + db)
        standin = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "line_standin.py"),
                                    "--port", str(standin_port), "--p500", str(a.p500), "--p429", str(a.p429),
                                    "--ptimeout", str(a.ptimeout), "--timeout-ms", "3000", "--seed", str(a.seed)])
        procs.append(standin)
        env = {
            "DATASOURCES_DEFAULT_URL": "jdbc:postgresql://127.0.0.1:5432/" + db,
            "DATASOURCES_DEFAULT_USERNAME": "postgres", "DATASOURCES_DEFAULT_PASSWORD": "",
            "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": "chaos-token",
            "LINE_API_BASE_URL": "http://127.0.0.1:%d" % standin_port,
            "LINE_PUSH_WHEN_EXPIRED": "true", "LINE_READ_TIMEOUT": "2s",
            "STAFF_ADMIN_PASSWORD": "chaos-admin-password",
            "CONTENT_DIRS": os.path.abspath(a.content), "INTENTS_DIR": os.path.abspath(a.intents),
        }
        replicas = [Replica("replica-a", port_a, os.path.abspath(a.jar), env, work),
                    Replica("replica-b", port_b, os.path.abspath(a.jar), env, work)]
        # One after the other: the first start migrates the fresh database.
        for r in replicas:
            r.start()
            r.wait_healthy(300)
        log("replicas up; sending %d events at %.0f/s, %.0f%% redelivered, faults 500=%.2f 429=%.2f timeout=%.2f"
            % (a.events, a.rate, a.redeliver * 100, a.p500, a.p429, a.ptimeout))

        sent = {}
        kill_at = a.events * 2 // 5
        killed = threading.Event()

        def kill_and_restart():
            log("SIGKILL replica-a")
            replicas[0].kill9()
            time.sleep(3)
            replicas[0].start()
            replicas[0].wait_healthy(300)
            log("replica-a restarted")

        restarter = None
        refused = 0
        with ThreadPoolExecutor(max_workers=16) as pool:
            futures = []
            t0 = time.time()
            for i in range(a.events):
                target_time = t0 + i / a.rate
                delay = target_time - time.time()
                if delay > 0:
                    time.sleep(delay)
                if i == kill_at and not killed.is_set():
                    killed.set()
                    restarter = threading.Thread(target=kill_and_restart, daemon=True)
                    restarter.start()
                token, ev = event(i, run)
                sent[token] = (time.time() * 1000, ev["source"]["userId"])
                futures.append(pool.submit(deliver, replicas, ev, a.redeliver, random.Random(rnd.random())))
            refused = sum(1 for f in futures if not f.result())
        if restarter:
            restarter.join(320)
        log("load sent; %d events never acknowledged by either replica; waiting up to %ds" % (refused, a.settle))

        end = time.time() + a.settle
        while time.time() < end:
            deliveries = get("http://127.0.0.1:%d/_chaos/deliveries" % standin_port)
            answered = sum(1 for t, (_, u) in sent.items() if deliveries.get(t) or deliveries.get(u))
            if answered == len(sent):
                break
            time.sleep(2)
        deliveries = get("http://127.0.0.1:%d/_chaos/deliveries" % standin_port)
        stats = get("http://127.0.0.1:%d/_chaos/stats" % standin_port)
        lost, double, lags = 0, 0, []
        for token, (at, user) in sent.items():
            times = deliveries.get(token, []) + deliveries.get(user, [])
            if not times:
                lost += 1
            elif len(times) > 1:
                double += 1
            if times:
                lags.append(min(times) - at)
        lags.sort()

        def pct(p):
            return lags[min(len(lags) - 1, int(p * len(lags)))] / 1000 if lags else float("nan")

        log("LINE stand-in calls: %s" % json.dumps(stats, sort_keys=True))
        print("chaos: events=%d lost=%d double=%d lag_p50=%.2fs lag_p99=%.2fs lag_max=%.2fs"
              % (len(sent), lost, double, pct(0.5), pct(0.99), lags[-1] / 1000 if lags else float("nan")), flush=True)
        return 0 if lost == 0 and double == 0 else 1
    finally:
        for r in replicas:
            r.stop()
        for p in procs:
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        try:
            psql("drop database if exists " + db + " with (force)")
        except subprocess.CalledProcessError:
            pass
        if os.environ.get("CHAOS_KEEP_LOGS"):
            log("logs in " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
