#!/usr/bin/env python3
"""Checks the image Jib wrote (target/jib-image.tar) without a container runtime: its configuration (non-root
user, port, container JVM flags) and that it starts. The layers are unpacked into a root filesystem and the
image's own entrypoint, environment and working directory are run there under chroot as the image's user,
until /health answers 200. Needs root (chroot, mount)."""
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request


def fail(message):
    print("image smoke: FAIL: " + message)
    sys.exit(1)


def read_image(image_tar, workdir):
    with tarfile.open(image_tar) as image:
        image.extractall(workdir)
    with open(os.path.join(workdir, "manifest.json")) as f:
        manifest = json.load(f)[0]
    with open(os.path.join(workdir, manifest["Config"])) as f:
        config = json.load(f)
    return manifest, config


def check_config(config):
    c = config["config"]
    user = c.get("User", "")
    if not user or user.split(":")[0] in ("0", "root"):
        fail("the image runs as root (User=%r)" % user)
    if "8080/tcp" not in c.get("ExposedPorts", {}):
        fail("port 8080 is not exposed: %r" % c.get("ExposedPorts"))
    command = c.get("Entrypoint") or []
    if not any(flag.startswith("-XX:MaxRAMPercentage=") for flag in command):
        fail("the entrypoint sets no -XX:MaxRAMPercentage: %r" % command)
    print("image smoke: user %s, port 8080, entrypoint %s" % (user, " ".join(command)))


def unpack(manifest, workdir, root):
    os.makedirs(root)
    for layer in manifest["Layers"]:
        subprocess.run(["tar", "-xf", os.path.join(workdir, layer), "-C", root, "--numeric-owner",
                        "--warning=no-unknown-keyword"], check=True)


def run(config, root, port):
    c = config["config"]
    uid, _, gid = c["User"].partition(":")
    data = os.path.join(root, "app", "data")
    os.makedirs(data, exist_ok=True)
    os.chown(data, int(uid), int(gid or uid))
    os.makedirs(os.path.join(root, "tmp"), exist_ok=True)
    os.chmod(os.path.join(root, "tmp"), 0o1777)
    subprocess.run(["mount", "-t", "proc", "proc", os.path.join(root, "proc")], check=True)
    env = list(c.get("Env", [])) + ["MICRONAUT_SERVER_PORT=%d" % port, "HOME=/tmp"]
    command = c["Entrypoint"] + (c.get("Cmd") or [])
    shell = "cd %s && exec env -i %s %s" % (
        c.get("WorkingDir", "/"), " ".join("'%s'" % e for e in env), " ".join("'%s'" % a for a in command))
    log = open(os.path.join(root, "..", "service.log"), "w")
    process = subprocess.Popen(["chroot", "--userspec=%s:%s" % (uid, gid or uid), root, "/bin/sh", "-c", shell],
                               stdout=log, stderr=subprocess.STDOUT)
    return process, log.name


def wait_healthy(process, port, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/health" % port, timeout=2) as response:
                if response.status == 200:
                    return True
        except Exception:
            pass
        time.sleep(1)
    return False


def main(image_tar, port=18093, timeout=240):
    workdir = tempfile.mkdtemp(prefix="image-smoke-")
    root = os.path.join(workdir, "rootfs")
    process = None
    try:
        manifest, config = read_image(image_tar, workdir)
        check_config(config)
        unpack(manifest, workdir, root)
        started = time.time()
        process, log = run(config, root, port)
        if not wait_healthy(process, port, timeout):
            subprocess.run(["tail", "-n", "40", log])
            fail("the image did not answer /health with 200 within %d s" % timeout)
        print("image smoke: /health 200 after %.1f s, as uid %s" % (time.time() - started, config["config"]["User"]))
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        proc = os.path.join(root, "proc")
        if os.path.ismount(proc) and subprocess.run(["umount", proc]).returncode != 0:
            print("image smoke: %s left in place, its /proc is still mounted" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: smoke.py target/jib-image.tar [port]")
    main(sys.argv[1], *(int(a) for a in sys.argv[2:3]))
