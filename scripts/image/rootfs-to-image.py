#!/usr/bin/env python3
"""Wraps a root filesystem tarball (from mmdebstrap) as a one-layer image in `docker save` format, which Jib
takes as a base with -Djib.from.image=tar://<file>. Used where no container registry is reachable (CI)."""
import hashlib
import json
import sys
import tarfile
import tempfile
import os

def main(rootfs_tar, out_tar, tag):
    digest = hashlib.sha256()
    with open(rootfs_tar, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    diff_id = "sha256:" + digest.hexdigest()
    config = {
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64",
                "LANG=C.UTF-8",
            ],
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created_by": "mmdebstrap bookworm openjdk-17-jre-headless (scripts/image/base-image.sh)"}],
    }
    config_bytes = json.dumps(config, sort_keys=True).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    manifest = [{"Config": config_name, "RepoTags": [tag], "Layers": ["layer/layer.tar"]}]
    with tarfile.open(out_tar, "w") as out:
        out.add(rootfs_tar, arcname="layer/layer.tar")
        for name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
            with tempfile.NamedTemporaryFile(delete=False) as tmp:
                tmp.write(data)
            out.add(tmp.name, arcname=name)
            os.unlink(tmp.name)

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: rootfs-to-image.py ROOTFS_TAR OUT_TAR TAG")
    main(*sys.argv[1:])
