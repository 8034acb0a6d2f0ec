#!/usr/bin/env bash
# Builds the container image with Jib (no Docker daemon) into target/jib-image.tar and checks it starts.
#
#   scripts/image/build.sh                 # base eclipse-temurin:17-jre from Docker Hub (the pom's default)
#   BASE=debian scripts/image/build.sh     # no registry reachable (CI): a Debian bookworm base with Debian's
#                                          # OpenJDK 17 JRE, built from Debian packages with mmdebstrap
#
# The Debian base is cached in ${IMAGE_CACHE:-~/.cache/sso-hotline} keyed by this script's package list, so
# only the first run pays for it (about 2-5 minutes). Then scripts/image/smoke.py unpacks the image, checks
# its configuration and runs its entrypoint under chroot until /health answers 200.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages="openjdk-17-jre-headless,ca-certificates,curl"
jib_args=()
if [ "${BASE:-registry}" = debian ]; then
  cache=${IMAGE_CACHE:-$HOME/.cache/sso-hotline}
  key=$(printf 'bookworm %s v1' "$packages" | sha256sum | cut -c1-12)
  base="$cache/base-bookworm-jre17-$key.tar"
  if [ ! -s "$base" ]; then
    command -v mmdebstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq mmdebstrap >/dev/null; }
    mkdir -p "$cache"
    rootfs=$(mktemp "$cache/rootfs-XXXXXX.tar")
    # Documentation and translations are left out; manual pages stay, as update-alternatives writes links there.
    mmdebstrap --quiet --variant=essential --include="$packages" \
      --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
      bookworm "$rootfs" http://deb.debian.org/debian
    python3 scripts/image/rootfs-to-image.py "$rootfs" "$base.tmp" sso-hotline-base:bookworm-jre17
    mv "$base.tmp" "$base"
    rm -f "$rootfs"
  fi
  jib_args+=("-Djib.from.image=tar://$base")
fi

./mvnw -B -ntp -q -Pimage -DskipTests package jib:buildTar "${jib_args[@]}"
python3 scripts/image/smoke.py target/jib-image.tar
